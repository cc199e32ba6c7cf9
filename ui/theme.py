"""Light and dark palettes.  The Fusion style follows the palette everywhere, so a dark
theme is one palette switch; the choice is remembered in QSettings (it is about this
computer's screen, not about the caseload)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QProxyStyle, QStyle, QStyleOptionButton, QTextEdit

# The edge of a check box or radio button on the dark palette: 4 times as light as the window
# behind it (WCAG 1.4.11 asks 3 of a control's edge).
DARK_OUTLINE = QColor(130, 130, 136)
# On the standard (light) palette: 3.6 times as dark as its window (#efefef), where Fusion's own
# grey edge was 1.65 (A43-01); a grey, as Fusion's, so the box looks the same but for its edge.
LIGHT_OUTLINE = QColor(125, 125, 125)


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 37, 40), QColor(28, 28, 30), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(45, 45, 48))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor(50, 50, 52))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor(50, 50, 53))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor(255, 90, 90))
    p.setColor(QPalette.ColorRole.Link, QColor(110, 170, 255))
    p.setColor(QPalette.ColorRole.Highlight, QColor(42, 110, 200))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 120, 120))
    # A field that cannot be typed in is flat, the window's colour, as on the light palette
    # (Fusion's own): intake's box 2 before "Start client" looked ready to type in (A43-02).
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, window)
    return _faint_disabled_placeholders(p)


def light_palette(app: QApplication) -> QPalette:
    """Fusion's standard palette, its disabled fields' placeholders faint (A43-02)."""
    return _faint_disabled_placeholders(app.style().standardPalette())


def _faint_disabled_placeholders(p: QPalette) -> QPalette:
    """A disabled field's placeholder ("case number", "dollars") in the disabled text's colour,
    as faint as the labels beside it.  Qt keeps the enabled placeholder's colour for a disabled
    field: intake's box 2 before "Start client" had grey labels but placeholders as clear as box
    1's (on the light palette clearer, on the window's grey), and looked half ready (A43-02)."""
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText,
               p.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
    return p


class ClearOutlines(QProxyStyle):
    """Fusion, with check boxes' and radio buttons' edges drawn in `edge`.  Fusion draws them a
    shade darker than the window, which on the dark palette is near black on near black: the
    caseload's "Something outstanding" and "Review needed" boxes, and every box of the Record
    tab, were an edge 1.1 times as light as the window, unseen (G42-03); on the light palette a
    pale grey 1.65 times as dark as the window (A43-01).  The keyboard focus's edge, in the
    highlight colour, is left as Fusion draws it.  A disabled box, which WCAG does not ask to
    be seen as clearly, has an edge halfway to the window, so it looks disabled as the fields
    beside it do: at 4:1 intake's "Trafficking / IPV related" in box 2 looked ready to tick
    before "Start client" (A43-02)."""

    def __init__(self, edge: QColor) -> None:
        super().__init__("Fusion")
        self.edge = edge

    def _edge_colour(self, option) -> QColor:
        """`edge`, or halfway to the window for a disabled control (A43-02)."""
        edge_colour = self.edge
        if not option.state & QStyle.StateFlag.State_Enabled:
            behind = option.palette.color(QPalette.ColorRole.Window)
            edge_colour = QColor((edge_colour.red() + behind.red()) // 2, (edge_colour.green() + behind.green()) // 2,
                                 (edge_colour.blue() + behind.blue()) // 2)
        return edge_colour

    def _field_edge(self, option, painter) -> None:
        """A field's edge in `edge`, where Fusion draws it a shade off the window: on the dark
        palette a text field, a date or count box and a plain-text note were an edge 1.1 times
        as light as the window (a date field and the fields around it told apart by a fill
        1.1 times as dark), on the light palette 1.7 to 2 (F63-08).  A field with the focus
        keeps Fusion's edge in the highlight colour: it says where the keyboard is."""
        if option.state & QStyle.StateFlag.State_HasFocus:
            return
        painter.save()
        painter.setPen(self._edge_colour(option))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def drawComplexControl(self, control, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and option.frame:
            self._field_edge(option, painter)
        elif control == QStyle.ComplexControl.CC_ComboBox and option.frame and option.editable:
            self._field_edge(option, painter)  # a typed-in list (intake's Event) is a field; a closed list is a button

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        selected_item = QStyle.StateFlag.State_Item | QStyle.StateFlag.State_Selected
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and option.state & selected_item == selected_item:
            # The current cell of a selected row (the caseload list's, moved along by Right and
            # Left, read by a screen reader) ringed in the selected text's colour: Fusion rings
            # it in a shade of the selection's blue, 1.2 times its lightness, unseen (AA66-03).
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.HighlightedText), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1))
            painter.restore()
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            self._field_edge(option, painter)
            return
        if element == QStyle.PrimitiveElement.PE_Frame and isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            self._field_edge(option, painter)  # a note typed in (the record's Notes, a review's)
            return
        focused = option.state & QStyle.StateFlag.State_HasFocus and option.state & QStyle.StateFlag.State_KeyboardFocusChange
        if element not in (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton) or focused:
            return
        painter.save()
        edge_colour = self._edge_colour(option)
        painter.setPen(edge_colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        edge = option.rect.adjusted(0, 0, -1, -1)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.drawRect(edge)
        else:
            painter.setRenderHint(painter.RenderHint.Antialiasing)
            painter.drawEllipse(edge)
        painter.restore()

    def drawControl(self, element, option, painter, widget=None) -> None:  # noqa: N802 - Qt's name
        """A flat push button (the caseload's counts, "Eligible now: 3,963") ringed in the
        highlight colour while it has the keyboard's focus.  Fusion draws a flat button's focus
        not at all: Tab reached "Eligible now" and the screen looked as before (C48-02)."""
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_TabBarTab and option.state & QStyle.StateFlag.State_HasFocus:
            # The tab with the keyboard's focus (where a client opens, F49-01) ringed alike:
            # Fusion draws it only after a Tab key, and then faint.  A tab bar takes the focus
            # from the keyboard alone (Tab, or the program on the keyboard's behalf), never a click.
            self._ring(painter, option)
            return
        if element != QStyle.ControlElement.CE_PushButton or not isinstance(option, QStyleOptionButton):
            return
        keyboard_focus = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if not option.features & QStyleOptionButton.ButtonFeature.Flat or option.state & keyboard_focus != keyboard_focus:
            return
        self._ring(painter, option)

    @staticmethod
    def _ring(painter, option) -> None:
        """A 2-pixel ring in the highlight colour just inside `option.rect`."""
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3)
        painter.restore()


def apply_theme(app: QApplication, dark: bool) -> None:
    """Switch the whole program to the dark (or back to the standard) palette."""
    app.setStyle(ClearOutlines(DARK_OUTLINE if dark else LIGHT_OUTLINE))
    app.setPalette(dark_palette() if dark else light_palette(app))
    app.setProperty("clinic_dark", dark)


def is_dark(app: QApplication) -> bool:
    return bool(app.property("clinic_dark"))
