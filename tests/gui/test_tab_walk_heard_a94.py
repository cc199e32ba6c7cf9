"""A94-02: every control a paralegal reaches with Tab is named for a screen reader, in sight, and
nothing shown is left out of the Tab chain.

The walk presses Tab, as the keyboard does, from the first control of the caseload, of each
tab of a client's window (every kind of row put in: a violation, a condition, a petition,
relief granted, a payment in the ledger) and of each dialog, once round, and asks of each
stop what Qt hands a screen reader for it:

- a name with a word in it (Qt's accessible name; a combo box, whose name Qt on Linux makes
  its value ("Unknown"), by its label, the relation Orca reads, or its own accessible name);
- the focus on a control, shown, with a part of it in sight in its window (not on nothing,
  not on a hidden widget or one scrolled away);
- every control shown and enabled that takes Tab is one of the stops (no control the mouse
  alone reaches).

test_accessibility's checks read the widgets as built (K38-06); this one goes where Tab
goes, so a new control with no name, or one Tab cannot reach, fails here."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QApplication, QComboBox, QDialogButtonBox, QWidget

from clinic_app.model import Condition, Payment
from tests.gui.conftest import TODAY, probation_client, show_active
from tests.gui.test_every_button_alt_letter_a70 import _every_row_kind_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def heard(widget: QWidget) -> str:
    """The name a screen reader says for `widget`, as Qt hands it over."""
    said = QAccessible.queryAccessibleInterface(widget)
    if isinstance(widget, QComboBox):
        # Qt on Linux gives a combo box its value as its name and its label by relation;
        # Windows and macOS take its accessible name.  A value alone ("Unknown", "Yes") is
        # not what the box asks.
        labels = [label.text(QAccessible.Text.Name) for label, _kind in said.relations(QAccessible.RelationFlag.Label)]
        return " ".join([widget.accessibleName(), *labels]).strip()
    return said.text(QAccessible.Text.Name) if said is not None else ""


def tab_walk(qtbot, start: QWidget, limit: int = 250) -> list[tuple[QWidget | None, bool]]:
    """The controls the focus goes to, pressing Tab from `start`, until it comes round again;
    each with whether a part of it was in sight in its window while it had the focus."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    stops: list[tuple[QWidget | None, bool]] = []
    for _ in range(limit):
        here = QApplication.focusWidget()
        if here is None:
            stops.append((None, False))  # the focus on nothing: a stop to complain of
            break
        if any(here is stop for stop, _ in stops):
            break
        window = here.window()
        place = QRect(here.mapTo(window, QPoint(0, 0)), here.size())
        stops.append((here, here.isVisible() and not here.visibleRegion().isEmpty() and place.intersects(window.rect())))
        qtbot.keyClick(here, Qt.Key.Key_Tab)
    return stops


def _said(widget: QWidget | None) -> str:
    if widget is None:
        return "the focus on nothing"
    return f"{type(widget).__name__} {heard(widget)!r} in {type(widget.parentWidget()).__name__}"


def _takes_tab(widget: QWidget) -> bool:
    """A control of its own that Tab stops on: not a spin box's or combo box's line edit, nor a
    part of a list (its header, its viewport), nor one whose focus goes to another."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None
            and not isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox, QAbstractItemView)))


def problems(qtbot, start: QWidget) -> list[str]:
    """What a listener or a keyboard would meet wrong, walking the Tab chain of `start`'s window."""
    window = start.window()
    stops = tab_walk(qtbot, start)
    found = []
    for stop, in_sight in stops:
        if stop is None or not stop.isVisible():
            found.append(f"Tab goes to {_said(stop)}, nothing shown")
            continue
        if not re.search(r"\w", heard(stop)):
            found.append(f"{_said(stop)}: no name a screen reader says")
        if not in_sight:
            found.append(f"{_said(stop)}: the focus is on it out of sight")
    reached = [stop for stop, _ in stops]
    # A dialog's buttons in the order they show, left to right: a button added to the box after
    # its Close (Remedies at a glance's "Give the pane in use more room") came after Close, at
    # the right end, though it shows to its left (A104-01; the report's and Restore's K38).
    for box in window.findChildren(QDialogButtonBox):
        buttons = [stop for stop in reached if stop is not None and stop.parentWidget() is box]
        shown = sorted(buttons, key=lambda button: button.mapTo(box, QPoint(0, 0)).x())
        if buttons != shown:
            found.append(f"Tab goes through {[heard(b) for b in buttons]}, shown as {[heard(b) for b in shown]}")
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and widget.isEnabled() and _takes_tab(widget) and widget not in reached:
            found.append(f"{_said(widget)}: shown, but Tab never reaches it")
    return found


