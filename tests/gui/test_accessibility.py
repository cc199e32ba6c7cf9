"""Keyboard and accessibility: labelled fields, shortcuts, tab order, dark theme."""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
)

from clinic_app.model import ArrestOffense, Condition, Money
from tests.gui.conftest import TODAY, probation_client
from tests.gui.menus import menus

def _unlabelled(root) -> list[str]:
    """The controls Tab reaches in `root` that a screen reader could not name: neither an
    accessible name, nor a label whose buddy they are, nor words of their own (a button that
    shows only a symbol, "×" or "←", says nothing to a listener: K38-06)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QScrollArea, QTabBar, QWidget

    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView)) or not widget.isVisibleTo(root):
            continue  # the inner line edit of a spin box or combo box, a table's header; hidden parts
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue  # not a stop of Tab (a label, a frame), or one whose focus goes to another
        if isinstance(widget, QAbstractItemView) and widget.parent() is not None and widget.parent().inherits("QCompleter"):
            continue
        if isinstance(widget, QScrollArea):
            continue  # around a form: its fields are the stops (K19-01)
        if isinstance(widget, QTabBar):
            named = all(re.search(r"\w", widget.tabText(i)) for i in range(widget.count()))  # each tab is heard by its text
        else:
            words = widget.text() if isinstance(widget, QAbstractButton) else ""
            named = widget.accessibleName() or id(widget) in buddies or re.search(r"\w", words)
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()!r} in {type(parent).__name__}")
    return missing


def test_every_field_has_a_label_or_an_accessible_name(window, repo):
    client = probation_client("Lena Label", restitution_ordered=300)
    client.cases[0].conditions = [Condition(kind="community_service", label="Community service", required=20, done=5)]
    client_id = repo.add_client(client)
    window.load()
    assert _unlabelled(window.caseload) == []
    window.open_client(client_id)
    view = window.client_view
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        assert _unlabelled(view.tabs.currentWidget()) == [], view.tabs.tabText(tab)
    assert _unlabelled(view) == []  # the header: "← Caseload", Save, Handout...


def test_shortcuts(window):
    expected = {
        window.new_action: "Ctrl+N",
        window.find_action: "Ctrl+F",
        window.save_action: "Ctrl+S",
        window.undo_action: "Ctrl+Z",
        window.print_action: "Ctrl+P",
    }
    for action, keys in expected.items():
        assert action.shortcut() == QKeySequence(keys), action.text()
    assert QKeySequence("Ctrl+Shift+Z") in window.redo_action.shortcuts()


def test_ctrl_f_then_typing_searches_and_tab_order_follows_the_form(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Tomás Tab"))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.caseload.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.caseload.search.hasFocus()
    qtbot.keyClicks(window.caseload.search, "tomas")
    qtbot.keyClick(window.caseload.search, Qt.Key.Key_Return)  # opens the match
    view = window.client_view
    assert view.client.id == client_id and window.pages.currentWidget() is view
    person = view.record.person
    person.name.setFocus()
    order = [person.name, person.aliases, person.dob, person.language, person.event]
    for here, there in zip(order, order[1:]):
        assert here.hasFocus()
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is there


def test_dark_theme_switches_the_palette(window):
    app = QApplication.instance()
    light = app.palette().color(QPalette.ColorRole.Window)
    window.dark_action.trigger()
    try:
        assert window.dark_action.isChecked()
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80
    finally:
        window.dark_action.trigger()
    assert app.palette().color(QPalette.ColorRole.Window) == light



def _contrast(one, other) -> float:
    """WCAG's contrast ratio of two colours."""
    def luminance(colour) -> float:
        def channel(value: int) -> float:
            v = value / 255
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _check_box_edge(box) -> float:
    """The contrast of a check box's edge (the left one, halfway down, as drawn by the real
    style) against the window behind its label."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    box.initStyleOption(option)
    edge = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    picture = box.grab().toImage()
    return _contrast(picture.pixelColor(edge.left(), edge.center().y()), box.palette().color(QPalette.ColorRole.Window))


def _caseload_box_edges(window) -> dict[str, float]:
    """The contrast of each shown caseload check box's edge against the window."""
    from PySide6.QtWidgets import QCheckBox

    boxes = [box for box in window.caseload.findChildren(QCheckBox) if box.isVisible()]
    assert len(boxes) >= 2
    return {box.text(): _check_box_edge(box) for box in boxes}


