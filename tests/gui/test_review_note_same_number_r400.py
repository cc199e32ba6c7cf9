"""R400-02: a review note kept unrecorded for a result of one of two cases numbered BA100001 (a
case typed twice), named by the Case column's words since K396-04, "Case BA100001 (convicted
2021-05-01, PC 459, Los Angeles County), PC 459".  Its number's typo then corrected, the note was
not followed to the case renumbered (U118-05): the cases it names were kept by the number alone,
one of the two, and the note lay in the caseload for a case no row names."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date
from types import SimpleNamespace

from ui.client_view import _ReviewNotesKept
from ui.models.determination_model import DeterminationModel
from tests.gui.test_review_queue_a29 import unsentenced


def test_r400_02_a_note_for_one_of_two_cases_of_one_number_follows_it_renumbered(repo):
    rosa = unsentenced("Rosa Díaz")
    rosa.cases[0].county = "Los Angeles"
    fresno = copy.deepcopy(rosa.cases[0])
    fresno.id, fresno.county, fresno.disposition_date = "c2", "Fresno", date(2012, 6, 1)
    for n, count in enumerate(fresno.convictions):
        count.id, count.conviction_date = f"c2-{n}", date(2012, 6, 1)
    rosa.cases.append(fresno)
    rosa.id = repo.add_client(rosa)
    model = DeterminationModel()
    model.set_screening(rosa, None)
    la = f"Case {model.case_names['c1']}"  # the Case column's words, which the note's results say
    assert la == "Case BA100001 (convicted 2021-05-01, PC 459 and PC 484, Los Angeles County)"
    view = SimpleNamespace(repo=repo, client=rosa)
    kept = _ReviewNotesKept(view)
    kept.keep(f"{la}, PC 459\nDismissal after probation (PC 1203.4)", "Checked with the DA.")

    view.client = dataclasses.replace(rosa, cases=[dataclasses.replace(rosa.cases[0], case_number="BA100007"), fresno])
    kept._shown()
    assert list(kept._notes[(repo.path, rosa.id)]) == ["Case BA100007, PC 459\nDismissal after probation (PC 1203.4)"]
