"""V64-01: a handout or worksheet made as of an earlier day (`--as-of`, the window's "as of")
said the attorney's review of a denial made after that day: the client read "A clinic lawyer
looked at this decision on November 20, 2026" on a page dated November 10, and the worksheet
"reviewed by the attorney 2026-11-20".  A page as of a day says what was known that day:
`court.denial_reviewed_on` counts only the reviews made by then, for every paper that asks it."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from clinic_app.court import denial_reviewed_on, petition_said
from clinic_app.eligibility import screen
from clinic_app.model import Petition
from clinic_app.review import answer_key
from tests.automatic_relief import AS_OF, to_file
from tests.test_denial_reviewed_said_d64 import OLD_STAFF, RULED, _caseload, _papers

pytestmark = pytest.mark.pdf

REVIEWED = date(2026, 11, 20)


def test_v64_01_a_page_as_of_before_the_review_leaves_the_denial_to_review(tmp_path):
    db, client_id = _caseload(tmp_path, datetime(2026, 11, 20, 18, tzinfo=timezone.utc))
    said = _papers(tmp_path, db, client_id, as_of=date(2026, 11, 10))
    assert f"Petition filed 2026-09-02, denied 2026-11-01: {OLD_STAFF}." in said["worksheet"]
    assert "reviewed by the attorney" not in said["worksheet"]
    assert "A clinic lawyer will look at what can be done next." in said["en"]
    assert "looked at this decision" not in said["en"]
    assert "Un abogado de la clínica verá qué se puede hacer ahora." in said["es"]
    assert "revisó esta decisión" not in said["es"]
    # The day of the review itself, and after it, say it.
    said = _papers(tmp_path, db, client_id, as_of=REVIEWED)
    assert "reviewed by the attorney 2026-11-20" in said["worksheet"]
    assert "A clinic lawyer looked at this decision on November 20, 2026." in said["en"]


def test_v64_01_the_function_counts_the_reviews_made_by_the_day_asked():
    client = to_file()
    petition = Petition("pc1203_4", date(2026, 9, 2), ruling="denied", ruling_on=RULED)
    d = next(d for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc1203_4")
    reviews = [(answer_key(d), date(2026, 11, 5)), (answer_key(d), REVIEWED)]
    assert denial_reviewed_on(petition, d, reviews, date(2026, 11, 4)) is None
    assert denial_reviewed_on(petition, d, reviews, date(2026, 11, 19)) == date(2026, 11, 5)
    assert denial_reviewed_on(petition, d, reviews, REVIEWED) == REVIEWED
    assert petition_said([petition], d, date(2026, 11, 4), reviews).endswith(OLD_STAFF + ".")
    assert "reviewed by the attorney 2026-11-05" in petition_said([petition], d, date(2026, 11, 19), reviews)
