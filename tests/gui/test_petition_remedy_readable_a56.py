"""A56-04: the Record tab's "Petition for" box cut the remedy's name short, "Dismissal after
probation (PC 120" at 1280 pixels and at 1024, the statute (which says which dismissal) lost,
with no mark that it was cut.  The box is now as wide as the name chosen where the line can
hold it (the fields after it going on the next line), and a name too long for that is cut
with "…", whole in the tooltip."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from clinic_app.eligibility import remedy_title
from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from tests.gui.laid_out import laid_out

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _room(box) -> int:
    """The width the box has for its text (its edit field, as the style lays it out)."""
    opt = QStyleOptionComboBox()
    box.initStyleOption(opt)
    return box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, box).width()


def _open(qtbot, window, repo, width: int, *remedies: str):
    client = probation_client("Lorena Legible")
    client.cases[0].petitions = [Petition(remedy, date(2026, 11, 2)) for remedy in remedies]
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.width() == width)
    form = window.client_view.record.case_form
    qtbot.waitUntil(lambda: form.petitions.rows[0].remedy.isVisible())
    laid_out()
    return form


@pytest.mark.parametrize("width", [1280, 1024])
def test_a56_the_remedy_chosen_is_read_whole(qtbot, window, repo, width, tmp_path):
    form = _open(qtbot, window, repo, width, "pc1203_4", "pc17b")
    for row, remedy in zip(form.petitions.rows, ("pc1203_4", "pc17b")):
        box = row.remedy
        title = remedy_title(remedy)
        assert box.currentText() == title
        assert _room(box) >= box.fontMetrics().horizontalAdvance(title), (width, title, _room(box))
        assert box.shown_title() == title
        assert title in box.toolTip()
    # The form does not scroll sideways for it.
    scroll = form.petitions_box.parentWidget()
    while scroll is not None and not hasattr(scroll, "horizontalScrollBar"):
        scroll = scroll.parentWidget()
    assert scroll is not None and not scroll.horizontalScrollBar().isVisible()
    window.grab().save(str(tmp_path / f"record_{width}.png"))


def test_a56_a_name_longer_than_the_box_is_cut_with_a_mark_and_whole_in_the_tooltip(qtbot, window, repo):
    form = _open(qtbot, window, repo, 1024, "pc1203_49")
    box = form.petitions.rows[0].remedy
    title = remedy_title("pc1203_49")
    box.resize(200, box.height())  # narrower than any line gives it
    shown = box.shown_title()
    assert shown.endswith("…") and title.startswith(shown[:-1])
    assert box.fontMetrics().horizontalAdvance(shown) <= _room(box)
    assert f"Chosen: {title}" in box.toolTip()
