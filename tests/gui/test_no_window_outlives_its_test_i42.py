"""I42-01: a window a test closed (as pytest-qt closes one given to qtbot.addWidget: close()
then deleteLater()) was not deleted until some later test ran an event loop; in between it
was alive in that later test, with the earlier test's caseload (closed), its client page and
its fields.  The two tests here run in this order: the second fails unless the conftest's
`_no_window_outlives_its_test` deleted the first one's window at its end."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TODAY, probation_client

_earlier: list = []  # what the first test leaves behind: the window's name, not the window


def test_i42_01_a_test_s_own_window_closed_by_pytest_qt_with_a_record_open(qtbot, repo):
    from ui.main_window import MainWindow

    own = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(own, before_close_func=lambda w: w.undo_stack.clear())
    own.setObjectName("earlier test's window")
    own.show()
    client_id = repo.add_client(probation_client("Earl Ier"))
    own.load()
    own.open_client(client_id)
    _earlier.append(own.objectName())


def test_i42_01_the_next_test_meets_no_window_of_the_one_before(qtbot, window):
    from ui.main_window import MainWindow

    assert _earlier, "runs after the test above"
    alive = [w.objectName() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w is not window]
    assert alive == []