def test_g42_03_the_caseload_s_check_boxes_are_seen_on_the_dark_palette(qtbot, window):
    """Fusion drew a check box's edge a shade darker than the window: on the dark palette the
    caseload's "Something outstanding" and "Review needed" boxes were an edge 1.1 times as
    light as the window behind them, unseen.  WCAG 1.4.11 asks 3 of a control's edge."""
    window.dark_action.trigger()
    try:
        qtbot.waitUntil(lambda: window.caseload.palette().color(QPalette.ColorRole.Window).lightness() < 80, timeout=1000)
        edges = _caseload_box_edges(window)
        assert all(contrast >= 3 for contrast in edges.values()), edges
    finally:
        window.dark_action.trigger()


def test_a43_01_the_caseload_s_check_boxes_have_a_clear_edge_on_the_light_palette(qtbot, window):
    """On the standard (light) palette Fusion's pale grey edge was 1.65 times as dark as the
    window, under WCAG 1.4.11's 3.  The light look is the one the program starts in (make_app
    applies it), reached here by switching the dark palette off again."""
    window.dark_action.trigger()
    window.dark_action.trigger()
    assert not window.dark_action.isChecked()
    qtbot.waitUntil(lambda: window.caseload.palette().color(QPalette.ColorRole.Window).lightness() > 200, timeout=1000)
    edges = _caseload_box_edges(window)
    assert all(contrast >= 3 for contrast in edges.values()), edges


def test_conviction_row_tab_order_ends_with_remove(qtbot):
    from clinic_app.model import Conviction
    from ui.case_rows import ConvictionRow

    row = ConvictionRow(Conviction(id="c1-1", section="459"))
    qtbot.addWidget(row)
    chain, widget = [], row.offense
    for _ in range(11):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or widget.focusProxy() is not None:
            widget = widget.nextInFocusChain()
    assert chain == [row.offense, row.level, row.wobbler, row.date, row.offense_date, row.value_dollars, row.open_hours,
                     row.cannabis_grams, row.cannabis_plants, row.trafficking, row.relief.add_button]
    assert row.relief.add_button.nextInFocusChain() is row.remove


