"""K85-06: a pending case whose number was left blank was "Pending case c2 must be resolved
first" on the Checklist and the worksheet, and "pending case c2" on the caseload line's
Outstanding: which case is c2?  It is named by what its record holds, as the Checklist's box and
the window's lists name it; a numbered pending case reads as before."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist, outstanding
from clinic_app.model import ArrestOffense, Case, Client, Person

AS_OF = date(2026, 12, 4)


def _pending() -> Client:
    return Client(name="Pía Pendiente", person=Person(dob=date(1979, 9, 9)),
                  cases=[Case(id="c1", case_number="25CR777", outcome="pending", arrest_date=date(2025, 3, 1)),
                         Case(id="c2", outcome="pending", arrest_date=date(2025, 6, 2), county="Kern",
                              arrest_offenses=[ArrestOffense("459")])])


def test_k85_06_a_pending_case_left_blank_is_named_by_what_its_record_holds():
    labels = [item.label for item in checklist(_pending(), AS_OF) if item.kind == "pending_case"]
    # Nothing on this record ended in a conviction: the open cases hold up nothing else (J119-03).
    assert labels == ["Pending case 25CR777 is still open: screen it again when it ends",
                      "Pending case c2 (PC 459, arrested 2025-06-02, Kern County) is still open: screen it again when it ends"]
    short = outstanding(_pending(), AS_OF)
    assert "pending case 25CR777" in short and "pending case c2 (arrested 2025-06-02, PC 459, Kern County)" in short, short
