"""L63-01: the filing worksheet's "File once for this case" block (W46-02) still told staff to
file form CR-180 above a case's PC 1203.4 and PC 17(b) whose petitions were already filed,
heard or granted, each request's own line reading "Not to file again" (D63-02).  Where every
request the block speaks for has a petition standing, the block now says where each stands,
not what to file; where one was denied, the steps stay, under a heading that says they wait
on an attorney's review of the denial.  A request not yet filed keeps the block, with its own
steps and not those of a request filed and before the court or granted (H351-01)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Person, Petition, Probation, Sentence
from clinic_app.worksheet import compose
from clinic_app.court import FILE_ONCE_AFTER_REVIEW, FILE_ONCE_AS_REVIEWED, FILED_ONCE
from clinic_app.review import answer_key
from clinic_app.worksheet.compose import FILE_ONCE
from clinic_app.worksheet.render import render_bytes

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 3)
FILE_STEP = "File form CR-180 (petition) with CR-181 (order)"
BOX_STEP = "Ask for the reduction on form CR-180 (17(b) box)"


def _text(*petitions: Petition, reviewed_on: date | None = None) -> str:
    """A felony second-degree burglary on formal probation ended in 2020: PC 1203.4 and
    PC 17(b) now, on one CR-180; `reviewed_on`: the day the attorney reviewed its PC 1203.4."""
    count = Conviction(id="c1-1", section="459/460(b)", level="felony", conviction_date=date(2018, 1, 1))
    case = Case(id="c1", case_number="BA700702", disposition_date=date(2018, 1, 1), convictions=[count],
                sentence=Sentence(type="probation", imposition_suspended=True, completed=True,
                                  probation=Probation(kind="formal", start=date(2018, 1, 1), end=date(2020, 1, 1))),
                petitions=list(petitions))
    client = Client("Ramona Archivada", Person(dob=date(1980, 1, 1)), [case], id=631)
    screening = screen(client.person, client.cases, AS_OF)
    reviews = [(answer_key(d), reviewed_on) for d in screening.results if reviewed_on and d.remedy == "pc1203_4"]
    reader = PdfReader(io.BytesIO(render_bytes(compose(client, screening, reviews))))
    text = squash(" ".join(page.extract_text() for page in reader.pages))
    return text[text.index("Form CR-180"):text.index("Dismissal after probation (PC 1203.4) — PC 459/460(b)")]


def test_l63_01_no_petition_the_block_says_to_file_as_before():
    block = _text()
    assert block.startswith(f"Form CR-180 {FILE_ONCE} 1. For PC 1203.4: {FILE_STEP}")
    assert BOX_STEP in block and "Not to file again" not in block


def test_l63_01_both_filed_or_granted_the_block_says_where_they_stand_not_to_file():
    block = _text(Petition("pc1203_4", date(2026, 10, 10), hearing_on=date(2027, 1, 12)),
                  Petition("pc17b", date(2026, 9, 1), ruling="granted", ruling_on=date(2026, 11, 20)))
    assert block == (f"Form CR-180 {FILED_ONCE} "
                     "For PC 1203.4: Petition already filed 2026-10-10; hearing 2027-01-12. Not to file again. "
                     "For PC 17(b): Petition filed 2026-09-01, granted 2026-11-20: record the relief on the count "
                     "(Record tab). Not to file again. ")
    assert FILE_STEP not in block and BOX_STEP not in block


def test_l63_01_the_same_words_for_both_are_said_once():
    block = _text(Petition("pc1203_4", date(2026, 10, 10)), Petition("pc17b", date(2026, 10, 10)))
    assert block == f"Form CR-180 {FILED_ONCE} Petition already filed 2026-10-10. Not to file again. "


def test_l63_01_a_denial_keeps_the_steps_after_the_attorneys_review():
    block = _text(Petition("pc1203_4", date(2026, 10, 10), ruling="denied", ruling_on=date(2026, 11, 20)),
                  Petition("pc17b", date(2026, 10, 10), hearing_on=date(2027, 1, 12)))
    assert block.startswith(
        f"Form CR-180 {FILE_ONCE_AFTER_REVIEW} "
        "For PC 1203.4: Petition filed 2026-10-10, denied 2026-11-20: an attorney reviews before it is filed again. "
        "For PC 17(b): Petition already filed 2026-10-10; hearing 2027-01-12. Not to file again. "
        f"1. {FILE_STEP}")
    # The 17(b) box is the step of the request still before the court: not to file again.
    assert BOX_STEP not in block and "For PC 1203.4: There" not in block
    assert block.endswith("2. There is no court filing fee for this petition (AB 134, since 2023-07-10). ")


def test_l63_01_both_denied_keep_every_step():
    block = _text(Petition("pc1203_4", date(2026, 10, 10), ruling="denied", ruling_on=date(2026, 11, 20)),
                  Petition("pc17b", date(2026, 10, 10), ruling="denied", ruling_on=date(2026, 11, 20)))
    assert block.startswith(f"Form CR-180 {FILE_ONCE_AFTER_REVIEW} "
                            "Petition filed 2026-10-10, denied 2026-11-20: an attorney reviews before it is filed again. "
                            f"1. For PC 1203.4: {FILE_STEP}")
    assert f"2. For PC 17(b): {BOX_STEP}" in block and "3. For PC 1203.4: There is no court filing fee" in block


WITHDRAWN_17B = Petition("pc17b", date(2026, 10, 1), ruling="withdrawn", ruling_on=date(2026, 10, 20))


def test_l63_01_a_request_not_filed_keeps_the_block_as_it_was():
    """Both withdrawn, nothing standing: the block as with no petition, every step of both.
    (H351-01 had made this test's PC 1203.4 denied, R353-02 its heading the review's: its name
    said "as it was" over another heading, and the case it was written for, a 17(b) withdrawn
    beside a 1203.4 filed, went untried; it is H351-01's test's now, Q358.)"""
    block = _text(Petition("pc1203_4", date(2026, 10, 10), ruling="withdrawn", ruling_on=date(2026, 10, 20)),
                  WITHDRAWN_17B)
    assert block == _text()
    assert block.startswith(f"Form CR-180 {FILE_ONCE} 1. For PC 1203.4: {FILE_STEP}")
    assert f"2. For PC 17(b): {BOX_STEP}" in block and FILED_ONCE not in block


def test_l63_01_a_denial_beside_a_withdrawn_request_waits_for_the_review_with_both_steps():
    block = _text(Petition("pc1203_4", date(2026, 10, 10), ruling="denied", ruling_on=date(2026, 11, 20)), WITHDRAWN_17B)
    assert block.startswith(f"Form CR-180 {FILE_ONCE_AFTER_REVIEW} 1. For PC 1203.4: {FILE_STEP}")
    assert f"2. For PC 17(b): {BOX_STEP}" in block and FILED_ONCE not in block


@pytest.mark.parametrize("ruling", [None, "granted"])
@pytest.mark.parametrize("other", [None, WITHDRAWN_17B], ids=["17b not filed", "17b withdrawn"])
def test_h351_01_the_block_drops_the_steps_of_a_request_filed_while_another_waits(ruling, other):
    """A case's PC 1203.4 filed (or granted), its PC 17(b) not (or withdrawn): the block said
    "1. For PC 1203.4: File form CR-180 ..." and "Attach a declaration" above the 1203.4's own
    "Petition already filed ... Not to file again".  Now it gives the 17(b)'s steps alone."""
    block = _text(Petition("pc1203_4", date(2026, 10, 10), hearing_on=date(2027, 2, 5), ruling=ruling,
                           ruling_on=date(2026, 11, 20) if ruling else None), *([other] if other else []))
    assert block.startswith(f"Form CR-180 {FILE_ONCE} 1. For PC 17(b): {BOX_STEP}")
    assert FILE_STEP not in block and "For PC 1203.4" not in block


