"""K129-04: a prison term taken in at intake keeps the end of the supervision after release
with its kind not asked (E29-05).  The checklist gave that supervision no name, so it was left
out: a client on parole (or PRCS) to 2027 saw only "Released from custody 2024-02-01", ticked,
and nothing still to finish; the caseload list's "waiting for" had nothing to count."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist, outstanding, waiting_for
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

AS_OF = date(2026, 12, 6)


def _prison_client(end: date | None) -> Client:
    return Client(name="Ciro Testparole", person=Person(dob=date(1985, 3, 1)), cases=[Case(
        id="c1", case_number="BA300003", disposition_date=date(2019, 8, 1),
        convictions=[Conviction(id="c1-1", code="PC", section="245(a)(4)", level="felony", conviction_date=date(2019, 8, 1))],
        sentence=Sentence(type="state_prison", judgment_date=date(2019, 8, 1),
                          custody=Custody(release_date=date(2024, 2, 1), supervision_end=end)))])


def test_k129_04_a_supervision_of_no_recorded_kind_is_still_to_finish():
    labels = [(item.label, item.done) for item in checklist(_prison_client(date(2027, 2, 1)), AS_OF)]
    assert labels == [("Released from custody 2024-02-01", True), ("Supervision ends 2027-02-01 (57 days left)", False)]
    (short,) = outstanding(_prison_client(date(2027, 2, 1)), AS_OF)
    assert short == "supervision to 2027-02-01"
    assert waiting_for(short) == "custody or supervision"


def test_k129_04_ended_is_done_and_no_end_at_all_asks_nothing_new():
    labels = [(item.label, item.done) for item in checklist(_prison_client(date(2025, 2, 1)), AS_OF)]
    assert labels == [("Released from custody 2024-02-01", True), ("Supervision ended 2025-02-01", True)]
    # No kind and no end: the parole or PRCS after prison is asked, as the screening asks its end
    # for PC 1203.41 (H428-01; it had listed nothing).
    assert [item.label for item in checklist(_prison_client(None), AS_OF)] == [
        "Released from custody 2024-02-01", "Parole or PRCS after release: end date unknown"]

