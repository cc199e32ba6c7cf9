"""Help > Remedies at a glance (F1): each remedy's law in short cited lines, searchable.

A volunteer attorney at a clinic event has no network (expunge-vt #107 asked for "resources
about what qualifies" inside the tool).  The window is a reference kept open beside the
caseload, so it is not modal: the client record stays usable behind it, and F1 on the
Eligibility tab brings it back at the selected result's remedy.  Escape closes it.

The words are clinic_app.remedy_guide's (resources/remedies/at_a_glance.yaml); this is the view.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from clinic_app.remedy_guide import PARTS, GuideEntry, load_guide, matches, names_it
from ui import screen_fit
from ui.forms import NamedWords, announce, not_advice_banner
from ui.panes import PANE_BACK, PANE_LARGER, give_more_room_or_put_back, is_given_over, pane_in_use
from ui.screen_fit import on_screen

KEY_ROLE = Qt.ItemDataRole.UserRole
# Keys typed in the search box that move in the list instead: the list is where the choice
# is, the box where the typing is, and neither should need a Tab to reach.
_LIST_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


# Said under a heading the rules file gives no line for: a part left out would read as
# "nothing to say" (no carve-outs, no form), which the rules file does not claim.
NOT_IN_RULES = "The rules file says nothing on this: check the statute."


def entry_html(entry: GuideEntry) -> str:
    e = html.escape
    given = dict(entry.parts)
    parts = [f"<h3>{e(entry.title)}</h3>"]
    for name, heading in PARTS:
        lines = given.get(name, ())
        items = "".join(
            f"<li>{e(line.text)} <i>({e(line.cite)})</i>" + (f" <b>[{line.confidence}]</b>" if line.confidence != "H" else "") + "</li>"
            for line in lines
        ) or f"<li><i>{e(NOT_IN_RULES)}</i></li>"
        parts.append(f"<p><b>{e(heading)}</b></p><ul>{items}</ul>")
    return "".join(parts)


class RemedyGuideWindow(QDialog):
    """The 18 remedies in the registry's order, a box that narrows them as one types, and
    the chosen remedy's entry beside them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Remedies at a glance")
        self.setModal(False)  # a reference beside the work, not a question that stops it
        self.guide = load_guide()
        layout = QVBoxLayout(self)
        self.note = not_advice_banner(self.guide.note, "Summary, not legal advice")
        layout.addWidget(self.note)

        row = QHBoxLayout()
        find_label = QLabel("&Find:")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Type to narrow the list, e.g. prison or 1203.41")
        self.search.setAccessibleName("Find a remedy")
        self.search.setClearButtonEnabled(True)
        find_label.setBuddy(self.search)
        self.count = NamedWords("Remedies shown")  # heard with its count, not the name alone (S126-02)
        row.addWidget(find_label)
        row.addWidget(self.search, 1)
        row.addWidget(self.count)
        layout.addLayout(row)

        self.list = QListWidget()
        self.list.setAccessibleName("Remedies")
        for entry in self.guide.entries:
            item = QListWidgetItem(entry.title)
            item.setData(KEY_ROLE, entry.key)
            self.list.addItem(item)
        self.entry = QTextBrowser()
        self.entry.setAccessibleName("The remedy at a glance")
        self.entry.setOpenLinks(False)
        self.split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.list)
        split.addWidget(self.entry)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 640])
        layout.addWidget(split, 1)
        self._pane_in_use = self.entry  # the pane last with the keyboard; before either, the remedy read

        self.legend = legend = QLabel(self.guide.legend)
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self._legend_in_entry = False  # said under the panes, where there is the room (below)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # The divider moves by the mouse alone and the window has no menu bar for View > Give the
        # pane in use more room (K97-03): the same item as a button, in the same words (A99-02).
        self.room_button = buttons.addButton(PANE_LARGER, QDialogButtonBox.ButtonRole.ActionRole)
        self.room_button.setAutoDefault(False)
        self.room_button.setToolTip("Give the pane the keyboard is in (from the Find box, the remedy's lines) three "
                                    "quarters of the room; again, put the panes back")
        self.room_button.clicked.connect(self.give_pane_more_room)
        self.room_button.installEventFilter(self)
        self._focus_before_room: QWidget | None = None  # where Alt+P took the keyboard from
        self._room_by_key = False
        QApplication.instance().focusChanged.connect(self._keyboard_moved)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the search box must not close the window
        close.setDefault(False)
        layout.addWidget(buttons)
        # Tab in the order the buttons show: Close, made first, came before the button shown to
        # its left (as the report's were, K38-05).  Every platform's order puts it before Close.
        QWidget.setTabOrder(self.room_button, close)

        self.search.textChanged.connect(self._narrow)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(self._show)
        self.list.setCurrentRow(0)
        self._narrow("")
        # No taller than the screen it opens on: at 1280 x 720 (or 1920 x 1080 at 150%) less a
        # taskbar, 680 pixels and a title bar put its Close button under the taskbar (G42-01).
        self.resize(on_screen(self, 1040, 680))
        # What the tags mean, at the foot of the remedy's lines where the window has not the room
        # for it whole under the panes: at 200% with 15 pt text its four lines had 82 of their 96
        # pixels, the first and last cut, the panes already at their least (S105-03).
        there = screen_fit.room(self)
        # (The least height with each wrapped line whole at the window's width.)
        self._legend_in_entry = there is not None and self.layout().totalMinimumHeightForWidth(self.width()) > there.height()
        if self._legend_in_entry:
            legend.hide()
            self._show()
        self.search.setFocus()

    def key_shown(self) -> str | None:
        item = self.list.currentItem()
        return item.data(KEY_ROLE) if item is not None and not item.isHidden() else None

    def shown_keys(self) -> list[str]:
        return [self.list.item(i).data(KEY_ROLE) for i in range(self.list.count()) if not self.list.item(i).isHidden()]

    def show_remedy(self, key: str | None = None) -> None:
        """Shown and brought forward; at `key`'s entry (the list whole again) when given,
        else as it was left."""
        if key is not None:
            self.search.clear()
            for i in range(self.list.count()):
                if self.list.item(i).data(KEY_ROLE) == key:
                    self.list.setCurrentRow(i)
        self.show()
        # No raise_(): a dialog of the main window already stays above it; activated, the
        # keys go to it (F1 pressed in the record, then typing, narrows the list).
        self.activateWindow()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _narrow(self, text: str) -> None:
        shown = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            fits = matches(self.guide.entry(item.data(KEY_ROLE)), text)
            item.setHidden(not fits)
            if fits:
                shown.append(item)
        # The entry a typed statute names comes first; else the one shown stays, if it fits.
        named = next((item for item in shown if names_it(self.guide.entry(item.data(KEY_ROLE)), text)), None)
        current = self.list.currentItem()
        chosen = named or (current if current in shown else (shown[0] if shown else None))
        if chosen is None:
            self.list.setCurrentItem(None)
        else:
            self.list.setCurrentItem(chosen)
            self.list.scrollToItem(chosen)
        total = self.list.count()
        said = f"All {total} remedies" if len(shown) == total else f"{len(shown)} of {total} remedies"
        self.count.setText(said)
        if text:
            announce(self.count, said)
        self._show()

    def _show(self, *_args) -> None:
        key = self.key_shown()
        if key is None:
            typed = " ".join(self.search.text().split())
            self.entry.setHtml(f"<p>No remedy's lines mention \u201c{html.escape(typed)}\u201d. "
                               "Try fewer words, or a statute number such as 1203.4.</p>")
            return
        legend = f"<hr><p>{html.escape(self.guide.legend)}</p>" if self._legend_in_entry else ""
        self.entry.setHtml(entry_html(self.guide.entry(key)) + legend)

    def _keyboard_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        found = pane_in_use(new) if new is not None else None
        if found is not None and found[0] is self.split:
            self._pane_in_use = self.split.widget(found[1])
        elif new is self.room_button and self._room_by_key:
            self._focus_before_room = old

    def give_pane_more_room(self) -> None:
        """The pane the keyboard is in, or was last in (the Find box and the button are in neither),
        given three quarters of the room, or the panes put back (ui.panes, as the main window's View
        item); the keyboard goes back where Alt+P took it from."""
        give_more_room_or_put_back(self.split, self.split.indexOf(self._pane_in_use))
        self.room_button.setText(PANE_BACK if is_given_over(self.split) else PANE_LARGER)
        before, self._focus_before_room = self._focus_before_room, None
        if before is not None and self.room_button.hasFocus():
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.room_button and event.type() == QEvent.Type.FocusIn:
            # Its mnemonic (Alt+P) puts the keyboard on the button before clicking it, Tab does not:
            # only the first is given back (Qt sends FocusIn before it says focusChanged).
            self._room_by_key = event.reason() == Qt.FocusReason.ShortcutFocusReason
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in _LIST_KEYS:
            QApplication.sendEvent(self.list, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        return super().eventFilter(watched, event)
