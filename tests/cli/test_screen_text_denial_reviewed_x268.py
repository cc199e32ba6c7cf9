"""X268-02: `clinic-app screen --format text` of an exported client read her Prop 47 denial as
"an attorney reviews before it is filed again" when the attorney had reviewed it: the reviews
(`client.reviews`) and when the denial was typed (`client.denials_entered`) her export carries
were not read.  Now they are, by the caseload's own rule (`court.denial_reviews_that_count`): a
review made after the denial was typed says so, with the review, as the filing worksheet prints
it; one made before it was typed (the hearing morning) is not taken for a review of it."""

from __future__ import annotations

import copy

import pytest

from clinic_app.eligibility import facts_hash, screen
from clinic_app.review import answer_key
from clinic_app.screening_format import read_client_request
from tests.cli.test_screen_text_at_the_court_x263 import REQUEST, _screened, _section


def _with_reviews(*made: str) -> dict:
    """REQUEST (case C's Prop 47 denied 2026-11-16), its denial typed that day at 16:00 UTC and
    the attorney's review of the result made at each of `made`, as an export carries them."""
    _block, request = read_client_request(REQUEST)
    denied = next(d for d in screen(request.person, request.cases, request.as_of).results if d.case == "C" and d.remedy == "prop47")
    exported = copy.deepcopy(REQUEST)
    exported["client"]["reviews"] = [
        {"case": "C", "conviction": "C1", "remedy": "prop47", "reviewer": "atty.vega", "at": at,
         "note": "Refile with a declaration of good cause", "facts_hash": facts_hash(request.person, request.cases),
         "answer": answer_key(denied)} for at in made]
    exported["client"]["denials_entered"] = [{"case": "C", "remedy": "prop47", "convictions": ["C1"], "filed_on": "2026-08-03",
                                              "ruling_on": "2026-11-16", "at": "2026-11-16T16:00:00+00:00"}]
    return exported


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> str:
    """The text of the export whose denial was reviewed on the hearing morning and after it was typed."""
    return _screened(tmp_path_factory, _with_reviews("2026-11-16T09:00:00+00:00", "2026-11-20T17:00:00+00:00"), "text")


@pytest.fixture(scope="module")
def morning(tmp_path_factory) -> str:
    """The text of the export whose denial was reviewed only on the hearing morning."""
    return _screened(tmp_path_factory, _with_reviews("2026-11-16T09:00:00+00:00"), "text")


def test_x268_02_a_denial_reviewed_since_it_was_typed_says_so_with_the_review(reviewed, morning):
    assert ("At the court: Petition filed 2026-08-03, denied 2026-11-16; reviewed by the attorney 2026-11-20: file again "
            "only as the review says. Attorney's review 2026-11-20, by atty.vega: \u201cRefile with a declaration of good "
            "cause\u201d") in _section(reviewed, "CASE C")
    # The hearing morning's review, before the denial was typed, is of the screening, not of it.
    assert "denied 2026-11-16: an attorney reviews before it is filed again." in _section(morning, "CASE C")
    assert "Attorney's review" not in _section(morning, "CASE C")


def _steps(text: str, case: str) -> str:
    """The case's next steps, one line."""
    section = _section(text, f"CASE {case}")
    return section[section.index("Next steps for case"):]


def test_x268_03_the_steps_of_relief_at_the_court_are_headed_as_the_worksheet_heads_them(reviewed, morning):
    # A dismissal granted (A) and one filed, its hearing to come (D): their steps stay, headed.
    for case in ("A", "D"):
        assert "- PC 1203.4 dismissal: Already filed for this case: not to file again. File form CR-180 (petition)" in _steps(morning, case)
    denied = _steps(morning, "C")
    assert ("- Prop 47 reduction: File once for this case, only after an attorney has reviewed the denial. File a Prop 47 "
            "application") in denied
    # C1's dismissal, which no petition asks for, is to file as before.
    assert "- PC 1203.4 dismissal: File form CR-180 (petition)" in denied
    assert ("- Prop 47 reduction: File once for this case, only as the attorney's review of the denial says. File a Prop 47 "
            "application") in _steps(reviewed, "C")


def _in_short(text: str) -> str:
    """The report's "In short", one line."""
    start = text.index("In short:")
    return " ".join(text[start:text.index("\n\n", start)].split())


def test_k276_02_in_short_says_a_denial_reviewed_since_it_was_typed_as_the_row_does(reviewed, morning):
    """K276-02: "In short" said "denied 2026-11-16" where the row below said the attorney had
    reviewed it: now the day of the review that counts, by the row's own rule."""
    assert "Prop 47 reduction (C1: denied 2026-11-16, reviewed 2026-11-20)." in _in_short(reviewed)
    # The hearing morning's review, before the denial was typed, is not of it.
    assert "Prop 47 reduction (C1: denied 2026-11-16)." in _in_short(morning)
