"""H130-03: a client with a long record (four cases here, twelve at the clinic), every case done
but the last, on probation with a class and fines still open.  The Checklist opened on the
oldest case's ticks; the three items left were under the last case, found only by scrolling
past every done case.  The page now says first where what is left stands, and that the other
cases have nothing left; once all is done, that nothing is left in any case."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.checklist import checklist, where_left_said
from clinic_app.model import Client, Person
from tests.gui.conftest import TODAY, open_on_record
from tests.long_record import long_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_h130_03_the_checklist_says_first_where_the_items_left_are(qtbot, window, repo):
    open_on_record(window, repo, long_record())
    window.client_view.tabs.setCurrentWidget(window.client_view.checklist)
    view = window.client_view.checklist
    assert view.where_left.isVisible()
    assert view.where_left.text() == "Still to do: 3 items, in case 24M08080 (below). The other 3 cases have nothing left."
    labels = view.page.findChildren(type(view.where_left))  # every label of the page
    top = view.where_left.mapTo(view.page, view.where_left.rect().topLeft()).y()
    assert all(top <= label.mapTo(view.page, label.rect().topLeft()).y() for label in labels if label.isVisible())
    assert view.words().startswith("Still to do: 3 items, in case 24M08080 (below).")


def test_h130_03_all_done_is_said_once_and_a_short_record_says_nothing_more():
    done = long_record(running=False)
    assert where_left_said(done, checklist(done, TODAY), TODAY) == "Nothing left to do in any of the 4 cases."
    short = Client(name="Rosa Testshort", person=Person(dob=date(1984, 3, 15)), cases=long_record().cases[2:])
    assert where_left_said(short, checklist(short, TODAY), TODAY) == ""
