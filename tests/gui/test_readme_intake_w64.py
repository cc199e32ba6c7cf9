"""W64-05: the README says what clinic intake does (J64-01, J64-03, J64-05): it named Ctrl+I
and nothing more, so nobody reading it knew that a second count of a case is not typed at
intake, nor that the event typed is kept when intake is opened again."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import probation_client

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())


def test_the_readme_says_intake_by_its_menu_key_and_the_record_tabs_button(window, repo):
    bullet = README.split("**Intake at a clinic event.**", 1)[1].split(" - **", 1)[0]
    action = window.intake_action
    assert f"**Caseload > {action.text().replace('&', '')}** ({action.shortcut().toString()})" in bullet
    window.open_client(repo.add_client(probation_client("Ines Intake")))
    button = window.client_view.record.case_form.convictions.add_button.text().replace("&", "")
    # The button the README sends a second count to, as intake's refusal does (J64-03's test).
    assert f'on the Record tab, "{button}", after intake: a case number the client has already is refused' in bullet
    assert "The event typed is kept for the next client, and when intake is opened again in the same window" in bullet
