"""P165-02: at a clinic event Lupe (synthetic) brought a record of a 2009 felony HS 11358 with
a state prison term and "PC 667.5(b)" noted in 2010, a prison prior.  The volunteer typed the
prior as a count of its own: its note said only "PC 667.5(b): not in the offense catalog", as of
a rare offense, and the handout then printed "Conviction under PC 667.5(b)" with five results
for a lawyer.  The note now says what the section is and where the offense and the prior go."""

from __future__ import annotations

import pytest

from tests.gui.test_first_clinic_event_e29 import _choose
from tests.gui.test_intake_federal_case_f161 import _intake
from ui import case_rows

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _count_typed(qtbot, repo, typed: str) -> tuple[str, bool]:
    """The note of a count typed at intake, before Enter adds it, and whether it refuses it."""
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "KA090001")
    qtbot.keyClicks(dialog.conviction.offense, typed)
    _choose(qtbot, dialog.conviction.level, "Felony")
    return dialog.conviction.message.text(), dialog.conviction.message.is_error


@pytest.mark.parametrize(("typed", "said"), [
    ("PC 667.5(b)", "PC 667.5(b) adds to a sentence for a prior conviction (a prior prison term or serious felony), "
                    "not an offense: type the section the person was convicted under (e.g. HS 11358), and write the "
                    "prior in the client's notes for the attorney; as it is, it can be saved and will be marked for "
                    "attorney review"),
    ("12022.7(a)", "PC 12022.7(a) is an enhancement added to a sentence, not an offense: type it after the offense it "
                   "was added to, as the abstract of judgment writes it (e.g. 245(a)(1)/12022.7(a)); as it is, it can "
                   "be saved and will be marked for attorney review"),
])
def test_p165_02_a_prior_or_an_enhancement_typed_as_a_count_is_said_to_be_one(qtbot, repo, typed, said):
    note, refused = _count_typed(qtbot, repo, typed)
    assert note == said
    assert not refused  # a note: saved as typed, the screening asks an attorney, as before


def test_p165_02_a_section_near_it_reads_as_before(qtbot, repo):
    """PC 667.6 (no prior added to a sentence, no offense of the catalog) is only not in it."""
    note, _refused = _count_typed(qtbot, repo, "PC 667.6")
    assert note == "PC 667.6: not in the offense catalog; it can be saved and will be marked for attorney review"


@pytest.mark.parametrize(("typed", "said"), [
    ("PC 667.5(c)", "PC 667.5(c) marks a conviction as a violent felony (from the law's list), not an offense: type the "
                    "section the person was convicted under (e.g. 211); as it is, it can be saved and will be marked "
                    "for attorney review"),
    ("1192.7(c)(8)", "PC 1192.7(c)(8) marks a conviction as a serious felony (from the law's list), not an offense: "
                     "type the section the person was convicted under (e.g. 211); as it is, it can be saved and will "
                     "be marked for attorney review"),
    ("667.5(a)", "PC 667.5(a) adds to a sentence for a prior conviction"),
])
def test_r166_03_a_violent_or_serious_felony_mark_is_no_prior(typed, said):
    """R166-03: a record cites PC 667.5(c) (violent felonies) or 1192.7(c) (serious felonies) to
    mark a conviction; typed as a count it was said to add to a sentence for a prior, or only
    not to be in the catalog.  Read as the row reads it, no window."""
    assert case_rows._not_in_catalog(case_rows.read_typed(typed).match, typed).startswith(said)
