"""K99-04: the README's intake bullet says the case line's Alt letters (K99-01), as intake's
labels underline them: a volunteer reading it before a clinic day learns the short way through
the line, past the count's rarer facts, and the letters it names are the ones intake has."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.gui.conftest import TODAY

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())


def test_k99_04_the_readme_names_the_case_lines_alt_letters_as_intake_underlines_them(qtbot, repo):
    from ui.intake import IntakeDialog

    bullet = README.split("**Intake at a clinic event.**", 1)[1].split(" - **", 1)[0]
    named = dict(re.findall(r"Alt\+([A-Z]) the ([a-z' ()]+?)(?: \(|,|;)", bullet))
    # O and L since M103-05; Y since W141-03; I and R since H420-02 (K393-02 renamed the latter)
    assert set(named) == {"C", "O", "L", "E", "T", "U", "Y", "F", "I", "R", "W"}, named
    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    fields = {"C": dialog.case_number, "O": dialog.conviction.offense, "L": dialog.conviction.level, "E": dialog.conviction.date, "T": dialog.sentence, "U": dialog.probation_end,
              "Y": dialog.released, "F": dialog.fines, "I": dialog.fines_paid, "R": dialog.restitution,
              "W": dialog.county}
    for letter, field in fields.items():
        (label,) = [label for label in dialog.findChildren(QLabel) if label.buddy() is field]
        assert f"&{letter.lower()}" in label.text().lower(), (letter, label.text())
    assert "which Alt+T passes" in bullet
