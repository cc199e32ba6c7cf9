"""R120-01: a grant revoked, then a jail or prison term recorded for the case: its conditions
still open on the Checklist were told to finish by the old grant's end, "probation's last day",
though the grant had ended at its revocation and no probation line was shown above them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from clinic_app.checklist import finish_by, finish_by_said
from clinic_app.model import Condition, Custody, Probation, Violation
from tests.gui.conftest import TODAY, probation_client


def revoked_then_sentenced(release: date):
    client = probation_client("Marisol Prueba", probation_end=date(2028, 3, 1))
    case = client.cases[0]
    case.sentence.probation = Probation(kind="summary", start=date(2021, 5, 1), end=date(2028, 3, 1),
                                        violations=[Violation(date=date(2025, 10, 21), outcome="revoked")])
    case.sentence.custody = Custody(release_date=release)  # the term the court gave at the revocation
    case.conditions = [Condition(kind="class", label="52-week batterer program", required=52, done=26)]
    return client


def test_r120_01_a_grant_revoked_and_a_term_given_has_no_day_to_finish_its_conditions_by(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(revoked_then_sentenced(release=date(2027, 6, 1))))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    said = [label.text() for label in view.checklist.page.findChildren(QLabel)]
    assert "In custody until 2027-06-01 (191 days left)" in said  # the case's line
    assert not [text for text in said if "probation's last day" in text], said
    assert view.checklist.control("c1", "tick", 0).accessibleDescription() == ""


def test_r120_01_released_from_that_term_too_and_a_revocation_undone_still_has_its_day():
    client = revoked_then_sentenced(release=date(2026, 6, 1))
    case, condition = client.cases[0], client.cases[0].conditions[0]
    assert finish_by(case, TODAY) is None
    assert finish_by_said(case, condition, TODAY) == ""
    # Reinstated after the revocation: the grant runs to its end, and that is the day.
    case.sentence.custody = None
    case.sentence.probation.violations.append(Violation(date=date(2025, 12, 1), outcome="reinstated"))
    assert finish_by(case, TODAY) == date(2028, 3, 1)
    case.sentence.probation.status = "revoked"  # the status not brought up to date: the reinstatement stands
    assert finish_by(case, TODAY) == date(2028, 3, 1)
