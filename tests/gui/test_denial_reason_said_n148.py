"""N148-01: a client's PC 1203.4 petition was denied ("probation violation in 2019: the judge
used discretion"), and the paralegal typed why in the petition's Note on the Record tab, where
the box shows a dozen letters of it.  The Eligibility tab's "At the court" line and the filing
worksheet, where the staff preparing the next petition look, said the denial's day and not its
reason.  And a petition denied without prejudice, then filed again, read only as the one
awaiting the court: what the court wanted the first time (proof of restitution) was nowhere
the staff preparing for the hearing read.  Both now say the note kept with the denial."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.court import petition_said
from clinic_app.eligibility import screen
from clinic_app.model import Petition
from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_denial_reviewed_eligibility_d64 import on_its_dismissal
from tests.worksheet_text import worksheet_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

WHY = "Probation violation 2019: discretionary, denied"
DENIED = Petition("pc1203_4", date(2025, 3, 1), ruling="denied", ruling_on=date(2025, 5, 10), note=WHY)
REFILED = Petition("pc1203_4", date(2025, 9, 1), hearing_on=date(2026, 12, 20))
WITHOUT_PREJUDICE = Petition("pc1203_4", date(2025, 3, 1), ruling="denied", ruling_on=date(2025, 5, 10),
                             note="Without prejudice: no proof of restitution")


def _dismissal(client):
    return next(d for d in screen(client.person, client.cases, TODAY).results if d.remedy == "pc1203_4")


def test_n148_01_a_denial_says_its_note_and_a_petition_filed_again_the_denial_before_it():
    client = probation_client("Ana Denegada")
    d = _dismissal(client)
    assert petition_said([DENIED], d, TODAY) == (
        f"Petition filed 2025-03-01, denied 2025-05-10: an attorney reviews before it is filed again. Its note: \u201c{WHY}\u201d.")
    assert petition_said([WITHOUT_PREJUDICE, REFILED], d, TODAY) == (
        "Petition already filed 2025-09-01; hearing 2026-12-20. Not to file again. Filed again after the one filed "
        "2025-03-01 was denied 2025-05-10: \u201cWithout prejudice: no proof of restitution\u201d.")
    # No note, nothing added; a petition filed with no denial before it says nothing of one.
    no_note = Petition("pc1203_4", date(2025, 3, 1), ruling="denied", ruling_on=date(2025, 5, 10))
    assert petition_said([no_note], d, TODAY).endswith("an attorney reviews before it is filed again.")
    assert petition_said([REFILED], d, TODAY) == "Petition already filed 2025-09-01; hearing 2026-12-20. Not to file again."
    # A denial of another relief is not this one's.
    other = Petition("pc17b", date(2025, 3, 1), ruling="denied", ruling_on=date(2025, 5, 10), note="17(b) denied")
    assert "Filed again" not in petition_said([other, REFILED], d, TODAY)


def test_n148_01_the_eligibility_tab_says_why_the_court_said_no(qtbot, window, repo):
    client = probation_client("Ana Denegada")
    client.cases[0].petitions = [DENIED]
    _client_id, panel = on_its_dismissal(window, repo, client)
    assert (f"At the court: Petition filed 2025-03-01, denied 2025-05-10: an attorney reviews before it is filed again. "
            f"Its note: \u201c{WHY}\u201d.") in panel.details.toPlainText()


def test_n148_01_the_worksheet_of_a_petition_filed_again_says_the_denial_before_it(tmp_path):
    client = probation_client("Carla Refiled")
    client.cases[0].petitions = [WITHOUT_PREJUDICE, REFILED]
    text = worksheet_text(tmp_path, client, TODAY)
    assert ("Petition already filed 2025-09-01; hearing 2026-12-20. Not to file again. Filed again after the one filed "
            "2025-03-01 was denied 2025-05-10: \u201cWithout prejudice: no proof of restitution\u201d.") in text


def test_k177_03_the_eligibility_tab_says_a_note_s_own_stop_once(qtbot, window, repo):
    """A denial's note typed as a sentence read "…then.”." under "At the court"."""
    client = probation_client("Ana Punto")
    client.cases[0].petitions = [Petition("pc1203_4", date(2025, 3, 1), ruling="denied", ruling_on=date(2025, 5, 10),
                                          note=f"{WHY}, refile then.")]
    _client_id, panel = on_its_dismissal(window, repo, client)
    assert (f"an attorney reviews before it is filed again. Its note: \u201c{WHY}, refile then.\u201d\n"
            in panel.details.toPlainText() + "\n")
