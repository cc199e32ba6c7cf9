"""Z83-02: the attorney ticked "Registered under PC 290" on Gary's Record tab and saved; the
status bar said "Saved: Edit registrant 290 (Gary Lindqvist)", and Edit > Undo and the History
tab named the edit "registrant 290", the stored field's name, which no form shows.  It is
named now as a merge's differences name it, "PC 290 registration"; the person's other boxes
("fire camp", "trafficking survivor", "pending charges") read as before."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.model import Client, Person


def test_z83_02_the_290_box_is_named_as_the_clinic_says_it():
    from ui.client_view import edit_title
    from ui.services import where_in_record

    before = Client(name="Gary Lindqvist", person=Person(dob=date(1966, 6, 6)))
    after = copy.deepcopy(before)
    after.person.registrant_290 = True
    assert edit_title(before, after) == "Edit PC 290 registration"
    after.person.fire_camp = after.person.trafficking_survivor = True
    assert edit_title(before, after) == "Edit PC 290 registration; fire camp and more"
    assert where_in_record("person.trafficking_survivor", []) == "trafficking survivor"
    # As before for the fields named already.
    assert where_in_record("person.dob", []) == "date of birth"
    assert where_in_record("person.us_citizen", []) == "US citizen"
    assert where_in_record("cases[0].convictions[1].conviction_date", ["BA123456"]) == "Case BA123456, conviction 2, conviction date"
