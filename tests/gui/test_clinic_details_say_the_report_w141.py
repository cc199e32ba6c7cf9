"""W141-02: the clinic's name has headed the report since C131-03, but File > Clinic details said
only "These details are printed at the foot of every handout", its menu tip "printed on handouts",
and `clinic-app clinic --help` "every handout prints them": a coordinator setting up the clinic's
laptop was never told the name is also what a funder's report is headed by.  Each says it now, and
the name typed there is the report's head."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from clinic_app.report import build_report, report_text
from tests.cli.test_cli import clinic_app


def test_w141_02_clinic_details_say_the_name_heads_the_report(qtbot, window, repo):
    from ui.clinic_dialog import ClinicDetailsDialog

    dialog = ClinicDetailsDialog(repo, window)
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "the name heads the report too" in words
    assert "the name heads the report too" in window.clinic_action.toolTip()

    dialog.fields["name"].setText("Eastside Record Clearance Clinic")
    dialog.accept()
    report = build_report(None, [], today=date(2026, 12, 6), **repo.report_counts(None))
    assert report_text(report).splitlines()[2] == "Eastside Record Clearance Clinic. Counted on 2026-12-06."


def test_w141_02_clinic_help_says_the_name_heads_the_report():
    said = " ".join(clinic_app("clinic", "--help").stdout.split())
    assert "the name heads the report (clinic-app report)" in said
    assert "which heads the report too" in said