@pytest.mark.parametrize("ruling", ["denied", "withdrawn"])
def test_r353_02_a_denial_beside_a_request_not_filed_waits_for_the_attorneys_review(ruling):
    """R353-02: a case's PC 1203.4 denied (the attorney not yet to it), its PC 17(b) not filed:
    the block read "File once for this case 1. For PC 1203.4: File form CR-180 ..." just above
    the 1203.4's own "denied 2026-11-20: an attorney reviews before it is filed again", where
    the 17(b) filed beside it says "only after an attorney has reviewed the denial" (L63-01).
    A withdrawn one, nothing to review, is filed again as a request never filed."""
    block = _text(Petition("pc1203_4", date(2026, 10, 10), ruling=ruling, ruling_on=date(2026, 11, 20)))
    heading = FILE_ONCE_AFTER_REVIEW if ruling == "denied" else FILE_ONCE
    assert block.startswith(f"Form CR-180 {heading} 1. For PC 1203.4: {FILE_STEP}")
    assert f"2. For PC 17(b): {BOX_STEP}" in block


def test_r353_02_a_denial_reviewed_beside_a_request_not_filed_is_filed_as_the_review_says():
    """R353-02 said the block reads "only as the attorney's review of the denial says" once the
    denial is reviewed; its test tried the denial not yet reviewed alone, and the block kept
    "only after an attorney has reviewed the denial" over a reviewed one unnoticed (Q358)."""
    denied = Petition("pc1203_4", date(2026, 10, 10), ruling="denied", ruling_on=date(2026, 11, 20))
    block = _text(denied, reviewed_on=date(2026, 11, 25))
    assert block.startswith(f"Form CR-180 {FILE_ONCE_AS_REVIEWED} 1. For PC 1203.4: {FILE_STEP}")
    assert FILE_ONCE_AFTER_REVIEW not in block and f"2. For PC 17(b): {BOX_STEP}" in block
    # Reviewed before the ruling: not a review of this denial (D64-01), still waiting on one.
    assert _text(denied, reviewed_on=date(2026, 11, 1)).startswith(f"Form CR-180 {FILE_ONCE_AFTER_REVIEW} 1.")
