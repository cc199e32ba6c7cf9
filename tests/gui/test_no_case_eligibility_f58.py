"""The Eligibility tab of a client with no case yet says to enter one (F58-03)."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Client, Person
from tests.gui.test_checklist_keyboard import open_on_tab


def test_a_client_with_no_case_is_told_to_enter_one_not_that_no_remedy_fits(qtbot, window, repo):
    """F58-03: a client added at the desk, their cases not typed yet, showed on the Eligibility
    tab "No remedy fits this record as of this date. Tick 'Show remedies that do not apply' to
    see why each does not": read as an answer about the client, and the tick showed an empty
    table too.  It says that nothing is screened yet, and where the cases are entered."""
    view, _client_id = open_on_tab(qtbot, window, repo, Client(name="Zoë Sin Casos", person=Person(dob=date(1990, 1, 2))), 2)
    panel = view.eligibility
    assert panel.proxy.rowCount() == 0
    said = panel.details.toPlainText()
    assert said.startswith("Nothing is screened yet: no case is entered for this client.")
    assert "Record tab" in said
    # What shows here is a whole case's rows too, as Help > First steps says it: "each conviction's
    # remedies show here" left out an arrest's sealing and probation ended early (K241-01).
    assert ("Add their cases on the Record tab, and the remedies of each conviction, and of a whole case (sealing an "
            "arrest, ending probation early), show here." in said)
    assert "No remedy fits" not in said
    panel.show_all.setChecked(True)  # nothing there either: the words stay
    assert panel.proxy.rowCount() == 0
    assert panel.details.toPlainText() == said
