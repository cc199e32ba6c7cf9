"""S83: at 1366 x 768 at 200% (the window 667 x 344) 30 of 60 demo clients' case forms still
scrolled sideways after S80-04 (by 60 to 123 pixels of their 373), from rows that are not form
rows: an arrest offense's row (466 pixels on one line), a probation violation's (403), a
petition's remedy box with its label (400 to 432), and the split-sentence tick (373).  Scrolled
to a field at the right, the labels at the left were out of sight.  Those rows now fold where
the case form has no room: the fields go on the next line with their labels, and a label goes
over its field where even the two do not fit.  With room (a window 1280 wide) they stand on one
line as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from clinic_app.model import ArrestOffense, Case, Client, Person, Violation
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

LAPTOP_200 = (683 - 16, 384 - 40)  # as tests/gui/test_case_form_labels_in_sight_s80.py has it


def _open(qtbot, window, repo, client: Client, size):
    window.load()
    window.open_client(repo.add_client(client))
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    record = window.client_view.record
    qtbot.waitUntil(lambda: record.case_scroll.viewport().width() > 0)
    return record


def _whole_in_sight(record, row: QWidget) -> None:
    """Every label and field of `row` inside the case form's room, none cut: reachable by the
    mouse without scrolling sideways."""
    port = record.case_scroll.viewport()
    shown = [w for w in row.findChildren(QWidget) if isinstance(w, (QLabel, QLineEdit, QComboBox, QCheckBox))
             and w.isVisibleTo(row) and (not isinstance(w, QLabel) or w.text())]
    assert shown
    for widget in shown:
        left = widget.mapTo(port, QPoint(0, 0)).x()
        assert 0 <= left and left + widget.width() <= port.width(), getattr(widget, "text", lambda: "")()
        assert widget.width() >= min(widget.minimumSizeHint().width(), port.width()), getattr(widget, "text", lambda: "")()


def _violation_client() -> Client:
    client = probation_client("Vera Violante")
    client.cases[0].sentence.probation.violations = [Violation(date(2022, 3, 2), "revoked")]
    return client


def _arrest_client() -> Client:
    return Client(name="Ari Sinfallo", person=Person(dob=date(1985, 3, 14)), cases=[Case(
        id="c1", outcome="dismissed", case_number="BA790002", arrest_date=date(2019, 6, 1),
        arrest_offenses=[ArrestOffense(section="484", code="PC", level="misdemeanor")])])


def test_at_200_percent_a_violation_row_folds_and_nothing_scrolls_sideways(qtbot, window, repo):
    record = _open(qtbot, window, repo, _violation_client(), LAPTOP_200)
    assert record.case_scroll.horizontalScrollBar().maximum() == 0  # it scrolled 60 pixels
    (row,) = record.case_form.violations.rows
    _whole_in_sight(record, row)
    _whole_in_sight(record, record.case_form.convictions.rows[0])  # the count's dates too


def test_at_200_percent_an_arrest_offense_row_folds_and_nothing_scrolls_sideways(qtbot, window, repo):
    record = _open(qtbot, window, repo, _arrest_client(), LAPTOP_200)
    assert record.case_scroll.horizontalScrollBar().maximum() == 0  # it scrolled 123 pixels
    (row,) = record.case_form.arrest_offenses.rows
    _whole_in_sight(record, row)


def test_the_folded_rows_keep_their_fields_in_tab_order(qtbot, window, repo):
    record = _open(qtbot, window, repo, _violation_client(), LAPTOP_200)
    (row,) = record.case_form.violations.rows
    row.date.setFocus(Qt.FocusReason.TabFocusReason)
    assert row.date.nextInFocusChain() is row.outcome or row.date.nextInFocusChain().focusProxy() is row.outcome


@pytest.mark.parametrize("client", [_violation_client, _arrest_client])
def test_with_room_the_rows_stand_on_one_line_as_before(qtbot, window, repo, client):
    record = _open(qtbot, window, repo, client(), (1280, 800))
    form = record.case_form
    row = (form.violations.rows or form.arrest_offenses.rows)[0]
    fields = [w for w in (getattr(row, name, None) for name in ("date", "outcome", "section", "level")) if w is not None]
    tops = {field.mapTo(row, QPoint(0, 0)).y() + field.height() // 2 for field in fields}
    assert max(tops) - min(tops) <= 2, tops
    assert abs(row.remove.mapTo(row, QPoint(0, 0)).y() + row.remove.height() // 2 - min(tops)) <= 3


def _petition_client() -> Client:
    from clinic_app.model import Petition

    client = probation_client("Pilar Peticiones")
    client.cases[0].petitions = [Petition("pc17b", date(2026, 8, 20)), Petition("pc1203_4a", date(2026, 8, 20))]
    return client


def test_at_200_percent_a_petition_s_label_goes_over_its_remedy_and_nothing_scrolls_sideways(qtbot, window, repo):
    from clinic_app.eligibility import remedy_title

    record = _open(qtbot, window, repo, _petition_client(), LAPTOP_200)
    qtbot.waitUntil(lambda: record.case_form.petitions.rows[0].remedy.isVisible())
    assert record.case_scroll.horizontalScrollBar().maximum() == 0  # it scrolled 51 to 83 pixels
    seventeen_b, four_a = record.case_form.petitions.rows
    for row in (seventeen_b, four_a):
        _whole_in_sight(record, row)
        label = row.remedy.parentWidget().findChildren(QLabel)
        (title,) = [lab for lab in label if lab.buddy() is row.remedy]
        # Over the box, not beside it: the box has the line's width.
        assert title.mapTo(row, QPoint(0, 0)).y() + title.height() <= row.remedy.mapTo(row, QPoint(0, 0)).y()
    assert seventeen_b.remedy.shown_title() == remedy_title("pc17b")  # read whole, as A56-04 keeps it
    assert four_a.remedy.shown_title().endswith("…")  # cut with its mark, whole in the tooltip
    assert remedy_title("pc1203_4a") in four_a.remedy.toolTip()


def test_with_room_a_petition_s_label_stands_beside_its_remedy(qtbot, window, repo):
    record = _open(qtbot, window, repo, _petition_client(), (1280, 800))
    qtbot.waitUntil(lambda: record.case_form.petitions.rows[0].remedy.isVisible())
    for row in record.case_form.petitions.rows:
        (title,) = [lab for lab in row.findChildren(QLabel) if lab.buddy() is row.remedy]
        middle = title.mapTo(row, QPoint(0, 0)).y() + title.height() // 2
        top = row.remedy.mapTo(row, QPoint(0, 0)).y()
        assert top <= middle <= top + row.remedy.height()
    assert record.case_form.petitions.rows[0].remedy.shown_title() == record.case_form.petitions.rows[0].remedy.currentText()
