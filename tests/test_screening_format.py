"""The FORMAT.md request reader: strict, with the path of the first bad value."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from clinic_app.model import Client, Money, Payment
from clinic_app.screening_format import (
    FormatError,
    client_from_request,
    client_to_request_dict,
    load_document,
    read_request,
    request_to_dict,
    screening_from_dict,
    screening_to_dict,
)

CASES = Path(__file__).parent / "acceptance" / "cases-public.yaml"
SHARED_CASES = Path(__file__).resolve().parents[2] / "shared" / "screening" / "cases-public.yaml"


def public_requests() -> list[dict]:
    source = CASES if CASES.exists() else SHARED_CASES
    return [item["request"] for item in yaml.safe_load(source.read_text(encoding="utf-8"))]


BASE = {
    "as_of": "2026-11-15",
    "person": {"dob": "1985-04-02", "us_citizen": True},
    "cases": [
        {
            "id": "A",
            "outcome": "convicted",
            "convictions": [{"id": "A1", "code": "PC", "section": "459", "level": "felony", "conviction_date": "2016-05-20"}],
            "sentence": {
                "type": "probation",
                "judgment_date": "2016-05-20",
                "probation": {"kind": "formal", "start": "2016-05-20", "end": "2019-05-20", "violations": [{"date": "2017-08-01", "outcome": "reinstated"}]},
            },
            "money": {"restitution_ordered": 1500, "restitution_paid": 700},
        },
        {"id": "B", "outcome": "dismissed", "arrest_date": "2015-01-10", "arrest_level": "misdemeanor", "arrest_offenses": [{"code": "PC", "section": "602"}]},
    ],
}


def with_change(path: list, value) -> dict:
    """BASE with one value replaced, addressed by a list of keys and indexes."""
    doc = copy.deepcopy(BASE)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def test_every_public_case_reads_and_round_trips():
    requests = public_requests()
    assert len(requests) >= 36
    for raw in requests:
        request = read_request(raw)
        again = read_request(json.loads(json.dumps(request_to_dict(request))))
        assert again == request


def test_reads_nested_facts_into_the_domain_model():
    request = read_request(BASE)
    case = request.cases[0]
    assert request.as_of == date(2026, 11, 15)
    assert case.convictions[0].citation == "PC 459"
    assert case.sentence.probation.end == date(2019, 5, 20)
    assert case.sentence.probation.violations[0].outcome == "reinstated"
    assert case.money.restitution_owed == 800
    assert request.cases[1].arrest_offenses[0].section == "602"


@pytest.mark.parametrize(
    "path, value, message",
    [
        (["cases", 0, "sentence", "probation", "end"], "2019-13-01", "cases[0].sentence.probation.end: not a date: '2019-13-01'"),
        (["cases", 0, "sentence", "probation", "end"], "2015-01-01", "cases[0].sentence.probation.end: 2015-01-01 is before the start 2016-05-20"),
        (["cases", 0, "convictions", 0, "level"], "petty", "cases[0].convictions[0].level: 'petty' is not one of: felony, misdemeanor, infraction"),
        (["cases", 0, "money", "restitution_paid"], -5, "cases[0].money.restitution_paid: negative: -5"),
        (["cases", 0, "money", "restitution_paid"], "700", "cases[0].money.restitution_paid: not a whole number: '700'"),
        (["person", "registrant_290"], "no", "person.registrant_290: not true or false: 'no'"),
        (["person", "shoe_size"], 9, "person.shoe_size: unknown key"),
        (["cases", 1, "outcome"], "won", "cases[1].outcome: 'won' is not one of: convicted, dismissed, acquitted, no_charges_filed, diversion_completed, pending"),
        (["cases", 1, "id"], "A", "cases[1].id: duplicate case id 'A'"),
        (["cases", 0, "sentence", "probation", "violations", 0, "outcome"], "forgiven", "cases[0].sentence.probation.violations[0].outcome: 'forgiven' is not one of: continued, reinstated, revoked"),
        (["cases", 0, "convictions"], "459", "cases[0].convictions: not a list: '459'"),
        (["surprise"], 1, "surprise: unknown key"),
    ],
)
def test_a_bad_value_names_its_path(path, value, message):
    with pytest.raises(FormatError) as caught:
        read_request(with_change(path, value))
    assert str(caught.value) == message


def test_missing_required_keys_are_named():
    doc = copy.deepcopy(BASE)
    del doc["cases"][0]["convictions"][0]["section"]
    with pytest.raises(FormatError, match=r"^cases\[0\]\.convictions\[0\]\.section: missing$"):
        read_request(doc)
    with pytest.raises(FormatError, match=r"^person: missing$"):
        read_request({"cases": []})


def test_a_non_conviction_case_cannot_carry_convictions():
    doc = copy.deepcopy(BASE)
    doc["cases"][1]["convictions"] = [{"id": "B1", "section": "602"}]
    with pytest.raises(FormatError, match=r"cases\[1\]\.convictions: a case with outcome 'dismissed' has no convictions"):
        read_request(doc)


def test_yaml_numbers_and_dates_are_accepted_where_they_mean_the_same():
    doc = yaml.safe_load("person: {dob: 1985-04-02}\ncases:\n  - {id: A, convictions: [{id: A1, section: 602}]}\n")
    request = read_request(doc)
    assert request.person.dob == date(1985, 4, 2)
    assert request.cases[0].convictions[0].section == "602"


def test_the_client_block_round_trips_through_export_and_import():
    client = client_from_request(BASE)
    assert client.name == "Unnamed client"
    named = Client(name="María José Núñez", aliases=["Maria Nunez"], language="es", event="Fair 2026", person=client.person, cases=client.cases)
    exported = json.loads(json.dumps(client_to_request_dict(named)))
    again = client_from_request(exported)
    assert (again.name, again.aliases, again.language, again.event) == ("María José Núñez", ["Maria Nunez"], "es", "Fair 2026")
    assert again.cases == named.cases
    with pytest.raises(FormatError, match=r"^client\.id: unknown key$"):
        client_from_request({**exported, "client": {**exported["client"], "id": 3}})


def test_the_payment_ledger_is_the_caseload_s_own_and_not_part_of_a_request():
    money = Money(restitution_ordered=1500, restitution_paid=0)
    money.record_payment(Payment(kind="restitution", date=date(2026, 1, 5), amount=200, receipt="R-1"))
    money.record_payment(Payment(kind="fine", date=date(2026, 2, 5), amount=50))
    assert (money.restitution_paid, money.fines_paid, money.restitution_owed) == (200, 50, 1300)
    doc = copy.deepcopy(BASE)
    doc["cases"][0]["money"]["payments"] = []
    with pytest.raises(FormatError, match=r"cases\[0\]\.money\.payments: unknown key"):
        read_request(doc)


def test_results_round_trip():
    result = {
        "as_of": "2026-11-15",
        "rules_version": "2026.11",
        "results": [
            {"case": "A", "conviction": "A1", "remedy": "pc1203_4", "status": "eligible", "mode": "mandatory", "date": None,
             "reasons": [{"text": "Probation was completed on 2019-05-20.", "cite": "PC 1203.4(a)(1)"}],
             "next_steps": ["File form CR-180."], "missing_facts": [], "confidence": "H"}
        ],
        "consequences": [{"case": "A", "conviction": "A1", "topic": "firearms", "text": "...", "cite": "PC 29800"}],
    }
    assert screening_to_dict(screening_from_dict(result)) == result


def test_documents_load_from_json_and_yaml(tmp_path):
    (tmp_path / "r.json").write_text(json.dumps(BASE), encoding="utf-8")
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(BASE), encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    assert read_request(load_document(tmp_path / "r.json")) == read_request(load_document(tmp_path / "r.yaml"))
    with pytest.raises(FormatError, match="not valid JSON"):
        load_document(tmp_path / "bad.json")
