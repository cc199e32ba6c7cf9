"""W126-06: Caseload > Report's tooltip, and `clinic-app report` in `clinic-app --help` and its
own help, said it counts "outcomes, languages, remedies", where since F122 and F122-06 the
report counts the petitions filed and the rulings made too, of a month or a quarter where
chosen (its "Petitions and rulings of" box, `--period`): a paralegal asked for a funder's
quarter of grants, reading the menu's tip or the commands' list, was not sent there."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from db.rescreen import rescreen_caseload
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import TODAY, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

SAID = "petitions filed and rulings (of a month, quarter or year too)"


def test_w126_06_the_reports_tip_and_help_name_the_petitions_and_rulings_it_counts(qtbot, window, repo, monkeypatch):
    granted = to_file()
    granted.cases[0].petitions = [Petition("pc1203_4", date(2026, 7, 1), ruling="granted", ruling_on=date(2026, 9, 1))]
    repo.add_client(granted)
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()

    assert SAID in window.report_action.toolTip()
    dialog = report_shown(qtbot, window, monkeypatch)
    # What the tip says, the report shows: the petitions, and the box that chooses their period.
    assert "Petitions filed: 1" in dialog.text.toPlainText()
    assert dialog.period is not None and dialog.period.count() > 1
    for help_text in (clinic_app("--help").stdout, clinic_app("report", "--help").stdout):
        assert SAID in " ".join(help_text.split())


def test_h420_01_the_reports_tip_and_help_name_every_kind_of_period_the_box_offers(window):
    """H420-01: since H399-01/02 the report counts a year's petitions and rulings (`--period
    2026`, the box's "This year" and "Last year"), but its tip, `clinic-app --help` and
    `report --help` still said "(of a month or quarter too)": a director after the year's
    numbers for a funder read the commands' list and the menu's tip as offering no year."""
    import re

    from clinic_app.report import periods_offered

    kinds = {words.split()[1] for words, _ in periods_offered(TODAY)[1:]}
    assert kinds == {"quarter", "month", "year"}
    helps = [" ".join(clinic_app(*args).stdout.split()) for args in (["--help"], ["report", "--help"])]
    for text in (window.report_action.toolTip(), *helps):
        (said,) = re.findall(r"petitions filed and rulings \((of [^)]*too)\)", text)
        assert {kind for kind in kinds if kind not in said} == set(), said
