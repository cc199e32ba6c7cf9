"""The FORMAT.md request reader: strict, with the path of the first bad value."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from clinic_app.eligibility.registry import REMEDY_KEYS
from clinic_app.model import Client, Money, Payment
from clinic_app.screening_format import (
    FormatError,
    check_for_screening,
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
        (["cases", 0, "sentence", "probation", "end"], "2019-13-01", "cases[0].sentence.probation.end: no such day: '2019-13-01' (there is no month 13)"),
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
        # Values no court record holds (fuzzing round): they had crashed the engine or been read wrongly.
        (["cases", 0, "sentence", "probation", "end"], "9999-12-31", "cases[0].sentence.probation.end: 9999-12-31 is not a day a court record can hold (give a date from 1900 to 2199)"),
        (["cases", 0, "convictions", 0, "conviction_date"], "0002-06-01", "cases[0].convictions[0].conviction_date: 0002-06-01 is not a day a court record can hold (give a date from 1900 to 2199)"),
        (["as_of"], "2200-01-01", "as_of: 2200-01-01 is not a day a court record can hold (give a date from 1900 to 2199)"),
        (["cases", 0, "convictions", 0, "cannabis_grams"], float("nan"), "cases[0].convictions[0].cannabis_grams: nan is not a quantity a court record can hold"),
        (["cases", 0, "convictions", 0, "cannabis_grams"], float("inf"), "cases[0].convictions[0].cannabis_grams: inf is not a quantity a court record can hold"),
        (["cases", 0, "convictions", 0, "cannabis_grams"], 10**400, "cases[0].convictions[0].cannabis_grams: 1000000000000000000000000000...00000000000000000000000000000 is not a quantity a court record can hold"),
        (["cases", 0, "money", "restitution_ordered"], 10**13, "cases[0].money.restitution_ordered: 10000000000000 is too large to be on a court record"),
        (["cases", 0, "convictions", 0, "relief_granted"], [{"remedy": "pc1203.4", "date": "2020-01-10"}], "cases[0].convictions[0].relief_granted[0].remedy: 'pc1203.4' is not one of: " + ", ".join(REMEDY_KEYS)),
        # O21-16: a case-level remedy on a count was read by nothing (an early termination so
        # recorded left probation "still running").
        (["cases", 0, "convictions", 0, "relief_granted"], [{"remedy": "pc1203_3", "date": "2018-01-10"}], "cases[0].convictions[0].relief_granted[0].remedy: pc1203_3 is not relief for one count: record an early termination as sentence.probation.early_termination"),
        (["cases", 0, "convictions", 0, "relief_granted"], [{"remedy": "pc851_91", "date": "2018-01-10"}], "cases[0].convictions[0].relief_granted[0].remedy: pc851_91 is not relief for one count: arrest sealing is for a case that ended without a conviction"),
        (["cases", 0, "convictions", 0, "conviction_date"], "1980-01-01", "cases[0].convictions[0].conviction_date: 1980-01-01 is before the date of birth 1985-04-02"),
        (["cases", 1, "arrest_date"], "1984-01-01", "cases[1].arrest_date: 1984-01-01 is before the date of birth 1985-04-02"),
        (["cases", 1, "disposition_date"], "2014-01-01", "cases[1].disposition_date: 2014-01-01 is before the arrest date 2015-01-10"),
        (["cases", 0, "id"], "A\x1b[2J", "cases[0].id: contains the control character U+001B; give plain text"),
        (["cases", 1, "jurisdiction"], "  ", "cases[1].jurisdiction: empty: CA, or the state or court the case is from"),
        # Fuzzing round 17: impossible orders that had been accepted, and invisible characters.
        (["cases", 0, "sentence", "probation", "start"], "2016-05-19", "cases[0].sentence.probation.start: 2016-05-19 is before the conviction date 2016-05-20"),
        (["cases", 0, "arrest_date"], "2016-05-21", "cases[0].convictions[0].conviction_date: 2016-05-20 is before the arrest date 2016-05-21"),
        (["cases", 0, "convictions", 0, "section"], 459.5, 'cases[0].convictions[0].section: not text: 459.5 (put the section in quotes: "459.5")'),
        (["cases", 1, "id"], "A\u200b", "cases[1].id: contains the invisible character U+200B; type the text again without it"),
        (["cases", 0, "convictions", 0, "id"], "A\u202e1", "cases[0].convictions[0].id: contains the invisible character U+202E; type the text again without it"),
        (["cases", 0, "convictions", 0, "id"], "A\u20281", "cases[0].convictions[0].id: contains a line break (U+2028); give one line of text"),
        (["as_of"], "2026-02-29", "as_of: no such day: '2026-02-29' (February 2026 has 28 days)"),
    ],
)
def test_a_bad_value_names_its_path(path, value, message):
    with pytest.raises(FormatError) as caught:
        read_request(with_change(path, value))
    assert str(caught.value) == message


def test_active_probation_cannot_also_be_revoked_and_not_reinstated():
    """Oracle finding F10: the two facts were each screened as if the other were wrong
    (early termination offered at H for a grant the record also calls revoked)."""
    doc = with_change(["cases", 0, "sentence", "probation", "violations", 0, "outcome"], "revoked")
    doc["cases"][0]["sentence"]["probation"]["status"] = "active"
    with pytest.raises(FormatError) as caught:
        read_request(doc)
    assert str(caught.value).startswith("cases[0].sentence.probation.status: 'active', but violations[0] says probation was revoked and not reinstated")
    for status in ("revoked", "completed", None):  # a revoked grant whose term was served: completed
        doc["cases"][0]["sentence"]["probation"]["status"] = status
        read_request(doc)
    doc["cases"][0]["sentence"]["probation"].update(status="active", violations=[{"date": "2017-08-01", "outcome": "reinstated"}])
    read_request(doc)


def test_missing_required_keys_are_named():
    doc = copy.deepcopy(BASE)
    del doc["cases"][0]["convictions"][0]["section"]
    with pytest.raises(FormatError, match=r"^cases\[0\]\.convictions\[0\]\.section: missing$"):
        read_request(doc)
    with pytest.raises(FormatError, match=r"^person: missing$"):
        read_request({"cases": []})


def test_a_conviction_without_its_level_is_not_guessed():
    doc = copy.deepcopy(BASE)
    del doc["cases"][0]["convictions"][0]["level"]
    with pytest.raises(FormatError, match=r"^cases\[0\]\.convictions\[0\]\.level: missing$"):
        read_request(doc)


def test_citizenship_left_out_is_unknown_not_assumed():
    doc = copy.deepcopy(BASE)
    del doc["person"]["us_citizen"]
    assert read_request(doc).person.us_citizen is None  # FORMAT.md: null -> immigration warnings
    assert read_request(BASE).person.us_citizen is True


def test_a_non_conviction_case_cannot_carry_convictions():
    doc = copy.deepcopy(BASE)
    doc["cases"][1]["convictions"] = [{"id": "B1", "section": "602", "level": "misdemeanor"}]
    with pytest.raises(FormatError, match=r"cases\[1\]\.convictions: a case with outcome 'dismissed' has no convictions"):
        read_request(doc)


def test_yaml_numbers_and_dates_are_accepted_where_they_mean_the_same():
    doc = yaml.safe_load("person: {dob: 1985-04-02}\ncases:\n  - {id: A, convictions: [{id: A1, section: 602, level: misdemeanor}]}\n")
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


def test_the_client_block_carries_the_payment_ledger_to_its_cases():
    """D23-04: `clinic-app export` wrote the totals only, so the ledger a caseload keeps (each
    payment's day, amount and receipt) was lost on the way to another caseload.  The client
    block carries it, each payment naming its case; a payment on no case is refused."""
    client = client_from_request(BASE)
    client.cases[0].money.record_payment(Payment(kind="restitution", date=date(2026, 1, 5), amount=200, receipt="R-1"))
    client.cases[0].money.record_payment(Payment(kind="fine", date=date(2026, 2, 5), amount=50))
    exported = json.loads(json.dumps(client_to_request_dict(client)))
    assert exported["client"]["payments"] == [
        {"case": "A", "kind": "restitution", "date": "2026-01-05", "amount": 200, "receipt": "R-1"},
        {"case": "A", "kind": "fine", "date": "2026-02-05", "amount": 50, "receipt": None},
    ]
    assert "payments" not in exported["cases"][0]["money"]  # the request itself is FORMAT.md's
    again = client_from_request(exported)
    assert again.cases == client.cases
    assert "payments" not in client_to_request_dict(client_from_request(BASE))["client"]  # no ledger, no key
    for entry, message in (({"case": "Z"}, r"client\.payments\[0\]\.case: no case 'Z' in cases"),
                           ({"case": "B"}, r"client\.payments\[0\]\.case: case 'B' has no money"),
                           ({"case": "A", "amount": "lots"}, r"client\.payments\[0\]\.amount: not a whole number"),
                           ({"case": "A", "paid_by": "x"}, r"client\.payments\[0\]\.paid_by: unknown key")):
        doc = copy.deepcopy(exported)
        doc["client"]["payments"] = [{**doc["client"]["payments"][0], **entry}]
        with pytest.raises(FormatError, match=message):
            client_from_request(doc)


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


# ---- reading files strictly: what json and yaml would let through is refused --------------


def write_text(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(FormatError) as caught:
        read_request(load_document(path))
    return str(caught.value)


def test_a_key_given_twice_in_json_is_named_by_its_path(tmp_path):
    text = json.dumps(BASE).replace('"us_citizen": true', '"registrant_290": false, "us_citizen": true, "registrant_290": true')
    assert load_error(write_text(tmp_path, "r.json", text)) == "person.registrant_290: the key is given twice"
    nested = json.dumps(BASE).replace('"level": "felony"', '"level": "felony", "level": "misdemeanor"')
    assert load_error(write_text(tmp_path, "n.json", nested)) == "cases[0].convictions[0].level: the key is given twice"


def test_a_key_given_twice_in_yaml_is_named_by_its_path(tmp_path):
    text = "person: {registrant_290: false, registrant_290: true}\ncases: []\n"
    assert load_error(write_text(tmp_path, "r.yaml", text)) == "person.registrant_290: the key is given twice"
    deeper = "person: {}\ncases:\n  - id: A\n    outcome: dismissed\n    outcome: convicted\n"
    assert load_error(write_text(tmp_path, "d.yaml", deeper)) == "cases[0].outcome: the key is given twice"


def test_yaml_merge_keys_still_work_and_may_be_overridden(tmp_path):
    text = (
        "person: {us_citizen: true}\n"
        "cases:\n"
        "  - id: A\n    outcome: convicted\n"
        "    convictions:\n"
        "      - &count {id: A1, section: '484(a)', level: misdemeanor, conviction_date: 2015-03-02}\n"
        "      - <<: *count\n        id: A2\n"
    )
    request = read_request(load_document(write_text(tmp_path, "m.yaml", text)))
    assert [(c.id, c.section, c.conviction_date) for c in request.cases[0].convictions] == [
        ("A1", "484(a)", date(2015, 3, 2)),
        ("A2", "484(a)", date(2015, 3, 2)),
    ]


@pytest.mark.parametrize("written", ["20150302", "2015-W10-1", "2015-061", "2015-3-2", "2015-03-02 ", "２０１５-03-02"])
def test_only_yyyy_mm_dd_is_a_date(written):
    with pytest.raises(FormatError, match=r"^person\.dob: not a date: .*YYYY-MM-DD"):
        read_request(with_change(["person", "dob"], written))


def test_an_impossible_unquoted_yaml_date_names_its_path(tmp_path):
    text = "person: {dob: 1985-02-30}\ncases: []\n"
    assert load_error(write_text(tmp_path, "r.yaml", text)) == "person.dob: no such day: '1985-02-30' (February 1985 has 28 days)"


@pytest.mark.parametrize("written", ["1985-04-02T00:00:00", "1985-04-02 10:00", "1985-04-02t10:00:00Z"])
def test_a_yaml_date_with_a_time_asks_for_the_date_alone(tmp_path, written):
    message = load_error(write_text(tmp_path, "r.yaml", f"person: {{dob: {written}}}\ncases: []\n"))
    assert message.startswith("person.dob: ") and message.endswith("has a time; give a date without a time (YYYY-MM-DD)")
    with pytest.raises(FormatError, match="give a date without a time"):
        read_request(yaml.safe_load(f"person: {{dob: {written}}}\n"))  # a datetime PyYAML built


def test_text_that_is_not_utf8_is_refused_and_a_byte_order_mark_is_accepted(tmp_path):
    latin1 = tmp_path / "r.json"
    latin1.write_bytes(json.dumps({**BASE, "client": {"name": "José"}}, ensure_ascii=False).encode("latin-1"))
    with pytest.raises(FormatError, match=r"^not UTF-8 text \(byte 0xE9 at offset [0-9,]+\)"):
        load_document(latin1)
    for name, text in (("b.json", json.dumps(BASE)), ("b.yaml", yaml.safe_dump(BASE)), ("b.req", json.dumps(BASE))):
        path = tmp_path / name
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
        assert read_request(load_document(path)) == read_request(BASE)


def test_a_number_too_long_to_read_is_named_not_a_traceback(tmp_path):
    huge = "9" * 5000
    text = json.dumps(BASE).replace('"restitution_paid": 700', f'"restitution_paid": {huge}')
    assert load_error(write_text(tmp_path, "r.json", text)) == "cases[0].money.restitution_paid: a number of 5,000 digits is too long to read"
    yaml_text = f"person: {{}}\ncases:\n  - id: A\n    outcome: convicted\n    money: {{fines_ordered: {huge}}}\n"
    assert load_error(write_text(tmp_path, "r.yaml", yaml_text)) == "cases[0].money.fines_ordered: a number of 5,000 digits is too long to read"


def test_an_empty_file_says_so(tmp_path):
    for name, text in (("e.json", ""), ("e.yaml", "\n\n"), ("e.req", "  \n"), ("c.yaml", "# nothing yet\n")):
        with pytest.raises(FormatError, match=r"^the file is empty"):
            load_document(write_text(tmp_path, name, text))


def test_json_syntax_errors_give_the_line_and_column_once(tmp_path):
    with pytest.raises(FormatError) as caught:
        load_document(write_text(tmp_path, "r.json", '{"as_of": "2026-11-15",\n "person": {,}\n}'))
    assert str(caught.value) == "not valid JSON: Expecting property name enclosed in double quotes at line 2, column 13"
    with pytest.raises(FormatError) as caught:
        load_document(write_text(tmp_path, "c.json", '{"person": "a\tb"}'))
    assert str(caught.value) == "not valid JSON: Invalid control character at column 14"


def test_a_json_looking_file_of_another_suffix_gets_json_s_complaint(tmp_path):
    with pytest.raises(FormatError, match=r"not valid JSON: Expecting property name .* at line 2, column 13$"):
        load_document(write_text(tmp_path, "r.req", '{"as_of": "2026-11-15",\n "person": {,}\n}'))
    assert load_document(write_text(tmp_path, "flow.req", "{person: {}, cases: []}")) == {"person": {}, "cases": []}


def test_a_yaml_alias_bomb_stops_fast_with_a_short_message(tmp_path):
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    bomb = write_text(tmp_path, "bomb.yaml", "\n".join(lines) + "\nperson: *a8\n")
    with pytest.raises(FormatError) as caught:
        load_document(bomb)
    assert str(caught.value) == "a5: its aliases expand to more than 100,000 values"


def test_a_yaml_anchor_inside_itself_is_refused(tmp_path):
    with pytest.raises(FormatError, match=r"^person\[0\]: an alias inside its own anchor$"):
        load_document(write_text(tmp_path, "loop.yaml", "person: &p [*p]\n"))


def test_a_bad_value_is_quoted_short_however_big_it_is():
    with pytest.raises(FormatError) as caught:
        read_request(public_requests())  # a whole file of requests where one is expected
    assert len(str(caught.value)) < 160
    with pytest.raises(FormatError) as caught:
        read_request(with_change(["person", "dob"], "x" * 100_000))
    assert len(str(caught.value)) < 160


# ---- fuzzing round (fuzz8): what passed the reader and crashed or misled the engine ----------


def test_a_case_with_no_convictions_must_say_how_it_ended():
    doc = copy.deepcopy(BASE)
    del doc["cases"][1]["outcome"]
    with pytest.raises(FormatError, match=r"^cases\[1\]\.outcome: missing: a case with no convictions must say how it ended"):
        read_request(doc)
    del doc["cases"][0]["outcome"]
    del doc["cases"][1]
    assert read_request(doc).cases[0].outcome == "convicted"  # its convictions say it


@pytest.mark.parametrize("written", ["CA", "ca", " CA ", "California"])
def test_california_however_written_is_california(written):
    assert read_request(with_change(["cases", 0, "jurisdiction"], written)).cases[0].jurisdiction == "CA"
    assert read_request(with_change(["cases", 0, "jurisdiction"], "NV")).cases[0].jurisdiction == "NV"


def test_the_first_bad_value_in_the_order_of_the_request_is_named():
    doc = with_change(["as_of"], "2026-02-30")
    doc["cases"][0]["outcome"] = "bogus"
    with pytest.raises(FormatError, match=r"^as_of: "):
        read_request(doc)
    doc = with_change(["cases", 0, "sentence", "probation", "end"], "2015-01-01")  # before its start
    doc["cases"][1]["arrest_level"] = "FELONY"
    with pytest.raises(FormatError, match=r"^cases\[0\]\.sentence\.probation\.end: "):
        read_request(doc)


def test_yaml_reads_only_plain_decimals_as_numbers(tmp_path):
    """YAML 1.1 read 010 as octal 8, 0647 as 423 and 1:30 as 90: a leading zero changed a fact."""
    request = read_request(load_document(write_text(tmp_path, "r.yaml", (
        "person: {dob: 1985-04-02}\n"
        "cases:\n  - {id: 010, case_number: 01234567, outcome: convicted, convictions: [{id: A1, section: 0647, level: misdemeanor}]}\n"))))
    case = request.cases[0]
    assert (case.id, case.case_number, case.convictions[0].section) == ("010", "01234567", "0647")
    assert "cases[0].money.fines_ordered: not a whole number: '0500'" == load_error(write_text(tmp_path, "m.yaml", (
        "person: {}\ncases:\n  - {id: A, outcome: convicted, convictions: [{id: A1, section: '602', level: misdemeanor}], money: {fines_ordered: 0500}}\n")))
    assert "not a number: '.nan'" in load_error(write_text(tmp_path, "n.yaml", (
        "person: {}\ncases:\n  - {id: A, outcome: convicted, convictions: [{id: A1, section: '11357', code: HS, level: misdemeanor, cannabis_grams: .nan}]}\n")))
    plain = read_request(load_document(write_text(tmp_path, "p.yaml", (
        "person: {}\ncases:\n  - {id: A, outcome: convicted, convictions: [{id: A1, section: 11357, code: HS, level: misdemeanor, cannabis_grams: 28.5}], money: {fines_ordered: 500}}\n"))))
    assert plain.cases[0].convictions[0].cannabis_grams == 28.5 and plain.cases[0].money.fines_ordered == 500


@pytest.mark.parametrize("tagged", ["!!bool maybe", "!!int ''", "!!float ''"])
def test_a_value_that_does_not_fit_its_yaml_tag_is_refused_not_a_traceback(tmp_path, tagged):
    path = write_text(tmp_path, "t.yaml", f"person: {{fire_camp: {tagged}}}\ncases: []\n")
    with pytest.raises(FormatError, match="not valid YAML"):
        load_document(path)


def test_a_violation_after_an_early_termination_is_refused_but_one_after_the_ordered_end_is_not():
    """Fuzzing finding: a violation dated after the court ended probation early was read, and
    made 1203.4 discretionary.  After the ordered end a revocation may still come for a
    violation during the term (PC 1203.2(a) tolling), so that stays readable."""
    doc = copy.deepcopy(BASE)
    probation = doc["cases"][0]["sentence"]["probation"]
    probation.update(early_termination="2017-01-10", violations=[{"date": "2017-08-01", "outcome": "continued"}])
    with pytest.raises(FormatError) as caught:
        read_request(doc)
    assert str(caught.value) == "cases[0].sentence.probation.violations[0].date: 2017-08-01 is after the court ended probation early on 2017-01-10"
    probation.update(early_termination=None, violations=[{"date": "2019-06-01", "outcome": "revoked"}], status="revoked")
    assert read_request(doc).cases[0].sentence.probation.violations[0].date == date(2019, 6, 1)


def test_a_sentence_with_no_judgment_date_is_still_checked_against_the_conviction_and_birth():
    doc = copy.deepcopy(BASE)
    doc["cases"][0]["sentence"] = {"type": "state_prison", "judgment_date": None, "custody": {"release_date": "2001-01-01", "supervision": "parole", "supervision_end": "2003-01-01"}}
    with pytest.raises(FormatError) as caught:
        read_request(doc)
    assert str(caught.value) == "cases[0].sentence.custody.release_date: 2001-01-01 is before the conviction date 2016-05-20"
    doc["cases"][0]["convictions"][0]["conviction_date"] = None
    doc["cases"][0]["sentence"]["custody"]["release_date"] = "1984-01-01"
    doc["cases"][0]["sentence"]["custody"]["supervision_end"] = "1986-01-01"
    with pytest.raises(FormatError, match=r"^cases\[0\]\.sentence\.custody\.release_date: 1984-01-01 is before the date of birth 1985-04-02$"):
        read_request(doc)
    doc["cases"][0]["sentence"]["judgment_date"] = "1984-12-31"
    with pytest.raises(FormatError, match=r"^cases\[0\]\.sentence\.judgment_date: 1984-12-31 is before the date of birth 1985-04-02$"):
        read_request(doc)


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda c: c["sentence"].update(custody={"release_date": "2017-01-01", "supervision": "none"}), "cases[0].sentence.custody: given, but the sentence type is probation: remove it, or correct the type"),
        (lambda c: c["sentence"].update(type="state_prison", custody={"release_date": "2017-01-01", "supervision": "parole", "supervision_end": None}), "cases[0].sentence.probation: given, but the sentence type is state_prison: remove it, or correct the type"),
        (lambda c: c["sentence"].update(type="county_jail_1170h", probation=None, custody={"release_date": "2017-01-01", "supervision": "none", "supervision_end": "2018-01-01"}), "cases[0].sentence.custody.supervision_end: 2018-01-01, but supervision is 'none': give the supervision that ended, or remove the date"),
        (lambda c: c.update(outcome="dismissed", convictions=[], arrest_date="2016-01-01"), "cases[0].sentence: a case with outcome 'dismissed' has no sentence: remove it, or record the outcome as convicted"),
    ],
)
def test_a_request_to_screen_refuses_what_the_caseload_may_hold_unfinished(change, message):
    """Fuzzing findings: a block the sentence type has no use for was dropped unread.  The
    caseload and import accept it (export must round-trip), so only a request to screen
    refuses it.  (A convicted case with no count is screened since S27-03: see below.)"""
    doc = copy.deepcopy(BASE)
    change(doc["cases"][0])
    request = read_request(doc)  # readable as a record, and importable
    assert client_from_request(doc).cases[0].outcome == request.cases[0].outcome
    with pytest.raises(FormatError) as caught:
        check_for_screening(request.cases)
    assert str(caught.value) == message


@pytest.mark.parametrize("change", [lambda c: c.update(convictions=[]), lambda c: c.pop("convictions")])
def test_a_convicted_case_listing_no_conviction_is_screened_not_refused(change):
    """S27-03: a convicted case with an empty (or absent) convictions list was refused
    ("missing: a convicted case lists its convictions"); FORMAT.md asks for convictions only
    of a convicted case and names a missing fact rather than refusing it, so it is screened,
    its case's remedies asking for the convictions."""
    doc = copy.deepcopy(BASE)
    change(doc["cases"][0])
    request = read_request(doc)
    check_for_screening(request.cases)  # nothing raised


def test_a_tab_in_text_is_spacing_not_a_control_character():
    doc = copy.deepcopy(BASE)
    doc["cases"][0]["conditions"] = [{"kind": "class", "label": "Anger management\t(26 sessions)", "required": 26, "done": 3}]
    assert read_request(doc).cases[0].conditions[0].label == "Anger management\t(26 sessions)"
    doc["cases"][0]["conditions"][0]["label"] = "Anger\nmanagement"
    with pytest.raises(FormatError, match=r"conditions\[0\]\.label: contains the control character U\+000A"):
        read_request(doc)


def test_the_client_block_carries_attorney_reviews_checked_like_the_rest():
    """D23-12: the reviews an attorney recorded on an event laptop were not in the export,
    so the merge lost them.  `client.reviews` carries them; a bad one is named by its path."""
    from clinic_app.screening_format import ExportedReview, client_and_reviews_from_request

    client = client_from_request(BASE)
    review = ExportedReview(case="A", conviction=None, remedy="pc1203_4", reviewer="atty", at="2026-11-30T18:05:00+00:00", note="ok")
    exported = json.loads(json.dumps(client_to_request_dict(client, reviews=[review])))
    assert exported["client"]["reviews"] == [{"case": "A", "conviction": None, "remedy": "pc1203_4", "reviewer": "atty",
                                              "at": "2026-11-30T18:05:00+00:00", "note": "ok"}]
    again, reviews = client_and_reviews_from_request(exported)
    assert again == client and reviews == [review]
    assert client_from_request(exported) == client  # (screening and a plain read set them aside)
    assert "reviews" not in client_to_request_dict(client)["client"]  # no reviews, no key
    for entry, message in (({"at": "yesterday"}, r"client\.reviews\[0\]\.at: not a date and time"),
                           ({"reviewer": None}, r"client\.reviews\[0\]\.reviewer: must not be null"),
                           ({"signed": True}, r"client\.reviews\[0\]\.signed: unknown key")):
        doc = copy.deepcopy(exported)
        doc["client"]["reviews"] = [{**doc["client"]["reviews"][0], **entry}]
        with pytest.raises(FormatError, match=message):
            client_and_reviews_from_request(doc)
    doc = copy.deepcopy(exported)
    del doc["client"]["reviews"][0]["remedy"]
    with pytest.raises(FormatError, match=r"client\.reviews\[0\]\.remedy: missing"):
        client_from_request(doc)
