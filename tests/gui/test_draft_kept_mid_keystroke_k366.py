"""K366-03 (R365's Left alone): P361-01 keeps a form's check while a keystroke's `changed` is
answered.  `RecordTab.typing_kept` checks the forms with the fields not yet a value set aside
(a date of birth "1985-13-01" read as blank, D32-01); asked while a keystroke was answered, it
got the check made with that field counted, and no draft was kept, the note typed lost in a crash.
Under `set_aside` the form is checked anew, and that check is not kept for the keystroke."""

from __future__ import annotations

import pytest

from tests.gui.conftest import type_over
from tests.gui.test_client_record import _open
from tests.gui.test_future_dates_i59 import no_sentence

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_k366_03_a_draft_asked_for_mid_keystroke_is_kept_beside_a_date_not_yet_a_date(qtbot, window, repo):
    _open(window, repo, no_sentence("Dora Borrador"))
    view = window.client_view
    person = view.record.person
    type_over(qtbot, person.dob, "1985-13-01")  # not yet a date: set aside in a draft
    assert person.validated()
    kept, checked_after = [], []

    def draft_now() -> None:  # a caller that asks for a draft while the keystroke is answered
        kept.append(view.record.typing_kept(view.client))
        checked_after.append(person.validated())

    person.changed.connect(draft_now)
    qtbot.keyClicks(person.phone, "5")
    assert kept and kept[-1] is not None, "no draft kept: the keystroke's check, DOB counted, was reused"
    draft, raw = kept[-1]
    assert draft.phone == "5" and raw == {"person.dob": "1985-13-01"}
    # The keystroke's own check still counts the date of birth: the set-aside check was not kept.
    assert any(line.startswith("Date of birth:") for line in checked_after[-1])
