"""B118-02: a client on probation with classes and hours still to do: what is left of each
condition, and by when, beside its tick on the Checklist tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from clinic_app.checklist import finish_by_said
from clinic_app.model import Condition, Probation, Violation
from tests.gui.conftest import TODAY, probation_client


def labels(view) -> list[str]:
    return [label.text() for label in view.checklist.page.findChildren(QLabel)]


def on_probation(end: date = date(2028, 3, 1)):
    client = probation_client("Marisol Prueba", probation_end=end)
    client.cases[0].conditions = [Condition(kind="class", label="52-week batterer program", required=52, done=26),
                                  Condition(kind="community_service", label="Community service", required=100, done=40),
                                  Condition(kind="other", label="Write a letter of apology"),
                                  Condition(kind="stay_away", label="Stay away from the store")]
    return client


def test_b118_02_each_open_condition_says_what_is_left_and_by_when_and_moves_with_the_count(qtbot, window, repo):
    # The tab said "52-week batterer program" and "done so far 26 of 52", the day to finish by
    # only in the probation line above and on the client's handout ("By March 1, 2028").
    window.load()
    window.open_client(repo.add_client(on_probation()))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    said = labels(view)
    assert "26 to go; finish by 2028-03-01, probation's last day (465 days left)" in said
    assert "60 hours to go; finish by 2028-03-01, probation's last day (465 days left)" in said
    assert "Finish by 2028-03-01, probation's last day (465 days left)" in said  # the letter: nothing to count
    assert not [text for text in said if "to go" in text and "store" in text]  # kept, not finished
    tick = view.checklist.control("c1", "tick", 0)
    assert tick.accessibleDescription() == "26 to go; finish by 2028-03-01, probation's last day (465 days left)"

    view.checklist.control("c1", "count", 0).setValue(30)  # four more classes, from the certificate
    assert "22 to go; finish by 2028-03-01, probation's last day (465 days left)" in labels(view)
    view.checklist.control("c1", "tick", 0).click()  # the program finished
    assert not [text for text in labels(view) if text.startswith("22 to go") or text.startswith("26 to go")]
    assert "60 hours to go; finish by 2028-03-01, probation's last day (465 days left)" in labels(view)


def test_b118_02_nothing_is_said_where_there_is_no_day_to_finish_by():
    client = on_probation()
    case, condition = client.cases[0], client.cases[0].conditions[0]
    assert finish_by_said(case, condition, date(2028, 3, 1)) == "26 to go; finish today, 2028-03-01: probation's last day"
    assert finish_by_said(case, condition, date(2028, 3, 2)) == ""  # probation over: the checklist asks to confirm it
    case.sentence.probation = Probation(kind="summary", start=date(2021, 5, 1), end=date(2028, 3, 1),
                                        violations=[Violation(date=date(2025, 10, 21), outcome="revoked")])
    assert finish_by_said(case, condition, TODAY) == ""  # revoked: whether it still binds is a lawyer's reading