def test_ctrl_s_saves_and_ctrl_z_undoes_from_the_keyboard(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Kai Keys"))
    window.load()
    window.open_client(client_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    phone = window.client_view.record.person.phone
    phone.setFocus()
    qtbot.keyClicks(phone, "(213) 555-0100")
    qtbot.keyClick(phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_client(client_id).phone == "(213) 555-0100"
    # Inside a text field Ctrl+Z undoes typing (Qt's own); elsewhere it undoes the saved edit.
    cases = window.client_view.record.cases
    cases.setFocus()
    qtbot.keyClick(cases, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert repo.get_client(client_id).phone is None and phone.text() == ""
    qtbot.keyClick(cases, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert repo.get_client(client_id).phone == "(213) 555-0100"


def test_tab_leaves_every_table_for_the_next_control(qtbot, window, repo):
    # Keyboard check K19-02: Tab in a table walked its cells (thousands in the caseload), so a
    # keyboard user could not get past it; arrows move in a table, Tab moves on.
    from clinic_app.model import Payment
    from PySide6.QtWidgets import QTableView

    client = probation_client("Tab Tables", restitution_ordered=100)
    client.cases[0].money.record_payment(Payment(kind="restitution", date=TODAY, amount=40, receipt="A1"))
    repo.add_client(probation_client("Other Row", case_number="LA2"))
    client_id = repo.add_client(client)
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    tables = [window.caseload.table]
    window.open_client(client_id)
    view = window.client_view
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        tables += [t for t in view.tabs.currentWidget().findChildren(QTableView) if t.isVisible() and t not in tables]
    names = {t.accessibleName() for t in tables}
    assert {"Caseload", "Determinations", "History of changes"} <= names and any(n.startswith("Payments on case") for n in names)
    for table in tables:
        if table is window.caseload.table:
            window.pages.setCurrentWidget(window.caseload)
        else:
            window.pages.setCurrentWidget(view)
            view.tabs.setCurrentWidget(next(view.tabs.widget(i) for i in range(view.tabs.count()) if view.tabs.widget(i).isAncestorOf(table)))
        table.setFocus()
        table.setCurrentIndex(table.model().index(0, 0))
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not table, table.accessibleName()


def test_tab_walks_the_case_form_past_its_scroll_area(qtbot, window, repo):
    # Keyboard check K19-01: Tab from "Case number" went to the scroll area around the form (no
    # visible focus) and the next Tab came back to "Case number": the rest of the case could
    # not be reached by keyboard.
    from PySide6.QtWidgets import QAbstractScrollArea

    client_id = repo.add_client(probation_client("Kay Board"))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_client(client_id)
    form = window.client_view.record.case_form
    qtbot.wait(10)  # the form orders its Tab chain once the case is shown
    form.case_number.setFocus()
    visited = []
    for _ in range(40):
        here = QApplication.focusWidget()
        visited.append(here)
        qtbot.keyClick(here, Qt.Key.Key_Tab)
    assert not [w for w in visited if isinstance(w, QAbstractScrollArea) and not isinstance(w, QAbstractItemView)]
    row = form.convictions.rows[0]
    for field in (form.county, form.probation_end, form.fines_ordered, row.offense, row.date):
        assert field in visited, field.accessibleName()
    # ... in the order the boxes show: the convictions came after the money at the bottom.
    order = [form.program_kind, row.offense, row.date, form.convictions.add_button, form.sentence_type, form.fines_ordered]
    assert [visited.index(field) for field in order] == sorted(visited.index(field) for field in order)


def _mnemonic(text: str) -> str | None:
    import re

    found = re.search(r"&([^&])", text or "")
    return found.group(1).lower() if found else None


def test_no_alt_key_is_shared_by_a_menu_a_tab_or_a_button(window, repo):
    # Keyboard check K19-07: Alt+S was both Save and the Sentence label, Alt+E the Edit menu and
    # the Eligibility tab, Alt+C the Caseload menu and three buttons.  A shared key only moves
    # focus between its owners, so a button or tab that shares one no longer acts on Alt+key.
    # Two field labels may share a key (Alt then cycles between the fields).
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QTabWidget, QWidget

    client = probation_client("Alt Keys")
    # Two convictions: a button repeated on every conviction row must not carry a key either
    # (keyboard check K20-11: "Add relief already &granted" on each row).
    second = copy.deepcopy(client.cases[0].convictions[0])
    second.id = "c1-2"
    client.cases[0].convictions.append(second)
    # The offense arrested for, recorded on a convicted case, shows the arrest box beside the
    # convictions (K38-01: "Add arrest &offense" and "Add c&onviction" were both Alt+O).
    client.cases[0].arrest_offenses = [ArrestOffense(section="484")]
    # Two cases with money owed: a payment form each on the Checklist (K38-07: "Add &payment"
    # on each was Alt+P twice, which only moved between them).
    client.cases[0].money = Money(fines_ordered=300)
    other = copy.deepcopy(client.cases[0])
    other.id, other.case_number = "c2", "BA100002"
    for n, conviction in enumerate(other.convictions, 1):
        conviction.id = f"c2-{n}"
    client.cases.append(other)
    client_id = repo.add_client(client)
    window.load()

    def owners() -> dict[str, list[tuple[str, str]]]:
        found: dict[str, list[tuple[str, str]]] = {}
        for action in window.menuBar().actions():
            found.setdefault(_mnemonic(action.text()), []).append(("menu", action.text()))
        for tabs in window.findChildren(QTabWidget):
            if tabs.isVisible():
                for i in range(tabs.count()):
                    found.setdefault(_mnemonic(tabs.tabText(i)), []).append(("tab", tabs.tabText(i)))
        for widget in window.findChildren(QWidget):
            if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
                text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
                kind = "label" if isinstance(widget, (QLabel, QGroupBox)) else "button"
                found.setdefault(_mnemonic(text), []).append((kind, text))
        found.pop(None, None)
        return found

    pages = [("caseload", owners())]
    window.open_client(client_id)
    view = window.client_view
    assert view.record.case_form.arrest_box.isVisible()
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        pages.append((view.tabs.tabText(tab), owners()))
    clashes = [(page, key, users) for page, found in pages for key, users in found.items()
               if len(users) > 1 and any(kind != "label" for kind, _ in users)]
    assert clashes == []
    # On the Record page not even two field labels share one (keyboard check K20-11: Alt+N
    # went to Name, then to Case number; U, P and T were shared the same way).
    record = dict(pages)["&Record"]
    assert [(key, users) for key, users in record.items() if len(users) > 1] == []


def test_no_alt_key_is_shared_in_the_intake_dialog(qtbot, repo):
    # Alt+N was both "&Name" and "&Next client": it only moved to the name field.
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QWidget

    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    found: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            found.setdefault(_mnemonic(text), []).append(text)
    found.pop(None, None)
    assert {key: texts for key, texts in found.items() if len(texts) > 1} == {}


def test_no_alt_key_is_shared_in_the_handout_preview(qtbot, repo):
    # W25-07: Alt+L went to "&Large print" before "&Language:", and Alt+P to "&Previous page",
    # never to "&Print..." (a shared key only moves the focus between its owners).
    from PySide6.QtWidgets import QAbstractButton, QWidget

    from ui.handout_dialog import HandoutDialog
    from ui.services import screen_client

    client = probation_client("Alt Handout")
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    found: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, (QLabel, QAbstractButton)):
            found.setdefault(_mnemonic(widget.text()), []).append(widget.text())
    found.pop(None, None)
    assert {key: texts for key, texts in found.items() if len(texts) > 1} == {}
    assert _mnemonic(dialog.print_button.text()) == "p" and _mnemonic(dialog.large_print.text()) != "l"


def _spoken_name(widget) -> str:
    """What a screen reader says a widget is: Qt's accessible interface's name."""

    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_a_screen_reader_hears_how_many_clients_each_count_button_holds(window, repo):
    """W23-02: the count buttons above the caseload ("Eligible now: 1,234") had a fixed
    accessible name, "Show only: Eligible now", which a screen reader reads in place of
    the text: the counts at a glance were never heard."""
    from ui.services import screen_and_store

    for name, number in (("Nadia Now", "BA1"), ("Otto Now", "BA2")):
        client = probation_client(name, case_number=number)
        repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window.load()
    counts = window.caseload.model.counts()
    assert counts["eligible_now"] == 2
    buttons = window.caseload.count_buttons
    assert _spoken_name(buttons["eligible_now"]) == "Show only Eligible now: 2 clients"
    assert _spoken_name(buttons["review"]) == f"Show only Attorney review: {counts['review']} client{'s' if counts['review'] != 1 else ''}"


def test_a_field_s_problem_is_its_spoken_description_saying_whether_it_blocks_saving(qtbot, window, repo):
    """W23-03: a field's problem ("Ends before it starts") or note ("not in the offense
    catalog ... marked for attorney review") was a label beside it, red or amber: a
    screen-reader user on the field never heard it, and whether it blocked saving was said
    by its colour alone.  Now it is the field's accessible description, "Problem: ..." or
    "Note: ...", and every message shown on the Record tab describes a field."""

    from ui.forms import MessageLabel

    client_id = repo.add_client(probation_client("Desi Description"))
    window.load()
    window.open_client(client_id)
    form = window.client_view.record.case_form
    form.probation_end.setText("2020-01-01")  # before the start, 2021-05-01
    row = form.convictions.rows[0]
    row.offense.setText("999.9")  # not in the catalog: saved, and marked for review

    def spoken(widget) -> str:
        return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)

    assert spoken(form.probation_end) == "Problem: Ends before it starts (2021-05-01)"
    assert spoken(row.offense).startswith("Note: PC 999.9: not in the offense catalog")
    assert spoken(row.date) == spoken(row.offense)  # the row's message is about the whole row
    assert form.probation_start.accessibleDescription() == ""  # Qt says its placeholder, YYYY-MM-DD
    shown = [label for label in window.client_view.record.findChildren(MessageLabel) if label.isVisibleTo(window) and label.text()]
    assert len(shown) >= 2
    for label in shown:
        assert label.describes and all(label.text() in spoken(field) for field in label.describes), label.text()
    form.probation_end.setText("2024-05-01")
    # Back to its resting words: its tooltip (a term may be typed, J216-01) and how a date is typed.
    from ui.forms import resting_description

    resting = resting_description(form.probation_end)
    assert "YYYY-MM-DD" in resting and form.probation_end.accessibleDescription() == resting == spoken(form.probation_end)


def test_no_two_items_of_a_menu_share_a_letter(window):
    """W24-04: the Caseload menu gave P to "Print handouts for this event", "Report for this
    event" and "Print handout", and the File menu D to "Delete client" and "Clinic details": a
    shared letter only moves between its items (Alt+C, P did not print the open client's
    handout, it waited on the event's handouts)."""
    clashes = {}
    for top in menus(window):
        found: dict[str, list[str]] = {}
        for action in top.actions():
            if not action.isSeparator() and _mnemonic(action.text()):
                found.setdefault(_mnemonic(action.text()), []).append(action.text())
        clashes.update({(top.title(), key): texts for key, texts in found.items() if len(texts) > 1})
    assert clashes == {}
    assert _mnemonic(window.print_action.text()) == "p"  # the handout of the client being seen keeps P


def test_every_field_of_a_conviction_row_says_what_it_asks_for(qtbot):
    """E27B-03: the row's labels are short ("Level:", "Wobbler:", "Cannabis g:", "Plants:");
    the fields had no tooltip, and a screen reader heard "Level" and "Wobbler" alone.  Each
    field (and each of a relief row's) now has a tooltip and a spoken name longer than its label."""
    from PySide6.QtWidgets import QLabel

    from clinic_app.model import Conviction, ReliefGranted
    from ui.case_rows import ConvictionRow

    row = ConvictionRow(Conviction(id="k1", section="459", relief_granted=[ReliefGranted(remedy="pc17b", date=None)]))
    qtbot.addWidget(row)
    fields = [row.offense, row.level, row.wobbler, row.date, row.offense_date, row.value_dollars, row.open_hours,
              row.cannabis_grams, row.cannabis_plants, row.relief.rows[0].remedy, row.relief.rows[0].date]
    labels = {label.buddy(): label for label in row.findChildren(QLabel) if label.buddy() is not None}
    for field in fields:
        short = labels[field].text().replace("&", "").rstrip(":")
        assert field.toolTip() and labels[field].toolTip() == field.toolTip(), short
        # "Convicted:" and "Offense on:" say what they ask: heard as they read (K409-02).
        said_whole = field in (row.date, row.offense_date) and field.accessibleName() == short
        assert len(field.accessibleName()) > len(short) + 3 or field.accessibleName().endswith("date") or said_whole, short
    assert row.level.accessibleName() == "Level of the conviction: misdemeanor, felony or infraction"
    assert "felony or a misdemeanor" in row.wobbler.toolTip()
    assert row.remove.toolTip()


def test_a_save_and_what_it_changed_are_announced(qtbot, window, repo, announcements):
    """K38-02: a save is made away from the user's eyes (on leaving a field, on Enter in a
    payment's amount) and the client is screened again; a screen-reader user heard neither
    that it was saved nor that the best outcome changed (only the header's label changed).
    Each save is now a polite announcement naming the edit, and the new outcome when it moved."""

    client_id = repo.add_client(probation_client("Sam Said", probation_end=date(2027, 5, 1), restitution_ordered=300))
    window.load()
    window.open_client(client_id)
    announcements.clear()  # "Opened Sam Said. ..." (C48-06)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.client_view
    before = view.outcome.text()
    view.record.case_form.probation_end.setText("2024-05-01")  # ended: relief opens now
    assert view.save()
    assert view.outcome.text() != before
    polite = QAccessible.AnnouncementPoliteness.Polite
    assert announcements == [(view, "Saved: Edit Case BA100001, probation end (Sam Said). Best outcome now: "
                             + view.outcome.text().removeprefix("· "), polite)]
    announcements.clear()
    view.tabs.setCurrentIndex(1)
    amount = view.checklist.payment_forms["c1"].amount
    amount.setFocus()
    qtbot.keyClicks(amount, "25")
    qtbot.keyClick(amount, Qt.Key.Key_Return)  # Enter adds the payment: the focus stays in the amount
    assert repo.get_client(client_id).cases[0].money.payments[-1].amount == 25
    paid = f"Saved: Payment of $25 toward restitution on {TODAY.isoformat()} (Sam Said)."
    assert [said for _, said, _ in announcements] == [paid]
    # H40-04: said aloud, but the status bar, where a review or a handout saved is shown, said nothing.
    assert window.statusBar().currentMessage() == paid


def test_the_report_s_tab_order_follows_its_buttons_left_to_right(qtbot):
    """K38-05: in an event's report, Tab from the text went to Close at the right end, then
    back to Copy and Save...: as in Restore from backup (K38-04), the focus and a screen reader
    went through the buttons out of the order they show."""
    from PySide6.QtCore import QPoint

    from clinic_app.report import Report
    from tests.gui.conftest import show_active
    from ui.report_dialog import ReportDialog

    dialog = ReportDialog(Report(event="Compton fair", clients=1, screened=1))
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.text.setFocus()
    visited = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[:2] == [dialog.copy_button, dialog.save_button]
    assert sorted(visited, key=lambda b: b.mapTo(dialog, QPoint(0, 0)).x()) == visited


def test_every_control_of_each_dialog_has_a_name_a_screen_reader_says(qtbot, window, repo):
    """K38-06: as on the window's pages, every stop of Tab in each dialog is named (by a label,
    an accessible name or its own words)."""
    from db.backup import backup_rotating

    from clinic_app.report import Report
    from ui.clinic_dialog import ClinicDetailsDialog
    from ui.eligibility_view import ReviewDialog
    from ui.handout_dialog import HandoutDialog
    from ui.intake import IntakeDialog
    from ui.passphrase_dialog import NewPassphraseDialog
    from ui.remedy_guide import RemedyGuideWindow
    from ui.report_dialog import ReportDialog
    from ui.restore_dialog import RestoreDialog
    from ui.services import screen_client

    client = probation_client("Dina Dialog")
    repo.add_client(client)
    backup_rotating(repo.db)
    intake = IntakeDialog(repo, today=TODAY, events=[])
    restore = RestoreDialog(repo.path, None)
    dialogs = [ReviewDialog("A. Attorney", "Case BA100001", count=1), ClinicDetailsDialog(repo), RemedyGuideWindow(),
               restore, NewPassphraseDialog(), ReportDialog(Report(event="Compton fair", clients=1, screened=1)), intake,
               HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert _unlabelled(dialog) == [], dialog.windowTitle()
    intake.name.setText("Ina Intake")
    intake.dob.setText("1980-02-03")
    intake.start_client()  # the case part opens
    assert intake.case_box.isEnabled() and _unlabelled(intake) == []
    # Where jail ordered with probation goes, said as on the Record tab (K224-02).
    said = QAccessible.queryAccessibleInterface(intake.sentence).text(QAccessible.Text.Description)
    assert said.startswith("Choose Probation when jail was a condition of probation")
    qtbot.waitUntil(restore.counting.finished.is_set, timeout=60_000)  # its worker done before the dialog goes


def _placeholder_and_fill(field) -> tuple[float, object]:
    """How clear a field's placeholder is: the contrast of its most contrasting pixel against
    the field's own fill (taken at its right end, past the words), and that fill."""
    picture = field.grab().toImage()
    fill = picture.pixelColor(picture.width() - 5, picture.height() // 2)
    clearest = max(_contrast(picture.pixelColor(x, y), fill)
                   for x in range(4, min(picture.width() - 8, 90)) for y in range(4, picture.height() - 4))
    return clearest, fill


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a43_02_intake_s_box_2_looks_disabled_before_start_client(qtbot, repo, dark):
    """Before "Start client", intake's box 2 is disabled, its labels grey; but its fields'
    placeholders ("case number", "dollars") were as clear as box 1's (on the light palette
    clearer), on the dark palette in the enabled fields' dark fill, and its "Trafficking / IPV
    related" box had the enabled one's edge: it looked half ready to type in.  Now a disabled
    field's placeholder is no clearer than the disabled labels, its fill is the window's, and
    the disabled box's edge is fainter than once the box is enabled."""
    from ui.intake import IntakeDialog
    from ui.theme import apply_theme

    app = QApplication.instance()
    apply_theme(app, dark)
    try:
        dialog = IntakeDialog(repo, today=TODAY, events=[])
        qtbot.addWidget(dialog)
        dialog.show()
        palette = dialog.palette()
        window_colour = palette.color(QPalette.ColorRole.Window)
        disabled_label = _contrast(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText), window_colour)
        enabled_placeholder, _ = _placeholder_and_fill(dialog.dob)  # box 1's "YYYY-MM-DD"
        edge_before = _check_box_edge(dialog.conviction.trafficking)
        for field in (dialog.case_number, dialog.fines, dialog.conviction.offense_date):
            assert not field.isEnabled()
            placeholder, fill = _placeholder_and_fill(field)
            assert fill == window_colour, field.accessibleName()
            assert placeholder <= disabled_label * 1.05 < enabled_placeholder, (field.accessibleName(), placeholder, disabled_label)
        dialog.name.setText("Dana Disabled")
        dialog.start_client()
        assert dialog.case_number.isEnabled()
        assert _placeholder_and_fill(dialog.fines)[0] > disabled_label * 1.05  # the same field, now ready
        assert _check_box_edge(dialog.conviction.trafficking) > edge_before * 1.2
    finally:
        apply_theme(app, False)
