"""F65-04: two people of one name and date of birth (twins, a common name) in the caseload, each
changed on the event laptop.  The import named both laptop copies beside the first of them:
"María García, id 209 beside id 203", with 203's every case, phone and payment said to differ
and not a word of 204, whose copy it was; the merge it offered (`--into 203 --from 209`) took
the other twin's record into her.  Each copy is named beside the twin it is a copy of now."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.demo import generate_clients
from clinic_app.model import Money, Payment
from clinic_app.screening_format import client_from_request, client_to_request_dict


def _twins(repo):
    first, second = (copy.deepcopy(c) for c in generate_clients(2, seed=65))
    for twin, number in ((first, "24CJCF02163"), (second, "SA449215")):
        twin.name, twin.person.dob = "María García", date(1985, 3, 2)
        assert twin.cases, "the demo gives each a case"
        twin.cases[0].case_number = number
    second.phone = "323-555-0100"
    return repo.add_clients([first, second])


def _on_the_laptop(repo, client_id, amount):
    there = client_from_request(client_to_request_dict(repo.get_client(client_id)))
    case = there.cases[0]
    if case.money is None:
        case.money = Money(fines_ordered=500)
    case.money.record_payment(Payment(kind="fine", date=date(2026, 12, 3), amount=amount, receipt=f"TW-{amount}"))
    return there


def test_f65_04_each_twins_copy_is_named_beside_that_twin(repo):
    first, second = _twins(repo)
    result = repo.import_clients([_on_the_laptop(repo, second, 11), _on_the_laptop(repo, first, 10)])
    copy_of_second, copy_of_first = result.ids
    assert result.similar == [("María García", second, copy_of_second), ("María García", first, copy_of_first)]
    assert result.differs[copy_of_second] == ["case SA449215: 1 payment only in id "
                                              f"{copy_of_second} (fine $11 on 2026-12-03, receipt TW-11)"]


def test_f65_04_a_twin_with_no_case_number_shared_is_named_beside_the_record_it_is_most_like(repo):
    first, second = _twins(repo)
    there = _on_the_laptop(repo, second, 12)
    there.cases[0].case_number = None  # not typed on the laptop: the phone and the rest of the record tell
    result = repo.import_clients([there])
    assert result.similar == [("María García", second, result.ids[0])]


def test_f65_04_one_client_of_the_name_here_is_still_the_one_named(repo):
    (office,) = repo.add_clients([copy.deepcopy(next(iter(generate_clients(1, seed=66))))])
    there = _on_the_laptop(repo, office, 5)
    there.cases[0].case_number = "ZZ999"
    result = repo.import_clients([there])
    assert result.similar == [(there.name, office, result.ids[0])]
