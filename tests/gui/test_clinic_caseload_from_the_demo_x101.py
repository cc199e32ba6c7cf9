"""X101-02: from the demo caseload, back to the clinic's own, in the window.

On a new laptop the README's first command (`clinic-app --demo`) is the first start: the
demo caseload is made and the clinic's is not.  The window then had no way to the clinic's
caseload: File > Open caseload... opened a file chooser on the data folder, where only
demo.sqlite was, and intake's note on the demo said to use it.  The volunteer had to close the
program and find the command without --demo.  File > Open the clinic's caseload opens it
(made empty on the first time, as the program's first start without --demo makes it)."""

from __future__ import annotations

import pytest

from tests.gui.menus import menu_item
from tests.gui.test_intake_in_the_demo_caseload_f97 import _intake_as_opened
from tests.gui.test_open_caseload import _close_new_windows, _new_window  # noqa: F401 - the fixture closes the windows opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def data_folder(tmp_path, monkeypatch):
    """A new laptop's data folder, nothing in it yet (the demo is beside the clinic's caseload)."""
    folder = tmp_path / "data" / "ClinicDesk"
    monkeypatch.setattr("db.connection.default_caseload_path", lambda: folder / "caseload.sqlite")
    return folder


def test_from_the_demo_caseload_file_menu_opens_the_clinic_s_own(qtbot, window, data_folder):
    window.open_demo_action.trigger()
    demo = _new_window(qtbot, window)
    assert demo.windowTitle() == "Clinic Desk: demo.sqlite (demo: made-up clients, not for real ones)"
    assert not (data_folder / "caseload.sqlite").exists()  # never made on this laptop
    action = menu_item(demo, "File", "Open the clinic's caseload")  # beside the demo's
    assert action is demo.open_clinic_caseload_action and action.isEnabled()
    # Intake on the demo says where real clients go, by this item.
    assert "File > Open the clinic's caseload" in _intake_as_opened(qtbot, demo)[1]
    # So does Help > About, where the program says which caseload is open.
    from ui.help_menu import about_text

    assert "File &gt; Open the clinic's caseload goes back to it" in about_text(demo.db_path)
    action.trigger()
    clinic = _new_window(qtbot, demo)
    assert clinic.db_path == data_folder / "caseload.sqlite" and clinic.db_path.is_file()
    assert clinic.windowTitle() == "Clinic Desk: caseload.sqlite"  # not the demo's
    assert clinic.caseload.model.all_rows() == []
    # There already: nothing to go to.
    assert not clinic.open_clinic_caseload_action.isEnabled()
