"""W64-01: Help > Keyboard shortcuts says what Alt+P and Home/End do now.

Alt+P became "Add petition filed" on the Record tab (L64-04), and Home and End choose a
ledger's first and last payment (L64-01); the list said Alt+P only of a payment form, and
nothing of Home and End, so a keyboard user learnt of neither there.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.gui.conftest import probation_client
from ui.help_menu import shortcut_rows


def test_the_list_says_alt_p_adds_a_petition_filed_on_the_record_tab(qtbot, window, repo):
    rows = dict(shortcut_rows(window.menuBar()))
    window.open_client(repo.add_client(probation_client("Lista Teclas")))
    # The button it names is the one Alt+P clicks on the Record tab.
    button = window.client_view.record.case_form.petitions.add_button
    assert button.text() == "Add &petition filed"
    assert "Record tab" in rows["Alt+P"] and "(Add petition filed)" in rows["Alt+P"]
    assert "payment form" in rows["Alt+P"]  # the Checklist's Alt+P is still said
    assert not any(keys.startswith("Alt+P ") for keys in rows)  # one row for the key
    assert "Home and End choose its first and last payment" in rows["Delete in a payment ledger"]
    # The list has read the menus (shortcut_rows); the window's own item is still alive (A70-02).
    window.shortcuts_help_action.trigger()
    box = window.findChild(QMessageBox)
    assert "adds a petition filed to the case shown" in box.text()
    box.close()


def test_the_readme_says_alt_p_by_its_button_on_the_record_tab(window, repo):
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    paragraph = " ".join(readme.split("**By keyboard.**", 1)[1].split("\n\n", 1)[0].split())
    window.open_client(repo.add_client(probation_client("Lee Teclas")))
    button = window.client_view.record.case_form.petitions.add_button.text().replace("&", "")
    assert f'(Alt+P: "{button}" on the Record tab, the payment typed on the Checklist)' in paragraph
    assert "Home and End choose the first and last payment" in paragraph
