"""R119-01: the Outcome filter's "Probation ends this month" and "Probation ended last month" items
said the command that lists them as "clinic-app list --db FILE --probation-ended" (S118-01 gave it
the window's caseload), a command with no month: pasted at a terminal it ran nothing, "argument
--probation-ended: expected one argument". The items name the month their list is of, as the
window's day has it, and the next month's once the day has moved on (P101-02)."""

from __future__ import annotations

import shlex
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app import cli
from tests.gui.conftest import probation_client
from tests.gui.test_month_moved_on_while_open_p101 import _names, _open_and_come_back


def _command(caseload, title: str) -> str:
    """The command an Outcome item's tooltip names, as a paralegal copies it."""
    tip = caseload.outcome.itemData(caseload.outcome.findText(title), Qt.ItemDataRole.ToolTipRole)
    return tip.rsplit("(", 1)[1].rstrip(")")


def _listed(capsys, command: str) -> list[str]:
    """The names the command lists, pasted at a terminal."""
    typed = shlex.split(command)
    assert typed[0] == "clinic-app"
    capsys.readouterr()
    cli.main(typed[1:])
    return sorted(line.split("\t")[1] for line in capsys.readouterr().out.splitlines())


def _chosen(caseload, title: str) -> list[str]:
    caseload.outcome.setCurrentIndex(caseload.outcome.findText(title))
    return _names(caseload)


def test_r119_01_the_probation_ended_items_name_a_command_that_lists_their_month(qtbot, window, repo, capsys):
    # The window's day is 2026-11-22: this month is November, last month October.
    repo.add_client(probation_client("Ana Octubre", case_number="BA500001", probation_end=date(2026, 10, 9)))
    repo.add_client(probation_client("Nico Noviembre", case_number="BA500002", probation_end=date(2026, 11, 3)))
    window.load()
    caseload = window.caseload
    assert _command(caseload, "Probation ended last month").endswith(" --probation-ended 2026-10")
    for title, names in (("Probation ends this month", ["Nico Noviembre"]), ("Probation ended last month", ["Ana Octubre"])):
        assert _chosen(caseload, title) == names
        assert _listed(capsys, _command(caseload, title)) == names

    # Left open into December: the list is November's (P101-02), and so is the command said.
    _open_and_come_back(qtbot, window, date(2026, 12, 1))
    QApplication.processEvents()
    assert _names(caseload) == ["Nico Noviembre"]
    assert _command(caseload, "Probation ended last month").endswith(" --probation-ended 2026-11")
    assert _listed(capsys, _command(caseload, "Probation ended last month")) == ["Nico Noviembre"]
    assert _command(caseload, "Probation ends this month").endswith(" --probation-ended 2026-12")
