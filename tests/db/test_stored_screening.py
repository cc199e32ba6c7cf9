"""The compact stored form of a screening (db.records.stored_screening) is lossless,
and rows stored in the older FORMAT.md form are still read."""

from __future__ import annotations

import json
from datetime import date

from clinic_app.demo import generate_clients
from clinic_app.eligibility import facts_hash, screen
from clinic_app.model import Client, ClientSummary
from clinic_app.screening_format import screening_to_dict
from clinic_app.summary import summarize
from db.records import read_stored, record_labels, screening_from_stored, screening_json, stored_screening


def _screenings(n=40, as_of=date(2026, 11, 1)):
    return [screen(c.person, c.cases, as_of) for c in generate_clients(n, seed=11)]


def test_the_stored_form_gives_back_the_same_screening():
    screenings = _screenings()
    long_rows = 0
    for screening in screenings:
        text = stored_screening(screening)
        back = screening_from_stored(text)
        assert back == screening
        assert screening_to_dict(back) == screening_to_dict(screening)
        version, _, _, strings, rows, _, labels = json.loads(text)
        assert (version, labels) == (4, [])
        long_rows += sum(1 for row in rows if len(row) == 10)
        assert len(strings) == len(set(strings))  # each string written once
        assert len(text) < len(screening_json(screening))
    assert long_rows > 0  # both row forms were exercised


def _version_2(screening) -> str:
    """The stored form as Clinic Desk wrote it before the string table (version 2)."""
    rows = []
    for d in screening.results:
        reasons = [part for reason in d.reasons for part in (reason.text, reason.cite)]
        if d.mode is None and d.date is None and not d.next_steps and not d.missing_facts:
            rows.append([d.case, d.conviction, d.remedy, d.status, reasons, d.confidence])
        else:
            day = d.date.isoformat() if d.date else None
            rows.append([d.case, d.conviction, d.remedy, d.status, reasons, d.confidence, d.mode, day, d.next_steps, d.missing_facts])
    consequences = [[c.case, c.conviction, c.topic, c.text, c.cite] for c in screening.consequences]
    return json.dumps([2, screening.as_of.isoformat(), screening.rules_version, rows, consequences], ensure_ascii=False)


def test_the_stored_form_keeps_how_the_record_named_its_cases_and_convictions():
    """A stored result is shown as it was: with the court numbers and sections of the record
    it was made from, which may have lost that case since (GUI check G18-02)."""
    client = next(iter(generate_clients(1, seed=3)))
    screening = screen(client.person, client.cases, date(2026, 11, 1))
    back, labels = read_stored(stored_screening(screening, record_labels(client.cases)))
    assert back == screening
    for case in client.cases:
        assert labels[(case.id, None)] == (case.label, "(whole case)")
        for conviction in case.convictions:
            assert labels[(case.id, conviction.id)] == (case.label, conviction.citation)
    assert len(labels) == len(client.cases) + sum(len(case.convictions) for case in client.cases)


def test_a_row_in_the_version_3_form_is_still_read_without_labels():
    screening = _screenings(1)[0]
    version, *rest, _labels = json.loads(stored_screening(screening))
    assert version == 4
    assert read_stored(json.dumps([3, *rest], ensure_ascii=False)) == (screening, None)


def test_a_row_in_the_version_2_form_is_still_read():
    for screening in _screenings(10):
        assert screening_from_stored(_version_2(screening)) == screening


def test_a_row_in_the_older_format_md_form_is_still_read(repo):
    screening = _screenings(1)[0]
    assert screening_from_stored(screening_json(screening)) == screening
    client_id = repo.add_client(Client(name="Ana Ruiz"))
    repo.store_screening(client_id, screening, "facts", ClientSummary(best="blocked"))
    repo.db.conn.execute("UPDATE screenings SET result = ? WHERE client_id = ?", (screening_json(screening), client_id))
    assert repo.latest_screening(client_id).screening == screening


def test_a_batch_re_screen_reads_back_what_screen_gives(repo):
    as_of = date(2026, 11, 1)
    ids = repo.add_clients(generate_clients(15, seed=5))
    clients = [repo.get_client(i) for i in ids]
    rows = []
    for client in clients:
        result = screen(client.person, client.cases, as_of)
        rows.append((client.id, result, facts_hash(client.person, client.cases), summarize(client, result, as_of), client.cases))
    assert repo.store_screenings(rows) == 15
    for client_id, result, hashed, summary, cases in rows:
        stored = repo.latest_screening(client_id)
        assert (stored.screening, stored.facts_hash, stored.summary) == (result, hashed, summary)
        assert stored.labels == read_stored(stored_screening(result, record_labels(cases)))[1]
        assert {case for case, _conviction in stored.labels} == {case.id for case in cases}


def test_the_stored_text_is_exactly_what_the_standard_json_encoder_writes():
    """orjson writes the stored form; a caseload must hold the same bytes whichever encoder
    wrote it, so that results stay comparable and readable by any JSON reader."""
    weird = Client(name="x").person  # a screening whose texts carry quotes, escapes and accents
    from clinic_app.model import Case, Conviction

    cases = [Case(id='a "quoted" \\ case', convictions=[Conviction(id="ñ\t1\u2028", section="Ω 459\x01", code="PC", level="misdemeanor")])]
    for screening in [*_screenings(), screen(weird, cases, date(2026, 11, 1))]:
        text = stored_screening(screening)
        assert text == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":"))
