"""S27C-01: on the Checklist tab a stay-away order of a probation that is over is shown done,
with when probation ended (as the other done items: a check mark, nothing to tick), not as an
empty box still to do; while probation runs it is an ordinary tick box."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit

from clinic_app.model import Condition
from tests.gui.conftest import probation_client

OVER = "Stay away from the protected person (until probation ended on 2024-05-01)"


def _view(window, repo, probation_end: date):
    client = probation_client("Stella Standing", probation_end=probation_end)
    client.cases[0].conditions = [Condition(kind="class", label="Anger management", required=12, done=4),
                                  Condition(kind="stay_away", label="Stay away from the protected person")]
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    return view.checklist


def test_a_stay_away_of_an_ended_probation_is_shown_done(qtbot, window, repo):
    checklist = _view(window, repo, date(2024, 5, 1))
    labels = [label.text() for label in checklist.findChildren(QLabel)]
    assert OVER in labels
    assert labels[labels.index(OVER) - 1] == "✓"
    (anger,) = checklist.condition_boxes  # only the class is left to tick
    assert anger.text() == "Anger management" and not anger.isChecked()


def test_a_stay_away_of_a_running_probation_is_still_to_do(qtbot, window, repo):
    checklist = _view(window, repo, date(2027, 6, 1))
    _anger, stay = checklist.condition_boxes
    assert stay.text() == "Stay away from the protected person"
    assert not stay.isChecked() and stay.isEnabled()
    assert OVER not in [label.text() for label in checklist.findChildren(QLabel)]


def test_w28_04_a_stay_away_order_done_says_when_as_other_done_items_do(qtbot, window, repo):
    """A stay-away order ticked done showed a bare tick on the Checklist tab, the day only on
    the Record tab, where "Probation completed 2024-06-01" says its day.  Ticked here, it now
    says "completed <day>" beside the tick (and to a screen reader); unticked, nothing."""
    from PySide6.QtCore import Qt

    from tests.gui.conftest import TODAY

    checklist = _view(window, repo, date(2027, 6, 1))
    _anger, stay = checklist.condition_boxes
    shown = lambda: [label.text() for label in checklist.findChildren(QLabel) if label.isVisible()]  # noqa: E731
    assert not any(text.startswith("completed") for text in shown())
    qtbot.mouseClick(stay, Qt.MouseButton.LeftButton)
    # "completed" and the day, in a field since K29B-04 (the real day can be typed over it).
    days = lambda: [f.text() for f in checklist.findChildren(QLineEdit)  # noqa: E731
                    if f.isVisible() and f.accessibleName().endswith(": completed on")]
    qtbot.waitUntil(lambda: "completed" in shown() and days() == [TODAY.isoformat()])
    _anger, stay = checklist.condition_boxes
    assert stay.isChecked() and stay.accessibleDescription() == f"Completed {TODAY.isoformat()}"
    qtbot.mouseClick(stay, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(text.startswith("completed") for text in shown()) and not days())
