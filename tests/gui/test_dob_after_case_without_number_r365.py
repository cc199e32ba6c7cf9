"""R365-01: a client's two cases typed without a court number, listed on the Record tab as
"(case c1) · convicted 2021-05-01 ..." and "(case c3) · convicted 2019-06-01 ... Fresno County"
(the case between them removed), and a date of birth typed after the second's conviction: beside
Date of birth "After Case 2, conviction 1, conviction date (2019-06-01)" and in the header "Cannot
save: Case 2, ...", a case 2 the list shows nowhere, where History, Edit > Undo and the
other-desk warning name the case by what its record holds (K341, K363)."""

from __future__ import annotations

import copy
from datetime import date

from tests.gui.conftest import open_on_record, probation_client
from tests.gui.test_client_header_narrowed_r78 import _type_dob


def test_r365_01_a_date_of_birth_after_a_case_without_a_number_names_it_as_the_list_does(qtbot, window, repo):
    client = probation_client("Bea Sinnum", case_number=None)
    fresno = copy.deepcopy(client.cases[0])
    fresno.id, fresno.county, fresno.convictions[0].id = "c3", "Fresno", "c3-1"
    fresno.disposition_date = fresno.convictions[0].conviction_date = fresno.sentence.probation.start = date(2019, 6, 1)
    client.cases.append(fresno)
    _client_id, _form = open_on_record(window, repo, client)
    view = window.client_view
    listed = view.record.cases.item(1).text()
    assert listed.startswith("(case c3) · convicted 2019-06-01")
    _type_dob(qtbot, view, "2020-03-14")
    row = "Case c3 (convicted 2019-06-01, PC 459, Fresno County), conviction 1"
    named = f"{row}, Convicted"  # the field by its label on the Record tab (K425-01)
    assert view.record.person.rows["dob"].message.text() == f"After {named} (2019-06-01)"
    assert view.save_reason.text() == f"Cannot save: {named}: 2019-06-01 is before the date of birth 2020-03-14"
    # Both before it: how many, and the earliest, named alike.
    _type_dob(qtbot, view, "2022-01-01")
    assert view.record.person.rows["dob"].message.text() == f"After 2 counts' conviction days, the earliest {row}, Convicted (2019-06-01)"