@pytest.fixture
def lena(window, repo, qtbot):
    """A client with a condition, restitution and a payment in its ledger, opened, with a row
    of every kind put in on the Record tab."""
    client = probation_client("Lena Label", restitution_ordered=300)
    client.cases[0].conditions = [Condition(kind="community_service", label="Community service", required=20, done=5)]
    client.cases[0].money.record_payment(Payment(kind="restitution", date=TODAY, amount=40, receipt="A1"))
    client_id = repo.add_client(client)
    repo.add_client(probation_client("Otto Other", case_number="LA200002"))
    window.load()
    show_active(qtbot, window)
    return client_id


def test_the_caseload_and_every_tab_of_a_client(qtbot, window, lena):
    assert problems(qtbot, window.caseload.search) == []
    window.open_client(lena)
    view = window.client_view
    _every_row_kind_shown(window)
    qtbot.wait(50)  # the rows put in are laid out and shown
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        assert problems(qtbot, view.tabs.tabBar()) == [], view.tabs.tabText(tab)


def test_every_dialog(qtbot, window, repo, tmp_path):
    from clinic_app.merging import merge_into
    from clinic_app.model import Client
    from clinic_app.report import Report
    from db.backup import backup_rotating
    from db.repository import Repository
    from tests.gui.test_merge_dialog_room_for_the_merge_m89 import _rosa_s_two_records
    from ui.clinic_dialog import ClinicDetailsDialog
    from ui.eligibility_view import ReviewDialog
    from ui.granted_in_part import GrantedInPartDialog
    from ui.handout_dialog import HandoutDialog
    from ui.intake import IntakeDialog
    from ui.merge_dialog import MergeDialog
    from ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog
    from ui.remedy_guide import RemedyGuideWindow
    from ui.report_dialog import ReportDialog
    from ui.restore_dialog import RestoreDialog
    from ui.services import screen_client

    client = probation_client("Dina Dialog")
    repo.add_client(client)
    backup_rotating(repo.db)
    secret = tmp_path / "secret.sqlite"
    with Repository.open(secret, passphrase="four words at least") as encrypted:
        encrypted.add_client(Client(name="Ana Encriptada"))
    mine, theirs = _rosa_s_two_records()
    intake = IntakeDialog(repo, today=TODAY, events=[])
    restore = RestoreDialog(repo.path, None)
    dialogs = [ReviewDialog("A. Attorney", "Case BA100001", count=1), ClinicDetailsDialog(repo), RemedyGuideWindow(),
               restore, NewPassphraseDialog(), PassphraseDialog(secret, lambda typed: None),
               ReportDialog(Report(event="Compton fair", clients=1, screened=1)),
               MergeDialog(mine, [(theirs, merge_into(mine, theirs))]),
               GrantedInPartDialog({"c1-1": "PC 459", "c1-2": "PC 484"}, date(2025, 1, 2)),
               HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY), intake]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        show_active(qtbot, dialog)
        assert problems(qtbot, QApplication.focusWidget() or dialog) == [], dialog.windowTitle()
        if dialog is not intake:
            dialog.hide()
    intake.name.setText("Ina Intake")
    intake.dob.setText("1980-02-03")
    intake.start_client()  # box 2, the case, opens
    assert problems(qtbot, intake.name) == [], "intake, a client started"
    qtbot.waitUntil(restore.counting.finished.is_set, timeout=60_000)  # its worker done before the dialog goes
