"""O118-03: a paralegal records what the court did for a client whose PC 17(b) reduction the
screening had left to the attorney (needs review: the attorney weighed it and filed it) and whose
PC 1203.4 was denied: both petitions ruled, the reduction not yet typed on the count's Granted box.
The caseload line read "Denied 2026-09-15: attorney to review" alone; with the 1203.4 not filed
yet, "File now": the grant, whose relief is a person's to record on the count, was said only
where the screening had found the relief eligible now, so nothing asked for it.  It is now said
beside the denial or the filing, as a grant beside them is (A56-01, H63-02), until the relief is
on the count."""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.line_action import next_action
from clinic_app.model import Petition, ReliefGranted
from clinic_app.summary import summarize
from tests.gui.conftest import probation_client
from ui.services import client_row

TODAY, FILED, RULED = date(2026, 12, 5), date(2026, 6, 1), date(2026, 9, 15)


def reduced_and_screened(petitions: list[Petition], recorded: bool = False):
    """A 459 felony whose 17(b) the screening leaves to the attorney, with `petitions` filed
    (the reduction `recorded` on the count, or not yet), and its screening as of TODAY."""
    client = probation_client("Reina Reducida")
    client.id = 1
    conviction = client.cases[0].convictions[0]
    conviction.section, conviction.level, conviction.value_dollars = "459/460(b)", "felony", 1500
    client.cases[0].sentence.probation.kind = "formal"
    client.cases[0].petitions = petitions
    if recorded:
        conviction.relief_granted = [ReliefGranted("pc17b", RULED)]
    screening = screen(client.person, client.cases, TODAY)
    if not recorded:  # as the attorney found it: to review, not eligible now
        assert {d.remedy: d.status for d in screening.results}["pc17b"] == "needs_review"
    return client, screening


def _line(petitions: list[Petition], recorded: bool = False) -> str:
    client, screening = reduced_and_screened(petitions, recorded)
    return next_action(client_row(client, summarize(client, screening, TODAY)), TODAY)[0]


REDUCED = Petition("pc17b", FILED, ruling="granted", ruling_on=RULED)
DENIED = Petition("pc1203_4", FILED, ruling="denied", ruling_on=RULED)


def test_o118_03_a_grant_of_relief_under_review_is_said_beside_the_denial():
    assert _line([REDUCED, DENIED]) == "Denied 2026-09-15: attorney to review; granted 2026-09-15: record the relief on the count"
    assert _line([REDUCED, DENIED], recorded=True) == "Denied 2026-09-15: attorney to review"


def test_o118_03_a_grant_of_relief_under_review_is_said_beside_the_filing():
    assert _line([REDUCED]) == "File now; granted 2026-09-15: record the relief on the count"
    assert _line([REDUCED], recorded=True) == "File now"
