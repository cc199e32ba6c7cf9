"""W69-03, W69-04: the window names a conspiracy typed under its target's code as the client's card, the
worksheet and the report do (H68-03, W69-01, W69-02): on the Record tab's list of cases, the
Checklist's case box and the Eligibility tab's Conviction column."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QGroupBox

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.conftest import show_active, type_count_offense
from ui.models.determination_model import HEADERS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

READ = "PC 182(a)(1)/HS 11352"
TYPED = "HS 182(a)(1)/11352"  # a section the Health and Safety Code does not have


def _conspiracy_client() -> Client:
    """H66's client 203, in short: a felony conspiracy typed under HS, formal probation completed."""
    case = Case(id="A", case_number="BA300208", disposition_date=date(2012, 5, 1),
                convictions=[Conviction(id="A1", code="HS", section="182(a)(1)/11352", level="felony",
                                        conviction_date=date(2012, 5, 1))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 5, 1), imposition_suspended=True, completed=True,
                                  probation=Probation(kind="formal", start=date(2012, 5, 1), end=date(2015, 5, 1),
                                                      status="completed")))
    return Client(name="Synthetic Conspiracy", person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


def test_w69_03_the_window_names_the_conspiracy_as_the_engine_reads_it(qtbot, window, repo):
    client_id = repo.add_client(_conspiracy_client())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    show_active(qtbot, window)
    # The Record tab's list of cases said "BA300208 · convicted · HS 182(a)(1)/11352".
    assert view.record.cases.item(0).text() == f"BA300208 · convicted · {READ}"
    # The typed law stays in the count's own field, as typed.
    assert view.record.case_form.convictions.rows[0].offense.text() == TYPED

    view.tabs.setCurrentWidget(view.checklist)
    boxes = [box.title() for box in view.checklist.findChildren(QGroupBox) if box.title().startswith("Case ")]
    assert boxes == [f"Case BA300208: {READ}"]

    view.tabs.setCurrentWidget(view.eligibility)
    panel = view.eligibility
    qtbot.waitUntil(lambda: panel.proxy.rowCount() > 0, timeout=10_000)
    column = HEADERS.index("Conviction")
    shown = {panel.proxy.index(row, column).data() for row in range(panel.proxy.rowCount())}
    assert READ in shown and TYPED not in shown


@pytest.mark.parametrize("typed, said", [
    ("HS 182(a)(1)/11352", "PC 182(a)(1)/HS 11352 Conspiracy to commit sale or transportation of narcotics - misdemeanor (wobbler)"),
    ("PC 182/211", "PC 182/211 Conspiracy to commit robbery - misdemeanor (wobbler)"),
    ("PC 182(a)(1)", "PC 182 Conspiracy - misdemeanor (wobbler)"),  # no crime written: the row, as before
])
def test_w69_04_the_counts_reading_names_the_crime_the_conspiracy_was_to_commit(qtbot, window, repo, typed, said):
    """Typed "HS 182(a)(1)/11352", the count's line under the field read "PC 182 Conspiracy -
    felony (wobbler)": the conspiracy, but not the crime, where every page now names it."""
    _client_id, count = type_count_offense(qtbot, window, repo, "Vera Testconspiracy", typed)
    qtbot.waitUntil(lambda: "Conspiracy" in count.message.text(), timeout=5_000)
    assert count.message.text() == said
