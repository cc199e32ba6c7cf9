"""K28-01: on the Checklist tab, a probation that stands revoked with no later sentence
recorded says so in one line, in place of its conditions as items to do; the conditions stay
below as the record's rows (a paralegal still records progress there)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from clinic_app.model import Condition, Violation
from tests.gui.conftest import probation_client

LINE = ("Probation revoked 2026-03-02, no later sentence recorded: "
        "whether its conditions still bind is for a clinic lawyer to say")


def test_k28_01_a_revoked_probation_s_conditions_are_one_line_to_ask_about(qtbot, window, repo):
    client = probation_client("Rita Revoked", probation_end=date(2027, 6, 1))
    probation = client.cases[0].sentence.probation
    probation.status = "revoked"
    probation.violations = [Violation(date(2026, 3, 2), "revoked")]
    client.cases[0].conditions = [Condition(kind="class", label="Outpatient drug program", required=26, done=5)]
    window.load()
    window.open_client(repo.add_client(client))
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    labels = [label.text() for label in view.checklist.findChildren(QLabel)]
    assert LINE in labels
    assert labels[labels.index(LINE) - 1] == "•"  # to do: a question, not done
    (drug,) = view.checklist.condition_boxes
    assert drug.text() == "Outpatient drug program" and not drug.isChecked()
