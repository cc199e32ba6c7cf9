"""The `clinic-app` command, run as a user runs it: a separate process, checking output and exit status."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from clinic_app import cli
from clinic_app.demo import generate_clients
from clinic_app.model import Client, Person
from clinic_app.screening_format import client_to_request_dict
from db.repository import Repository
from tests.cli.ctrl_c import ctrl_c_heard
from tests.cli.forty_demo_clients import forty_demo_clients
from tests.cli.program_in_process import run_in_process
from tests.made_once import made_once

ROOT = Path(__file__).resolve().parents[2]


def clinic_app(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`clinic-app ARGS`: what it prints and its exit status, run in this process
    (tests/cli/program_in_process.py says what it keeps of a process, and what stays one)."""
    return run_in_process(list(map(str, args)), env={"CLINIC_DESK_USER": "cli-test"}, cwd=cwd)


def clinic_app_process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`clinic-app ARGS` as a separate process, `python -m clinic_app`: for what needs the
    process itself (its start-up, the window), and one test of each command at least."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test"}
    return subprocess.run([sys.executable, "-m", "clinic_app", *map(str, args)], capture_output=True, text=True, env=env, cwd=cwd or ROOT, timeout=120)


def clinic_app_with_passphrase(*args, passphrase: str | None = None) -> subprocess.CompletedProcess:
    """`clinic-app ARGS` with no terminal to ask at: the passphrase given by
    CLINIC_DESK_PASSPHRASE when `passphrase` is, and none inherited from the test's own
    environment otherwise."""
    return run_in_process(list(map(str, args)), env={"CLINIC_DESK_USER": "cli-test", "CLINIC_DESK_PASSPHRASE": passphrase})


def clinic_app_process_with_passphrase(*args, passphrase: str | None = None) -> subprocess.CompletedProcess:
    """clinic_app_with_passphrase as a separate process, its standard input /dev/null."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test"}
    env.pop("CLINIC_DESK_PASSPHRASE", None)
    if passphrase is not None:
        env["CLINIC_DESK_PASSPHRASE"] = passphrase
    return subprocess.run([sys.executable, "-m", "clinic_app", *map(str, args)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120, stdin=subprocess.DEVNULL)


def commands_joined(examples: str) -> str:
    """A --help's examples with each command on one line: a long one is continued on the
    next, after "&&" or the shell's " \\", to fit an 80-column terminal (J59-03)."""
    import re

    return re.sub(r" \\\n\s+", " ", re.sub(r" &&\n\s+", " && ", examples))


def assert_plain_error(result: subprocess.CompletedProcess, status: int, *phrases: str) -> None:
    """One line on stderr, no traceback, the given exit status, and the phrases in it."""
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("clinic-app")
    for phrase in phrases:
        assert phrase in result.stderr


def assert_import_refused(tmp_path: Path, records: list[dict], *phrases: str) -> None:
    """`clinic-app import` of `records` (one JSON line each) into an empty caseload refuses
    the whole file, in one plain line with `phrases` in it, and adds nobody."""
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload):
        pass
    assert_plain_error(clinic_app("import", path, "--db", caseload), 2, *phrases, "none of its 2 clients was added")
    with Repository.open(caseload) as repo:
        assert repo.count_clients() == 0


def listing(path: Path) -> list:
    """The caseload list, read in-process (cheaper than another `clinic-app list`)."""
    with Repository.open(path) as repo:
        return repo.list_clients()


@pytest.fixture
def demo_db(tmp_path):
    """A caseload of 40 demo clients, written in-process (the `demo` command has its own test):
    made once a test process and copied into the test's folder (tests/made_once.py), a file of
    its own; made anew for each of its ~60 tests, its new file's migrations and syncs and its 40
    clients were ~0.2 s of each one's set-up (S433-02)."""
    (path,) = made_once(forty_demo_clients, tmp_path)
    return path


def test_demo_writes_synthetic_clients(tmp_path):
    path = tmp_path / "caseload.sqlite"
    result = clinic_app("demo", "--db", path, "--clients", 40, "--seed", 5)
    assert result.returncode == 0, result.stderr
    assert "Added 40 synthetic clients (ids 1-40)" in result.stdout
    with Repository.open(path) as repo:
        assert [c.name for c in repo.iter_clients()] == [c.name for c in generate_clients(40, seed=5)]


def test_demo_does_not_mix_synthetic_clients_into_a_caseload_with_clients_unless_asked(demo_db):
    """`clinic-app demo` without --db went into the clinic's own caseload, where synthetic
    people cannot be told from real ones later (storage check D21)."""
    refused = clinic_app("demo", "--db", demo_db, "--clients", 3)
    assert refused.returncode == 2 and refused.stdout == ""
    assert "already has 40 clients" in refused.stderr and "--mix" in refused.stderr
    with Repository.open(demo_db) as repo:
        assert repo.count_clients() == 40
    mixed = clinic_app("demo", "--db", demo_db, "--clients", 3, "--mix")
    assert mixed.returncode == 0, mixed.stderr
    with Repository.open(demo_db) as repo:
        assert repo.count_clients() == 43


def test_list_prints_id_name_and_birth_date_one_per_line(demo_db):
    result = clinic_app("list", "--db", demo_db)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and len(lines) == 40
    with Repository.open(demo_db) as repo:
        expected = {f"{row.id}\t{row.name}\t{row.dob.isoformat()}" for row in repo.list_clients()}
    assert set(lines) == expected


def test_list_json_and_search_fold_accents(demo_db):
    with Repository.open(demo_db) as repo:
        accented = next(c for c in repo.iter_clients() if any(ch in c.name for ch in "áéíóúñÁÉÍÓÚÑ"))
    plain_word = accented.name.split()[-1].translate(str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN"))[:4]
    result = clinic_app("--db", demo_db, "list", "--json", "--search", plain_word)
    found = [json.loads(line) for line in result.stdout.splitlines()]
    assert accented.id in {f["id"] for f in found}
    assert set(found[0]) == {"id", "name", "dob", "file_on"}  # file_on: L51


def test_export_then_import_gives_the_same_client(tmp_path, demo_db):
    exported = clinic_app("export", "--db", demo_db, "--client", 7)
    assert exported.returncode == 0, exported.stderr
    request = json.loads(exported.stdout)
    assert set(request) == {"person", "cases", "client"}
    (tmp_path / "one.json").write_text(exported.stdout, encoding="utf-8")
    other = tmp_path / "other.sqlite"
    imported = clinic_app("import", tmp_path / "one.json", "--db", other)
    assert imported.returncode == 0 and "Imported 1 client (id 1)" in imported.stdout
    assert clinic_app("export", "--db", other, "--client", 1).stdout == exported.stdout


@pytest.mark.parametrize("name", ["one.jsonl", "one.ndjson"])
def test_one_client_exported_to_a_json_lines_name_imports(tmp_path, demo_db, name):
    """D23C-01: `export --client ID --out x.jsonl` wrote the request indented (one JSON
    document), which `import x.jsonl` refused as "line 1: not valid JSON".  Such a file, made
    by --out or by `> x.jsonl`, is read as the one request it is."""
    shown = clinic_app("export", "--db", demo_db, "--client", 7)
    written = tmp_path / name
    assert clinic_app("export", "--db", demo_db, "--client", 7, "--out", written).returncode == 0
    assert written.read_text(encoding="utf-8") == shown.stdout and len(shown.stdout.splitlines()) > 1
    redirected = tmp_path / f"redirected{written.suffix}"
    redirected.write_text(shown.stdout, encoding="utf-8")
    for n, source in enumerate((written, redirected)):
        other = tmp_path / f"other{n}.sqlite"
        imported = clinic_app("import", source, "--db", other)
        assert imported.returncode == 0 and f"Imported 1 client (id 1) from {source}." in imported.stdout, imported.stderr
        assert clinic_app("export", "--db", other, "--client", 1).stdout == shown.stdout


def test_a_clinic_events_clients_go_to_another_caseload_by_export_and_import(tmp_path, demo_db):
    with Repository.open(demo_db) as repo:
        event = repo.events()[0]
        expected = sorted((row.name, row.case_count) for row in repo.list_clients() if row.event == event)
    exported = clinic_app("export", "--db", demo_db, "--event", event)
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == len(expected) > 0
    (tmp_path / "day.jsonl").write_text(exported.stdout, encoding="utf-8")
    laptop = tmp_path / "clinic.sqlite"
    imported = clinic_app("import", tmp_path / "day.jsonl", "--db", laptop)
    assert imported.returncode == 0 and f"Imported {len(expected)} client" in imported.stdout
    with Repository.open(laptop) as repo:
        assert sorted((row.name, row.case_count) for row in repo.list_clients()) == expected
        assert repo.events() == [event]
    assert_plain_error(clinic_app("export", "--db", demo_db, "--event", "No Such Day"), 2, "no client is in the event")
    assert clinic_app("export", "--db", demo_db).returncode == 2  # --client or --event, one of them


def test_the_end_of_day_merge_keeps_every_field_of_every_client_and_the_payment_ledger(tmp_path):
    """D23-04: the export carried a request's totals only, so the merge of an event laptop's
    clients lost every dated payment and receipt the volunteers recorded (and what a
    screening of an earlier day reads from them).  Every client of the event comes back
    whole, ids aside."""
    from dataclasses import replace

    event_laptop = tmp_path / "event.sqlite"
    with Repository.open(event_laptop) as repo:
        repo.add_clients(generate_clients(120, seed=7))
        event = repo.events()[0]
        expected = [replace(repo.get_client(row.id), id=None) for row in repo.list_clients(event=event)]
    assert sum(len(case.money.payments) for c in expected for case in c.cases if case.money) > 10
    exported = clinic_app("export", "--db", event_laptop, "--event", event)
    assert exported.returncode == 0, exported.stderr
    (tmp_path / "day.jsonl").write_text(exported.stdout, encoding="utf-8")
    clinic = tmp_path / "clinic.sqlite"
    assert clinic_app("import", tmp_path / "day.jsonl", "--db", clinic).returncode == 0
    with Repository.open(clinic) as repo:
        assert [replace(c, id=None) for c in repo.iter_clients()] == expected


def test_import_accepts_lists_yaml_and_json_lines(tmp_path, demo_db):
    with Repository.open(demo_db) as repo:
        requests = [client_to_request_dict(repo.get_client(n)) for n in (1, 2, 3)]
    (tmp_path / "many.json").write_text(json.dumps(requests), encoding="utf-8")
    (tmp_path / "many.jsonl").write_text("\n".join(json.dumps(r) for r in requests) + "\n\n", encoding="utf-8")
    (tmp_path / "one.yaml").write_text("person:\n  dob: 1990-05-04\ncases: []\nclient:\n  name: Yolanda Peña\n  language: es\n", encoding="utf-8")
    for name, said in (("many.json", "3 clients"), ("many.jsonl", "3 clients"), ("one.yaml", "1 client")):
        result = clinic_app("import", tmp_path / name, "--db", tmp_path / f"{name}.sqlite")
        assert result.returncode == 0, result.stderr
        assert f"Imported {said} (" in result.stdout
    with Repository.open(tmp_path / "one.yaml.sqlite") as repo:
        assert repo.get_client(1).name == "Yolanda Peña" and repo.get_client(1).language == "es"
        assert repo.history(1)[0].user == "cli-test"


def test_a_json_lines_file_saved_on_windows_imports(tmp_path, demo_db):
    """D23-05: a .jsonl file saved by Windows Notepad (a byte-order mark, CRLF line ends) was
    refused as "line 1: not valid JSON: Unexpected UTF-8 BOM"; one saved as UTF-16 is named so."""
    with Repository.open(demo_db) as repo:
        requests = [client_to_request_dict(repo.get_client(n)) for n in (1, 2)]
    text = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in requests) + "\r\n"
    (tmp_path / "notepad.jsonl").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = clinic_app("import", tmp_path / "notepad.jsonl", "--db", tmp_path / "laptop.sqlite")
    assert result.returncode == 0, result.stderr
    assert "Imported 2 clients (ids 1-2)" in result.stdout
    with Repository.open(tmp_path / "laptop.sqlite") as repo:
        assert [c.name for c in repo.iter_clients()] == [r["client"]["name"] for r in requests]
    (tmp_path / "unicode.jsonl").write_bytes(text.encode("utf-16"))
    assert_plain_error(clinic_app("import", tmp_path / "unicode.jsonl", "--db", tmp_path / "laptop.sqlite"), 2,
                       "not UTF-8 text", "save it as UTF-8")


def test_a_big_import_shows_its_progress_and_a_small_one_says_no_more_than_before(tmp_path):
    """D23-07: a file of 30,000 clients took a minute to check and store with not a word on
    standard error (a re-screen shows a bar).  From `IMPORT_PROGRESS_FROM` clients on, both
    steps show theirs; a small file's import still prints nothing there."""
    many = cli.IMPORT_PROGRESS_FROM
    lines = [json.dumps({"person": {"dob": "1980-01-01"}, "cases": [], "client": {"name": f"Walk In {n}"}}) for n in range(many)]
    (tmp_path / "big.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = clinic_app("import", tmp_path / "big.jsonl", "--db", tmp_path / "big.sqlite")
    assert result.returncode == 0, result.stderr
    assert f"checking: {many:,}/{many:,} done" in result.stderr and f"importing: {many:,}/{many:,} done" in result.stderr
    (tmp_path / "small.jsonl").write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    result = clinic_app("import", tmp_path / "small.jsonl", "--db", tmp_path / "small.sqlite")
    assert result.returncode == 0 and result.stderr == ""


def test_an_events_export_saved_as_json_imports_as_json_lines(tmp_path, demo_db):
    """D23-08: `clinic-app export --event NAME > day.json` (or .ndjson, .txt), then `import
    day.json`, was refused as "not valid JSON: Extra data at line 2" of the very file export
    wrote.  One request a line is read as JSON Lines whatever the name; a file that is not
    JSON Lines either keeps its own error."""
    with Repository.open(demo_db) as repo:
        event = repo.events()[0]
        expected = sorted(row.name for row in repo.list_clients(event=event))
    exported = clinic_app("export", "--db", demo_db, "--event", event)
    assert len(exported.stdout.splitlines()) >= 2
    for name in ("day.json", "day.ndjson", "day.txt"):
        (tmp_path / name).write_text(exported.stdout, encoding="utf-8")
        result = clinic_app("import", tmp_path / name, "--db", tmp_path / f"{name}.sqlite")
        assert result.returncode == 0, result.stderr
        with Repository.open(tmp_path / f"{name}.sqlite") as repo:
            assert sorted(row.name for row in repo.list_clients()) == expected
    (tmp_path / "broken.json").write_text('{"person": {}}\n{"person": \n', encoding="utf-8")
    assert_plain_error(clinic_app("import", tmp_path / "broken.json", "--db", demo_db), 2, "not valid JSON: Extra data at line 2")


def test_an_export_redirected_on_a_windows_code_page_is_utf8_and_imports(tmp_path):
    """D23-10: redirected to a file on Windows, standard output writes cp1252: `export --event
    > day.jsonl` stopped with a traceback at "Nguyễn", and "María" came out as bytes `import`
    refuses as not UTF-8.  (PYTHONIOENCODING=cp1252 makes Python write as Windows does.)"""
    from clinic_app.model import Client

    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        repo.add_clients([Client(name="María Núñez", event="Feria"), Client(name="Nguyễn Văn An", event="Feria")])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test", "PYTHONIOENCODING": "cp1252"}
    with open(tmp_path / "day.jsonl", "wb") as out:
        exported = subprocess.run([sys.executable, "-m", "clinic_app", "export", "--db", str(laptop), "--event", "Feria"],
                                  stdout=out, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT, timeout=120)
    assert exported.returncode == 0 and exported.stderr == ""
    listed = subprocess.run([sys.executable, "-m", "clinic_app", "list", "--db", str(laptop)],
                            capture_output=True, env=env, cwd=ROOT, timeout=120)
    assert listed.returncode == 0 and "Nguyễn Văn An".encode() in listed.stdout
    imported = clinic_app("import", tmp_path / "day.jsonl", "--db", tmp_path / "clinic.sqlite")
    assert imported.returncode == 0, imported.stderr
    with Repository.open(tmp_path / "clinic.sqlite") as repo:
        assert [c.name for c in repo.iter_clients()] == ["María Núñez", "Nguyễn Văn An"]


def test_notes_with_unicode_line_separators_survive_the_end_of_day_merge(tmp_path):
    """D23-11: a client's notes may hold U+2028 or U+2029 (the reader allows them there); the
    export writes them as they are, inside one line, and import split the line at them, so
    the whole day's file was refused as "not valid JSON: Unterminated string"."""
    from clinic_app.model import Client

    notes = "llamar el lunes\u2028trae recibos\u2029fin"
    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        repo.add_clients([Client(name="Ana Nota", event="Feria", notes=notes), Client(name="Beto Base", event="Feria")])
    exported = clinic_app("export", "--db", laptop, "--event", "Feria")
    (tmp_path / "day.jsonl").write_text(exported.stdout, encoding="utf-8", newline="")
    imported = clinic_app("import", tmp_path / "day.jsonl", "--db", tmp_path / "clinic.sqlite")
    assert imported.returncode == 0, imported.stderr
    with Repository.open(tmp_path / "clinic.sqlite") as repo:
        assert [(c.name, c.notes) for c in repo.iter_clients()] == [("Ana Nota", notes), ("Beto Base", "")]


def test_importing_the_same_clients_again_skips_them_and_names_likely_matches(tmp_path, demo_db):
    with Repository.open(demo_db) as repo:
        clients = [repo.get_client(n) for n in (1, 2, 3)]
    requests = [client_to_request_dict(c) for c in clients]
    changed = client_to_request_dict(clients[0])
    changed["cases"] = []  # the same person, with another record
    changed["client"].pop("payments", None)  # (and no ledger of the cases taken out)
    (tmp_path / "day.jsonl").write_text("\n".join(json.dumps(r) for r in requests) + "\n", encoding="utf-8")
    (tmp_path / "again.jsonl").write_text("\n".join(json.dumps(r) for r in [*requests, requests[1], changed]) + "\n", encoding="utf-8")
    target = tmp_path / "target.sqlite"
    first = clinic_app("import", tmp_path / "day.jsonl", "--db", target)
    assert first.returncode == 0 and "Imported 3 clients (ids 1-3)" in first.stdout and "Skipped" not in first.stdout
    again = clinic_app("import", tmp_path / "again.jsonl", "--db", target)
    assert again.returncode == 0, again.stderr
    assert "Imported 1 client (id 4)" in again.stdout
    assert f"Skipped 4 clients already in the caseload with the same record: {clients[0].name} (id 1), {clients[1].name} (id 2), {clients[2].name} (id 3), {clients[1].name} (id 2)." in again.stdout
    assert f"Check 1 client who shares a name and date of birth with a client already here, but not the record: {clients[0].name} (ids 1 and 4)." in again.stdout
    with Repository.open(target) as repo:
        assert repo.count_clients() == 4 and repo.get_client(4).cases == []


@pytest.mark.parametrize(
    "name, content, where",
    [
        ("bad.json", '[{"person": {}}, {"person": {"dob": "2019-13-01"}}]', "bad.json: [1].person.dob: no such day: '2019-13-01' (there is no month 13)"),
        ("bad.jsonl", '{"person": {}}\n\n{"person": {}, "cases": [{"id": "a", "outcome": "won"}]}\n', "bad.jsonl: line 3: cases[0].outcome: 'won' is not one of"),
        ("bad2.jsonl", '{"person": {}}\n{"person": \n', "bad2.jsonl: line 2: the line ends early"),  # cut short (H99-01)
        # One indented request saved as .jsonl (D23C-01): its own error, not "line 1: not valid JSON".
        ("bad4.jsonl", '{\n  "person": {"dob": "2019-13-01"}\n}\n', "bad4.jsonl: person.dob: no such day: '2019-13-01'"),
        ("bad.yaml", "person:\n  dob: 1990-01-01\n  shoe_size: 9\n", "bad.yaml: person.shoe_size: unknown key"),
        ("bad3.json", '[1, {"person": {}}]', "bad3.json: [0]: a request is a mapping"),  # ([1, 2]: two bad, D86-02)
    ],
)
def test_a_bad_import_file_writes_nothing_and_names_the_first_bad_record(tmp_path, demo_db, name, content, where):
    (tmp_path / name).write_text(content, encoding="utf-8")
    before = listing(demo_db)
    result = clinic_app("import", tmp_path / name, "--db", demo_db)
    assert_plain_error(result, 2, where)
    assert listing(demo_db) == before
    with Repository.open(demo_db) as repo:
        assert all(entry.action == "create" and entry.user == "cli-test" for entry in repo.history())
        assert len(repo.history()) == 40


def test_a_bad_import_into_a_new_caseload_creates_no_file(tmp_path):
    (tmp_path / "bad.json").write_text('{"persn": {}}', encoding="utf-8")
    assert_plain_error(clinic_app("import", tmp_path / "bad.json", "--db", tmp_path / "new.sqlite"), 2, "persn: unknown key")
    assert not (tmp_path / "new.sqlite").exists()


def test_backup_then_restore_through_the_command_line(tmp_path, demo_db):
    before = listing(demo_db)
    # A process of its own, as a user runs them: one test of `backup` and `restore` at least.
    (tmp_path / "saved").mkdir()  # a folder of the user's: the backup makes none (B105)
    backup = clinic_app_process("backup", "--db", demo_db, "--to", tmp_path / "saved" / "copy.sqlite")
    assert backup.returncode == 0 and "verified" in backup.stdout
    with Repository.open(demo_db) as repo:
        repo.add_clients(generate_clients(3, seed=9))
    assert listing(demo_db) != before
    restored = clinic_app_process("restore", tmp_path / "saved" / "copy.sqlite", "--db", demo_db)
    assert restored.returncode == 0, restored.stderr
    assert "kept at" in restored.stdout
    assert listing(demo_db) == before


def _damaged(tmp_path, demo_db, how):
    with Repository.open(demo_db) as repo:
        repo.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = demo_db.read_bytes()
    path = tmp_path / f"{how}.sqlite"
    path.write_bytes(data[: len(data) // 2] if how == "truncated" else os.urandom(len(data)))
    return path


@pytest.mark.parametrize("how, phrase", [("truncated", "is damaged"), ("random", "is not a Clinic Desk caseload")])
@pytest.mark.parametrize("command", [["list"], ["demo", "--clients", "2"], ["backup", "--to", "x.sqlite"]])
def test_a_damaged_file_gives_one_plain_line_and_no_traceback(tmp_path, demo_db, how, phrase, command):
    path = _damaged(tmp_path, demo_db, how)
    result = clinic_app(command[0], "--db", path, *command[1:], cwd=tmp_path)
    assert_plain_error(result, 1, phrase, str(path))


def test_restore_refuses_a_damaged_backup(tmp_path, demo_db):
    path = _damaged(tmp_path, demo_db, "random")
    before = listing(demo_db)
    assert_plain_error(clinic_app("restore", path, "--db", demo_db), 1, "not a Clinic Desk caseload")
    assert listing(demo_db) == before


def test_a_newer_caseload_is_refused(demo_db):
    with Repository.open(demo_db) as repo:
        repo.db.execute("PRAGMA user_version = 99")
    assert_plain_error(clinic_app("list", "--db", demo_db), 1, "newer version of Clinic Desk (schema 99)", "Update the program.")


def test_rescreen_screens_every_client_as_of_the_day_given_and_stores_the_results(demo_db):
    from clinic_app.eligibility import facts_hash, screen

    result = clinic_app_process("rescreen", "--db", demo_db, "--as-of", "2027-02-03")  # one `rescreen` a process
    assert result.returncode == 0, result.stderr
    assert "Screened 40 clients as of 2027-02-03" in result.stdout
    assert "40/40" in result.stderr  # the progress bar reached the end
    with Repository.open(demo_db) as repo:
        for client in repo.iter_clients():
            stored = repo.latest_screening(client.id)
            assert stored.screening == screen(client.person, client.cases, date(2027, 2, 3))
            assert stored.facts_hash == facts_hash(client.person, client.cases)
        assert len(listing(demo_db)) == 40 and all(row.best is not None for row in listing(demo_db))


@pytest.mark.parametrize(
    "args, status, phrase",
    [
        (["lisst"], 2, "invalid choice: 'lisst'"),
        (["demo", "--clients", "many"], 2, "invalid int value: 'many'"),
        (["demo", "--clients", "-3"], 2, "--clients must be 0 or more"),
        (["export"], 2, "say which clients: --client ID, --event NAME, --all, or --since DATE"),
        (["export", "--db", "{tmp}/none.sqlite", "--client", "1"], 1, "There is no caseload at"),
        # A client's number typed wrong is a mistake in the command, as handout --client's (C103-05).
        (["export", "--db", "{db}", "--client", "999"], 2, "There is no client number 999"),
        (["handout", "--db", "{db}", "--client", "999", "--out", "{tmp}/999.pdf"], 2, "There is no client number 999"),
        (["worksheet", "--db", "{db}", "--client", "999", "--out", "{tmp}/999.pdf"], 2, "There is no client number 999"),
        (["import", "{tmp}/missing.json", "--db", "{db}"], 2, "there is no file"),
        (["restore", "{tmp}/missing.sqlite", "--db", "{db}"], 2, "there is no file"),
        (["list", "--db", "{tmp}"], 1, "is a folder"),
        (["rescreen", "--db", "{db}", "--as-of", "2026-13-01"], 2, "there is no 2026-13-01 (there is no month 13)"),
        (["rescreen", "--db", "{tmp}/none.sqlite"], 1, "There is no caseload at"),
    ],
)
def test_user_mistakes_give_one_plain_line(tmp_path, demo_db, args, status, phrase):
    args = [a.format(tmp=tmp_path, db=demo_db) for a in args]
    assert_plain_error(clinic_app(*args), status, phrase)


def test_help_lists_every_command():
    result = clinic_app("--help")
    assert result.returncode == 0
    for command in ("demo", "list", "export", "import", "backup", "restore", "screen", "rescreen", "report", "encrypt", "handout"):
        assert command in result.stdout


def test_the_cli_module_runs_as_a_script_too():
    """`python -m clinic_app.cli` used to import the module and exit 0 with no output."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "clinic_app.cli", "--help"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert result.returncode == 0 and "screen" in result.stdout


def test_demo_flag_fills_only_an_empty_caseload(tmp_path, capsys):
    path = tmp_path / "caseload.sqlite"
    cli._fill_demo_if_empty(path)
    assert "added 200 synthetic clients" in capsys.readouterr().err
    with Repository.open(path) as repo:
        assert repo.count_clients() == cli.DEMO_WINDOW_CLIENTS
        rows = repo.list_clients()
        assert all(row.best is not None for row in rows)  # screened, so the list shows outcomes
        assert len({row.best for row in rows}) >= 3
    # Every later `clinic-app --demo` start said "the caseload already has 200 clients; no
    # synthetic clients added" of the demo's own clients (K205-02): a caseload holding them says
    # nothing; one of real clients only still says why none were added.
    cli._fill_demo_if_empty(path)
    assert capsys.readouterr().err == ""
    with Repository.open(path) as repo:
        assert repo.count_clients() == cli.DEMO_WINDOW_CLIENTS
    real = tmp_path / "clinic.sqlite"
    with Repository.open(real) as repo:
        repo.add_client(Client("Ana Real", Person(), []))
    cli._fill_demo_if_empty(real)
    assert "--demo: the caseload already has 1 client; no synthetic clients added." in capsys.readouterr().err


def test_without_db_the_default_caseload_is_in_the_data_directory(tmp_path):
    env_home = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env = {**os.environ, **env_home, "PYTHONPATH": str(ROOT)}
    run = lambda *a: subprocess.run([sys.executable, "-m", "clinic_app", *a], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)  # noqa: E731
    # `demo` without --db makes the demo caseload beside it, not the clinic's (X101-01).
    assert run("demo", "--clients", "2").returncode == 0
    assert (tmp_path / "data" / "ClinicDesk" / "demo.sqlite").is_file()
    assert not (tmp_path / "data" / "ClinicDesk" / "caseload.sqlite").exists()
    assert run("--demo", "export", "--client", "1", "--out", str(tmp_path / "one.json")).returncode == 0
    assert run("import", str(tmp_path / "one.json")).returncode == 0
    assert (tmp_path / "data" / "ClinicDesk" / "caseload.sqlite").is_file()
    assert len(run("list").stdout.splitlines()) == 1


def test_a_missing_qt_library_is_explained_not_dumped(tmp_path, monkeypatch, capsys):
    import ui.app

    def run_without_libegl(db_path, *, screenshot=None, passphrase=None, passphrase_from_environment=False):
        raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(ui.app, "run", run_without_libegl)
    assert cli.main(["--db", str(tmp_path / "c.sqlite")]) == 1
    err = capsys.readouterr().err
    assert "libEGL.so.1" in err and "apt-get install libegl1" in err and len(err.strip().splitlines()) == 1


def test_the_window_gets_the_caseload_and_screenshot_paths(tmp_path, monkeypatch):
    import ui.app

    calls = []
    monkeypatch.setattr(ui.app, "run", lambda db_path, *, screenshot=None, passphrase=None, passphrase_from_environment=False: calls.append((db_path, screenshot, passphrase)) or 0)
    assert cli.main(["--db", str(tmp_path / "c.sqlite"), "--screenshot", str(tmp_path / "shot.png")]) == 0
    assert calls == [(tmp_path / "c.sqlite", tmp_path / "shot.png", None)]


@pytest.mark.gui
def test_demo_screenshot_end_to_end(tmp_path):
    """The README's path: `clinic-app --demo --screenshot` opens the window offscreen on demo data."""
    png = tmp_path / "window.png"
    result = clinic_app_process("--db", tmp_path / "c.sqlite", "--demo", "--screenshot", png)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "added 200 synthetic clients" in result.stderr
    assert "not encrypted" not in result.stdout + result.stderr  # a plain caseload's picture: nothing to add (K241-03)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    # A picture of the caseload shows clients' names: the user's alone, as a handout is.
    assert stat.S_IMODE(png.stat().st_mode) == 0o600
    again = clinic_app_process("--db", tmp_path / "c.sqlite", "--demo", "--screenshot", png)
    assert again.returncode == 0 and "--demo:" not in again.stderr  # its own clients: nothing to say (K205-02)


def test_commands_that_change_many_records_keep_a_verified_copy_of_the_caseload_first(tmp_path, demo_db):
    """import, rescreen and demo --mix changed a caseload with no copy of it as it was (D22-04):
    a wrong file imported, or synthetic people mixed in, cannot be told from real clients later."""
    from db.backup import before_change_backups, verify

    folder = demo_db.parent / "backups"
    with Repository.open(demo_db) as repo:
        (tmp_path / "one.json").write_text(json.dumps(client_to_request_dict(repo.get_client(1)) | {"person": {"dob": "1980-02-02"}}), encoding="utf-8")
    for args, change in ((["import", tmp_path / "one.json"], "import"), (["rescreen", "--as-of", "2027-02-03"], "rescreen"),
                         (["demo", "--clients", 2, "--mix"], "demo")):
        with Repository.open(demo_db) as repo:
            before = repo.count_clients(), [repo.latest_screening(n) for n in (1, 2)]
        result = clinic_app(*args, "--db", demo_db)
        assert result.returncode == 0, result.stderr
        (copy,) = before_change_backups(folder, demo_db, change)
        assert f"kept in {copy}" in result.stderr
        verify(copy)
        with Repository.open(copy, create=False) as kept:
            assert (kept.count_clients(), [kept.latest_screening(n) for n in (1, 2)]) == before
    with Repository.open(demo_db) as repo:
        assert repo.count_clients() == 43


def _first_client_request(caseload: Path, folder: Path) -> Path:
    """The caseload's client 1 as an import file (one.json) in `folder`."""
    request = folder / "one.json"
    with Repository.open(caseload) as repo:
        request.write_text(json.dumps(client_to_request_dict(repo.get_client(1))), encoding="utf-8")
    return request


def test_a_new_caseload_gets_no_copy_and_a_copy_that_cannot_be_made_changes_nothing(tmp_path, demo_db):
    request = _first_client_request(demo_db, tmp_path)
    fresh = tmp_path / "fresh" / "new.sqlite"
    assert clinic_app("import", request, "--db", fresh).returncode == 0
    assert not (fresh.parent / "backups").exists()  # nothing to keep of a new caseload

    (demo_db.parent / "backups").write_text("not a folder")  # the copy cannot be written there
    other = tmp_path / "other.json"
    other.write_text(json.dumps(client_to_request_dict(next(iter(generate_clients(1, seed=99))))), encoding="utf-8")
    result = clinic_app("import", other, "--db", demo_db)
    assert_plain_error(result, 1)
    with Repository.open(demo_db) as repo:
        assert repo.count_clients() == 40


def test_an_import_into_a_path_with_no_caseload_says_a_new_one_was_made(tmp_path, demo_db):
    """A --db typed wrong put the clients in a new caseload, said only as "Imported 1 client" (D22-08)."""
    request = _first_client_request(demo_db, tmp_path)
    typo = tmp_path / "caseloda.sqlite"
    result = clinic_app("import", request, "--db", typo)
    assert result.returncode == 0, result.stderr
    assert f"There was no caseload at {typo}: a new one was made there for them." in result.stdout
    again = clinic_app("import", request, "--db", typo)
    assert again.returncode == 0 and "no caseload" not in again.stdout


def test_export_out_writes_a_file_only_its_user_can_read_and_keeps_an_existing_one(tmp_path, demo_db):
    """D23-14: `export --event E > day.jsonl` made a file of names, dates of birth and
    convictions every account on a shared laptop could read.  `--out` writes it owner-only,
    as handouts are, and will not overwrite yesterday's export without `--force`."""
    import stat

    with Repository.open(demo_db) as repo:
        event = repo.events()[0]
        expected = len(repo.list_clients(event=event))
    day = tmp_path / "day.jsonl"
    result = clinic_app("export", "--db", demo_db, "--event", event, "--out", day)
    assert result.returncode == 0, result.stderr
    assert f"Exported {expected} client" in result.stdout
    assert stat.S_IMODE(day.stat().st_mode) == 0o600
    assert day.read_text(encoding="utf-8") == clinic_app("export", "--db", demo_db, "--event", event).stdout  # stdout still works
    assert len(day.read_text(encoding="utf-8").splitlines()) == expected
    before = day.read_bytes()
    assert_plain_error(clinic_app("export", "--db", demo_db, "--client", 1, "--out", day), 2, "already exists", "--force")
    assert day.read_bytes() == before
    os.chmod(day, 0o644)
    assert clinic_app("export", "--db", demo_db, "--client", 1, "--out", day, "--force").returncode == 0
    assert stat.S_IMODE(day.stat().st_mode) == 0o600
    with Repository.open(demo_db) as repo:
        assert json.loads(day.read_text(encoding="utf-8"))["client"]["name"] == repo.get_client(1).name
    one = tmp_path / "one.json"
    assert clinic_app("export", "--db", demo_db, "--client", 1, "--out", one).returncode == 0
    imported = clinic_app("import", one, "--db", tmp_path / "other.sqlite")
    assert imported.returncode == 0 and "Imported 1 client" in imported.stdout
    missing = tmp_path / "nobody.jsonl"
    assert_plain_error(clinic_app("export", "--db", demo_db, "--event", "No Such Day", "--out", missing), 2, "no client is in the event")
    assert not missing.exists()


def test_the_end_of_day_merge_keeps_the_attorney_reviews_made_on_the_event_laptop(tmp_path):
    """D23-12: an attorney's reviews recorded on an event laptop (case, conviction, remedy,
    reviewer, time, note) were left out of the export, so the merge lost them.  An added
    client brings them; a client skipped as already here gets the ones the clinic lacks,
    each once."""
    event_laptop = tmp_path / "event.sqlite"
    with Repository.open(event_laptop, user="atty-lopez") as repo:
        ids = repo.add_clients(generate_clients(3, seed=12))
        name = repo.get_client(ids[0]).name
        case = next(case for case in repo.get_client(ids[0]).cases if case.convictions)
        repo.record_review(ids[0], case.id, case.convictions[0].id, "pc1203_4", note="Discretionary: argue rehabilitation")
        repo.record_review(ids[0], case.id, None, "pc1203_4")
        for client_id in ids:
            repo.save_client(replace_event(repo.get_client(client_id), "Fair Oaks 11/30"))
        expected = [(rv.case, rv.conviction, rv.remedy, rv.reviewer, rv.at, rv.note) for rv in repo.reviews(ids[0])]
    assert len(expected) == 2 and expected[0][3] == "atty-lopez"
    day = tmp_path / "day.jsonl"
    assert clinic_app("export", "--db", event_laptop, "--event", "Fair Oaks 11/30", "--out", day).returncode == 0
    clinic = tmp_path / "clinic.sqlite"
    assert clinic_app("import", day, "--db", clinic).returncode == 0
    with Repository.open(clinic) as repo:
        (added,) = [row.id for row in repo.list_clients() if row.name == name]
        assert [(rv.case, rv.conviction, rv.remedy, rv.reviewer, rv.at, rv.note) for rv in repo.reviews(added)] == expected
        assert [e.user for e in repo.history(added) if e.entity == "review"] == ["cli-test", "cli-test"]
    # Later that evening the attorney reviews once more on the laptop; the day's file, made
    # again, is imported again: the clients are skipped, the new review is added, the old two not twice.
    with Repository.open(event_laptop, user="atty-lopez") as repo:
        repo.record_review(ids[0], case.id, None, "pc1203_4", note="Checked the docket")
    assert clinic_app("export", "--db", event_laptop, "--event", "Fair Oaks 11/30", "--out", day, "--force").returncode == 0
    again = clinic_app("import", day, "--db", clinic)
    assert again.returncode == 0 and "Skipped 3 clients" in again.stdout, again.stdout
    # D23C-02: and says so, or the added review went without a word.
    assert f"Added 1 attorney review to 1 client already in the caseload: {name} (id {added})." in again.stdout, again.stdout
    with Repository.open(clinic) as repo:
        notes = [rv.note for rv in repo.reviews(added)]
    assert notes == ["Discretionary: argue rehabilitation", "", "Checked the docket"]


def replace_event(client, event):
    from dataclasses import replace

    return replace(client, event=event)


def test_export_all_and_since_a_day_take_walk_ins_with_no_event_to_the_clinic(tmp_path):
    """D23-15: clients with no event (walk-ins on a laptop) could only be exported one by one.
    `--all` exports every client and `--since DATE` those added or changed that day or later
    (an edit, or an attorney's review), as JSON Lines that `import` reads."""
    from dataclasses import replace
    from datetime import datetime, timezone

    from db.connection import open_caseload

    laptop = tmp_path / "laptop.sqlite"
    # Six clients added last month (the repository's clock says so) ...
    with Repository(open_caseload(laptop), clock=lambda: datetime(2026, 10, 1, 17, tzinfo=timezone.utc)) as repo:
        old = repo.add_clients(generate_clients(6, seed=12))
    # ... and today a walk-in added, one client edited, another reviewed.
    with Repository.open(laptop) as repo:
        (walk_in,) = repo.add_clients([replace(next(iter(generate_clients(1, seed=99))), event=None)])
        edited = repo.get_client(old[1])
        repo.save_client(replace(edited, notes=edited.notes + " Called back."))
        reviewed = repo.get_client(old[2])
        repo.record_review(old[2], reviewed.cases[0].id, None, "pc1203_4")
        names = {n: repo.get_client(n).name for n in (*old, walk_in)}
    today = date.today().isoformat()

    since = clinic_app("export", "--db", laptop, "--since", today)
    assert since.returncode == 0, since.stderr
    assert [json.loads(line)["client"]["name"] for line in since.stdout.splitlines()] == [names[old[1]], names[old[2]], names[walk_in]]
    assert clinic_app("export", "--db", laptop, "--since", "2026-09-30").stdout.count("\n") == 7
    assert clinic_app("export", "--db", laptop, "--since", today, "--all").stdout == since.stdout

    everyone = tmp_path / "everyone.jsonl"
    result = clinic_app("export", "--db", laptop, "--all", "--out", everyone)
    assert result.returncode == 0 and "Exported 7 clients" in result.stdout, result.stderr
    clinic = tmp_path / "clinic.sqlite"
    imported = clinic_app("import", everyone, "--db", clinic)
    assert imported.returncode == 0 and "Imported 7 clients" in imported.stdout, imported.stderr
    assert sorted(row.name for row in listing(clinic)) == sorted(names.values())

    assert_plain_error(clinic_app("export", "--db", laptop, "--since", "last week"), 2, "--since", "Not a date")
    assert_plain_error(clinic_app("export", "--db", laptop, "--client", 1, "--since", today), 2, "--since")
    assert_plain_error(clinic_app("export", "--db", laptop, "--all", "--event", "X"), 2)


def test_since_a_day_finds_the_clients_changed_after_its_midnight_west_of_utc_whatever_form_their_timestamps_take(tmp_path, monkeypatch):
    """D23D-01: `--since` compared the caseload's timestamps with the day's start as text, so a
    stamp written with another offset than +00:00 (the repository's clock is its caller's) or
    with a space for the 'T' fell on the wrong side of midnight.  In Los Angeles, half a minute
    after midnight on December 1 is in, half a minute before it is out, in every form."""
    import time
    from datetime import datetime, timedelta, timezone

    from db.connection import open_caseload

    monkeypatch.setenv("TZ", "PST8PDT,M3.2.0,M11.1.0")  # Los Angeles, as a POSIX rule
    time.tzset()
    try:
        moment = cli._since("2026-12-01")
        assert moment == datetime(2026, 12, 1, 8, tzinfo=timezone.utc)
        before = datetime(2026, 12, 1, 7, 59, 59, 250000, tzinfo=timezone.utc)
        after = datetime(2026, 12, 1, 8, 0, 0, 250000, tzinfo=timezone.utc)
        pacific = timezone(timedelta(hours=-8))
        forms = {
            "the repository's own (UTC, seconds)": lambda t: t.isoformat(timespec="seconds"),
            "an offset west of UTC": lambda t: t.astimezone(pacific).isoformat(timespec="seconds"),
            "Z": lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "a space and no offset": lambda t: t.strftime("%Y-%m-%d %H:%M:%S"),
            "fractions of a second": lambda t: t.isoformat(),
        }
        path = tmp_path / "laptop.sqlite"
        people = iter(generate_clients(40, seed=23))
        with Repository(open_caseload(path), clock=lambda: datetime(2026, 10, 1, 17, tzinfo=timezone.utc)) as repo:
            expected, where = [], {}
            for form, write in forms.items():
                for when in (before, after):
                    # The client's own stamps in this form ...
                    (client_id,) = repo.add_clients([next(people)])
                    repo.db.conn.execute("UPDATE clients SET created_at = ?, updated_at = ? WHERE id = ?",
                                         (write(when), write(when), client_id))
                    # ... and an audit entry (an attorney's review) in this form.
                    (reviewed,) = repo.add_clients([next(people)])
                    repo.db.conn.execute(
                        "INSERT INTO audit (at, user, client_id, entity, action) VALUES (?, 'paralegal', ?, 'review', 'review')",
                        (write(when), reviewed))
                    where.update({client_id: (form, when), reviewed: (form, when)})
                    if when is after:
                        expected += [client_id, reviewed]
            # A repository whose clock keeps the laptop's local time writes the offset itself.
            for when in (before, after):
                local = Repository(repo.db, clock=lambda when=when: when.astimezone(pacific).replace(microsecond=0))
                (client_id,) = local.add_clients([next(people)])
                where[client_id] = ("a local clock", when)
                if when is after:
                    expected.append(client_id)
            found = repo.changed_since(moment)
        assert found == sorted(expected), [where[n] for n in set(found) ^ set(expected)]
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_an_export_of_no_client_says_so_and_writes_no_file(tmp_path):
    """D23D-02: `export --all` of an empty caseload, or `--since` a day no client changed,
    printed nothing (or "Exported 0 clients") and wrote an empty file, which looked like a
    day's work to carry to the clinic; `--force` emptied yesterday's export.  Now stderr says
    there is nothing to export, the exit status is 0, and no file is written or replaced."""
    from datetime import datetime, timezone

    from db.connection import open_caseload

    empty = tmp_path / "empty.sqlite"
    Repository.open(empty).close()
    laptop = tmp_path / "laptop.sqlite"
    with Repository(open_caseload(laptop), clock=lambda: datetime(2026, 10, 1, 17, tzinfo=timezone.utc)) as repo:
        repo.add_clients(generate_clients(3, seed=12))

    for db, which in ((empty, ["--all"]), (laptop, ["--since", "2026-11-01"]), (laptop, ["--all", "--since", "2026-11-01"])):
        shown = clinic_app("export", "--db", db, *which)
        assert shown.returncode == 0 and shown.stdout == "", shown.stderr
        assert "no clients to export" in shown.stderr and "Traceback" not in shown.stderr
        out = tmp_path / "day.jsonl"
        written = clinic_app("export", "--db", db, *which, "--out", out)
        assert written.returncode == 0 and "no clients to export" in written.stderr, written.stderr
        assert "Exported" not in written.stdout and not out.exists()
        yesterday = tmp_path / "yesterday.jsonl"
        yesterday.write_text('{"kept": true}\n', encoding="utf-8")
        forced = clinic_app("export", "--db", db, *which, "--out", yesterday, "--force")
        assert forced.returncode == 0 and "no clients to export" in forced.stderr, forced.stderr
        assert yesterday.read_text(encoding="utf-8") == '{"kept": true}\n'
    assert "since 2026-11-01" in shown.stderr
    # A day some client did change still exports them.
    assert clinic_app("export", "--db", laptop, "--since", "2026-09-30").stdout.count("\n") == 3


def test_an_export_stopped_half_way_leaves_no_part_of_a_day_and_keeps_yesterdays_file(tmp_path, monkeypatch):
    """D24-04: `export --out` wrote straight into the file, so an export stopped half-way (a
    laptop's battery, a kill) left the first clients of the day in it, cut between two lines:
    `import` took them for the whole day ("Imported 2,790 clients" of 5,000).  And an error
    under `--force` removed yesterday's export with nothing in its place.  The export is now
    written beside the file and put in its place only whole."""
    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        repo.add_clients(generate_clients(5, seed=12))
    day = tmp_path / "day.jsonl"
    day.write_text("yesterday's export\n", encoding="utf-8")
    from db import export

    exported = export.exported
    seen_during: list[str] = []

    def stopped_at_the_fourth(repo, client_id):
        # What a kill at this moment would leave: the file as it was, nothing of today in it.
        seen_during.append(day.read_text(encoding="utf-8"))
        if len(seen_during) == 4:
            raise KeyboardInterrupt
        return exported(repo, client_id)

    monkeypatch.setattr(export, "exported", stopped_at_the_fourth)
    assert cli.main(["export", "--db", str(laptop), "--all", "--out", str(day), "--force"]) == 130  # Ctrl+C
    assert seen_during == ["yesterday's export\n"] * 4
    assert day.read_text(encoding="utf-8") == "yesterday's export\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no partial file left
    monkeypatch.setattr(export, "exported", exported)
    assert cli.main(["export", "--db", str(laptop), "--all", "--out", str(day), "--force"]) == 0
    assert len(day.read_text(encoding="utf-8").splitlines()) == 5
    assert stat.S_IMODE(day.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_opening_a_caseload_says_in_one_line_which_stopped_encrypt_copies_it_removed(tmp_path, capsys):
    """D24-08: a stopped encrypt's hidden whole copy beside the caseload is removed when the
    caseload is next opened, and said once on standard error (the output stays the list)."""
    path = tmp_path / "caseload.sqlite"
    with Repository.open(path) as repo:
        repo.add_clients(generate_clients(2, seed=1))
    left = tmp_path / ".caseload.sqlite.encrypting"
    left.write_bytes(path.read_bytes()[:4096])
    hour_ago = left.stat().st_mtime - 3700
    os.utime(left, (hour_ago, hour_ago))
    assert cli.main(["list", "--db", str(path)]) == 0
    out, err = capsys.readouterr()
    assert not left.exists()
    assert err.splitlines() == [
        "clinic-app: removed 1 unfinished copy of the caseload that a stopped encrypt, passphrase change or restore "
        "had left beside it: .caseload.sqlite.encrypting"
    ]
    assert "clinic-app:" not in out


@pytest.mark.parametrize("command", ["demo", "list", "export", "import", "backup", "restore", "report", "rescreen", "encrypt", "passphrase", "screen", "handout"])
def test_each_commands_help_says_what_it_does(command, capsys):
    """F24-01: `clinic-app demo --help` showed options only; each command's help opens with what it does."""
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, "--help"])
    assert exit_.value.code == 0
    usage, _, rest = capsys.readouterr().out.partition("\n\n")
    description = rest.split("\n\n")[0]
    assert description.startswith(f"`clinic-app {command}`: "), description
    assert "positional arguments" not in description and "options:" not in description


def test_no_caseload_at_a_db_path_says_what_to_check(tmp_path):
    """F24-06: "There is no caseload at PATH." left a volunteer to guess: a typo, or no caseload yet?"""
    from db.connection import default_caseload_path, default_demo_path

    result = clinic_app("list", "--db", tmp_path / "typo.sqlite")
    assert_plain_error(result, 1, f"There is no caseload at {tmp_path / 'typo.sqlite'}: check the file's name and folder given with --db",
                       f"without --db, commands use the default caseload, {default_caseload_path()})")
    # With --demo, the file it would have used is the demo's, not the clinic's it named (K205-03).
    result = clinic_app("--demo", "--db", tmp_path / "typo.sqlite", "list")
    assert_plain_error(result, 1, f"(without --db, clinic-app --demo commands use the demo caseload, {default_demo_path()}).")
    assert not (tmp_path / "typo.sqlite").exists()


def test_no_default_caseload_yet_says_how_to_make_one(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "clinic_app", "report"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert_plain_error(result, 1, "yet: start the program once (clinic-app) to create it,", "or name another caseload with --db PATH")


def test_help_ends_with_examples_that_parse_as_written():
    """F24-07: `clinic-app --help` listed commands but showed no way to start, try, or end a clinic day."""
    import shlex

    result = clinic_app("--help")
    assert result.returncode == 0
    examples = commands_joined(result.stdout.split("\nexamples:\n", 1)[1])
    commands = [part.strip() for line in examples.splitlines() if line.startswith("  clinic-app")
                for part in line.split("   ")[0].split("&&")]
    assert len(commands) >= 7 and "clinic-app --demo" in commands
    parser = cli.build_parser()
    for command in commands:
        words = shlex.split(command)
        assert words[0] == "clinic-app"
        parser.parse_args(words[1:])  # a usage error would exit 2


def test_the_partial_file_a_killed_export_left_goes_even_when_the_next_export_writes_nothing(tmp_path, capsys):
    """D25-04: a killed `export --out` (no cleanup runs) leaves ``.day.jsonl.partial``, a copy
    of clients' records.  Only the next export that wrote day.jsonl replaced it; one that
    ended without writing (no clients, the file already there, an error) left it for good.
    Any export to the file now removes one old enough that no export can still be writing
    it; a young one (an export running now) is left."""
    from db.backup import STALE_PARTIAL_SECONDS

    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        repo.add_clients(generate_clients(2, seed=12))
    day = tmp_path / "day.jsonl"
    partial = tmp_path / ".day.jsonl.partial"

    def left_by_a_kill(age: float) -> None:
        partial.write_text('{"name": "half a day"\n', encoding="utf-8")
        os.utime(partial, (partial.stat().st_atime, partial.stat().st_mtime - age))

    left_by_a_kill(STALE_PARTIAL_SECONDS + 60)
    assert cli.main(["export", "--db", str(laptop), "--all", "--since", "2199-01-01", "--out", str(day)]) == 0  # nobody to export
    assert not partial.exists() and not day.exists()
    day.write_text("yesterday's export\n", encoding="utf-8")
    left_by_a_kill(STALE_PARTIAL_SECONDS + 60)
    assert cli.main(["export", "--db", str(laptop), "--all", "--out", str(day)]) == 2  # already there, no --force
    assert not partial.exists() and day.read_text(encoding="utf-8") == "yesterday's export\n"
    left_by_a_kill(60)  # an export to the same file still running in another terminal
    assert cli.main(["export", "--db", str(laptop), "--all", "--out", str(day)]) == 2
    assert partial.exists()
    capsys.readouterr()


def test_a_file_that_is_not_a_caseload_at_all_gives_one_plain_line(tmp_path):
    # W25-02: a PDF given as --db was answered "encrypted, or not a Clinic Desk caseload:
    # an encrypted caseload opens with its passphrase" (and a terminal asked for one).
    pdf = tmp_path / "handout.pdf"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 3000)
    result = clinic_app("list", "--db", pdf, cwd=tmp_path)
    assert_plain_error(result, 1, f"{pdf} is not a Clinic Desk caseload")
    assert "passphrase" not in result.stderr


def test_backup_to_a_folder_says_to_name_the_file_and_writes_nothing(tmp_path, demo_db):
    """D26-07: `backup --to FOLDER` wrote and checked a whole copy, then failed with
    ".FOLDER.partial: Is a directory", naming a hidden file the user never gave."""
    folder = tmp_path / "usb"
    folder.mkdir()
    result = clinic_app("backup", "--db", demo_db, "--to", folder)
    assert_plain_error(result, 1, f"{folder} is a folder: give the backup file's name, for example {folder / 'caseload-'}",
                       "Nothing was written.")
    assert ".partial" not in result.stderr
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize("command, what", [
    (["restore", "{folder}"], "the backup file"),
    (["import", "{folder}"], "the file to import"),
    (["encrypt", "--db", "{folder}"], "the caseload file"),
    (["passphrase", "--db", "{folder}"], "the caseload file"),
])
def test_a_folder_given_as_a_file_is_called_a_folder_not_missing(tmp_path, demo_db, command, what):
    """D26-08: `restore usb/`, `import usb/`, `encrypt --db usb/` said "there is no file usb"
    (or "no caseload") of a folder plainly there."""
    folder = tmp_path / "usb"
    folder.mkdir()
    args = [part.format(folder=folder) for part in command]
    result = clinic_app(*args, *([] if "--db" in args else ["--db", demo_db]))
    assert_plain_error(result, 2, f"{folder} is a folder: name {what} in it")
    assert list(folder.iterdir()) == []


def test_a_backup_passphrase_given_for_a_plain_backup_is_said_to_be_unused(tmp_path, demo_db):
    """D26-04: `restore plain.sqlite --backup-passphrase-file F` restored the plain backup and
    said nothing of the passphrase given for it, which went unused."""
    backup = tmp_path / "plain-backup.sqlite"
    assert clinic_app("backup", "--db", demo_db, "--to", backup).returncode == 0
    phrase = tmp_path / "phrase.txt"
    phrase.write_text("not needed at all\n")
    done = clinic_app("restore", backup, "--db", demo_db, "--backup-passphrase-file", phrase)
    assert done.returncode == 0, done.stderr
    assert f"The backup is not encrypted: the passphrase in {phrase} was not needed for it." in done.stdout
    assert len(listing(demo_db)) == 40
    plain = clinic_app("restore", backup, "--db", demo_db)
    assert plain.returncode == 0 and "not needed" not in plain.stdout


def test_importing_a_caseload_file_says_to_export_its_clients_first(tmp_path, demo_db):
    """D26-09: `import other.sqlite` (another caseload, or a backup, given to merge its clients
    in) said "not UTF-8 text (byte 0x.. at offset ..); save it as UTF-8"; it now says what the
    file is and the two commands that merge it, which work as said."""
    other = tmp_path / "event-laptop.sqlite"
    with Repository.open(other) as repo:
        repo.add_client(Client(name="Eva Evento"))
    result = clinic_app("import", "--db", demo_db, other)
    assert_plain_error(result, 2, "is a caseload or a backup, not a file of clients: export its clients first",
                       f"clinic-app export --db {other} --all --out clients.jsonl")
    assert "UTF-8" not in result.stderr and len(listing(demo_db)) == 40
    out = tmp_path / "clients.jsonl"
    assert clinic_app("export", "--db", other, "--all", "--out", out).returncode == 0
    assert clinic_app("import", "--db", demo_db, out).returncode == 0
    assert "Eva Evento" in [row.name for row in listing(demo_db)]


def _python(script: str, folder) -> subprocess.CompletedProcess:
    """`script` run by a fresh Python in `folder`, this checkout first on its path (the program's
    start-up guards act on the whole process, so they are tested in one of their own)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=folder, timeout=120)


def test_a_command_asks_for_no_core_dump(tmp_path, demo_db):
    """V27-05: a crash's core dump writes the process's memory (clients' records; an encrypted
    caseload's passphrase) in clear to the working folder or the system's crash store.  Every
    command, and the window, now sets the core dump limit to 0 first."""
    script = ("import resource, sys\n"
              "from clinic_app import cli\n"
              "resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))\n"
              f"status = cli.main(['list', '--db', {str(demo_db)!r}])\n"
              "print(status, resource.getrlimit(resource.RLIMIT_CORE)[0], file=sys.stderr)\n")
    done = _python(script, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.split() == ["0", "0"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_a_command_and_a_rescreen_worker_are_not_dumpable(tmp_path, demo_db):
    """V28-06: with the core limit at 0, another process of the same user could still attach
    to the program or read /proc/<pid>/mem, clients' records and passphrase included.  Every
    command, and each re-screen worker (forkserver starts it afresh), is now not dumpable."""
    script = ("import ctypes, sys\n"
              "from datetime import date\n"
              "dumpable = lambda: ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)\n"
              "before = dumpable()\n"
              "from clinic_app import cli\n"
              f"status = cli.main(['list', '--db', {str(demo_db)!r}])\n"
              "after = dumpable()\n"
              "ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)\n"
              "from db import rescreen\n"
              f"rescreen._worker_start({str(demo_db)!r}, date(2027, 1, 1), None)\n"
              "print(status, before, after, dumpable(), file=sys.stderr)\n")
    done = _python(script, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.split() == ["0", "1", "0", "0"]


def test_a_command_that_crashes_reports_no_client_data(tmp_path, demo_db):
    """V28-04: a bug in a command printed Python's whole traceback, messages included, at the
    terminal, from where it is pasted into a bug report: 'Quenzabel Xothwick' with it.  The
    report now gives the exceptions' types and where, without their messages."""
    script = ("from clinic_app import cli\n"
              "def broken(args):\n"
              "    raise ValueError('no date of birth for Quenzabel Xothwick')\n"
              "cli.cmd_list = broken\n"
              "parser = cli.build_parser\n"
              "def patched():\n"
              "    built = parser()\n"
              "    for action in built._subparsers._group_actions:\n"
              "        action.choices['list'].set_defaults(func=broken)\n"
              "    return built\n"
              "cli.build_parser = patched\n"
              f"raise SystemExit(cli.main(['list', '--db', {str(demo_db)!r}]))\n")
    done = _python(script, tmp_path)
    assert done.returncode == 1
    assert "Clinic Desk crash report" in done.stderr and "ValueError (its message is left out" in done.stderr
    assert "in broken" in done.stderr and "Xothwick" not in done.stderr


def test_m29_03_export_since_a_day_this_computers_clock_has_not_reached_says_why_nothing_is_taken(tmp_path):
    """M29-03: on a laptop whose clock is a day behind, the day's work is stamped the day
    before; `export --since` the real date found nobody and said only "no clients to export
    (none added or changed since 2026-12-02)", and a volunteer who had worked all day went
    home believing there was nothing to carry.  Now it says the date is after this
    computer's today, and when the caseload last changed by its clock."""
    from datetime import datetime, timedelta, timezone

    from db.connection import open_caseload

    behind = datetime.now(timezone.utc) - timedelta(days=1)
    laptop = tmp_path / "laptop.sqlite"
    with Repository(open_caseload(laptop), clock=lambda: behind) as repo:
        repo.add_clients(generate_clients(2, seed=12))
    today = datetime.now().astimezone().date()
    tomorrow = (today + timedelta(days=1)).isoformat()
    shown = clinic_app("export", "--db", laptop, "--all", "--since", tomorrow)
    assert shown.returncode == 0 and shown.stdout == "", shown.stderr
    assert f"--since {tomorrow} is after today by this computer's clock ({today.isoformat()})" in shown.stderr
    stamped = behind.astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"no clients to export (none added or changed since {tomorrow}; the newest change here is stamped {stamped}" in shown.stderr
    # The day this computer's clock gave the work still exports it, with nothing more said.
    taken = clinic_app("export", "--db", laptop, "--all", "--since", behind.astimezone().date().isoformat())
    assert taken.stdout.count("\n") == 2 and "clock" not in taken.stderr


def test_m29_05_a_file_with_one_bad_line_says_none_of_its_clients_was_added(tmp_path):
    """M29-05: a laptop's day of 3 clients with one bad line was refused as "clinic-app:
    day.jsonl: line 2: person.dob: no such day ..." and nothing more: the paralegal could
    not tell whether lines 1 and 3 had gone in (the window says "nothing was added"; the
    command did not).  It says that none of the file's clients was added, and to import the
    whole file again once the line is put right."""
    good = [json.dumps(client_to_request_dict(client)) for client in generate_clients(2, seed=29)]
    bad = json.loads(good[0])
    bad["person"]["dob"] = "1990-13-01"
    (tmp_path / "day.jsonl").write_text("\n".join([good[0], json.dumps(bad), good[1]]) + "\n", encoding="utf-8")
    clinic = tmp_path / "clinic.sqlite"
    Repository.open(clinic).close()
    result = clinic_app("import", tmp_path / "day.jsonl", "--db", clinic)
    assert_plain_error(result, 2, "line 2: person.dob", "not imported: none of its 3 clients was added",
                       "put that record right and import the whole file again")
    with Repository.open(clinic) as repo:
        assert repo.count_clients() == 0


def test_m29_06_export_of_an_event_names_the_clients_of_other_events_changed_today(tmp_path):
    """M29-06: a returning client keeps the event they were first seen at ("Office
    walk-in").  Seen again at the Fresno event, a payment recorded for them on the laptop,
    `export --event "Fresno"` left them out and said "Exported 1 client": the payment never
    reached the clinic and nobody knew.  The export names the clients changed today that
    are not of the event, and the export that takes them too."""
    from datetime import date as day

    from clinic_app.model import Payment, Money

    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        returning, new = generate_clients(2, seed=31)
        returning.event, new.event = "Office walk-in", "Fresno"
        old_id, new_id = repo.add_clients([returning, new])
        client = repo.get_client(old_id)
        client.cases[0].money = client.cases[0].money or Money()
        client.cases[0].money.record_payment(Payment(kind="fine", date=day.today(), amount=50))
        repo.save_client(client)
    today = day.today().isoformat()
    out = tmp_path / "day.jsonl"
    shown = clinic_app("export", "--db", laptop, "--event", "Fresno", "--out", out)
    assert shown.returncode == 0, shown.stderr
    assert out.read_text(encoding="utf-8").count("\n") == 1
    assert (f"1 client changed here today is not of the event Fresno, so not in this export: {client.name} (id {old_id}, "
            f"Office walk-in). To take them too: clinic-app export --db {laptop} --since {today} --out FILE") in shown.stdout
    # On standard output the export stays the clients alone; the note goes to standard error.
    piped = clinic_app("export", "--db", laptop, "--event", "Fresno")
    assert piped.stdout.count("\n") == 1 and f"{client.name} (id {old_id}" in piped.stderr


def test_m29_06_an_event_no_client_here_belongs_to_names_the_clients_changed_today(tmp_path):
    """M29-06, the laptop that saw only returning clients: `export --event "Fresno"` was
    refused as "no client is in the event 'Fresno'", and the attorney's review made there
    on a returning client was not mentioned.  The refusal names them and the export to use."""
    laptop = tmp_path / "laptop.sqlite"
    with Repository.open(laptop) as repo:
        (client,) = generate_clients(1, seed=31)
        client.event = "Office walk-in"
        (client_id,) = repo.add_clients([client])
    result = clinic_app("export", "--db", laptop, "--event", "Fresno", "--out", tmp_path / "day.jsonl")
    assert_plain_error(result, 2, "no client is in the event 'Fresno'",
                       f"1 client changed here today is not of the event Fresno, so not in this export: {client.name} (id {client_id}",
                       f"clinic-app export --db {laptop} --since")


def test_a_whole_events_handouts_do_not_write_a_line_each_to_a_log(tmp_path):
    """C31-03: `clinic-app handout --event NAME --out DIR 2>>night.log` wrote one line per
    handout ("handout 1/283" ... "handout 283/283") to a log or a CI job, where the batch and
    the re-screen write a line each tenth of the way (screen_command.ProgressBar): it now
    uses that bar, at a terminal and in a log alike."""
    path = tmp_path / "caseload.sqlite"
    clients = list(generate_clients(30, seed=5))
    for client in clients:
        client.event = "Fair"
    with Repository.open(path, user="cli-test") as repo:
        repo.add_clients(clients)
    result = clinic_app_process("handout", "--db", path, "--event", "Fair", "--as-of", "2026-11-15", "--out", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert len(list((tmp_path / "out").glob("*.pdf"))) == 30
    # The bar's lines, not the notes said before it (their commands on this caseload, R113-03).
    progress = [line for line in result.stderr.splitlines() if line.startswith("handouts: ")]
    assert "\r" not in result.stderr and 1 <= len(progress) <= 11, progress
    assert result.stderr.splitlines()[-1] == progress[-1] and progress[-1].startswith("handouts: 30/30 done in ")


@pytest.mark.parametrize("command", ["demo", "list", "export", "import", "backup", "restore", "report", "rescreen", "encrypt", "passphrase", "screen", "handout"])
def test_each_commands_help_says_what_it_reads_and_writes_with_examples_that_parse(command, capsys):
    """C31-04: `clinic-app import --help` (and export, report, rescreen, screen...) listed its
    options only: not what it reads and writes (a caseload, a file, standard output) nor one
    command line to start from, which a county analyst who is no programmer copies."""
    import re
    import shlex

    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    shown = capsys.readouterr().out
    assert "\nreads: " in shown and "; writes: " in shown, shown
    examples = commands_joined(shown.split("\nexamples:\n", 1)[1].split("\n\n")[0])
    lines = [line.strip() for line in examples.splitlines() if line.startswith("  clinic-app")]
    assert lines, shown
    parser = cli.build_parser()
    for line in lines:
        words = shlex.split(re.split(r"[|<>]", line)[0])  # the command, without its redirections
        assert words[:2] == ["clinic-app", command], line
        parser.parse_args(words[1:])  # a usage error would exit 2


def test_a_json_lines_import_is_read_a_line_at_a_time(tmp_path):
    """C31-05: `clinic-app import all.jsonl` of 50,000 clients (143 MB) peaked at 1.2 GB: the
    whole file was read, decoded, split into lines and parsed into dicts, all held at once,
    before the first client was made.  It is now read a line at a time: besides the clients
    themselves, which an all-or-nothing import must hold, what it holds meanwhile is one line's
    worth, not several times the file (tracemalloc counts Python's allocations)."""
    import tracemalloc

    path = tmp_path / "day.jsonl"
    requests = (client_to_request_dict(client) for client in generate_clients(600, seed=21))
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in requests), encoding="utf-8")
    tracemalloc.start()
    try:
        clients, _reviews = cli.read_import(path)
        kept, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(clients) == 600
    assert peak - kept < path.stat().st_size / 2, (peak, kept, path.stat().st_size)


def test_an_export_to_standard_output_stopped_with_ctrl_c_says_it_is_incomplete(tmp_path):
    """C31-07: `clinic-app export --all > all.jsonl`, stopped with Ctrl-C, said "interrupted;
    nothing more was written." and left all.jsonl with the first clients in whole lines, which
    `import` or `screen --batch` take as the whole caseload.  It now says how many of how many
    clients went out, and that the export is incomplete."""
    import signal
    import time

    laptop = tmp_path / "laptop.sqlite"
    # The Ctrl-C comes after 100 kB, some 30 clients: 2,000 leave it time to land, where storing
    # 10,000 was ~3 s of this test's 3.5 (S347-05).
    with Repository.open(laptop, user="cli-test") as repo:
        repo.add_clients(generate_clients(2_000, seed=31))
    exported = tmp_path / "all.jsonl"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test"}
    with open(exported, "wb") as out:
        with ctrl_c_heard():
            process = subprocess.Popen([sys.executable, "-m", "clinic_app", "export", "--db", str(laptop), "--all"], cwd=ROOT, env=env,
                                       stdout=out, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while exported.stat().st_size < 100_000:
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    said = stderr.decode("utf-8")
    lines = exported.read_text(encoding="utf-8").splitlines()
    assert process.returncode == 130, said
    assert 0 < len(lines) < 2_000 and all(json.loads(line)["client"]["name"] for line in lines)
    assert f"interrupted after {len(lines):,} of 2,000 clients: the export on standard output is incomplete" in said
    assert "nothing more was written" not in said and "Traceback" not in said


def _import_started(caseload: Path) -> bool:
    """Whether an import's start is in the caseload's audit log (read as another program reads it)."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(f"file:{caseload}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT 1 FROM audit WHERE client_id IS NULL AND entity = 'import' AND action = 'start'").fetchone() is not None


def test_ctrl_c_during_an_import_says_no_client_was_added_and_none_was(tmp_path, demo_db):
    """L32-02: Ctrl-C while `clinic-app import` stored a file's clients said main's "interrupted;
    nothing more was written.", which left the paralegal to wonder whether some had gone in.
    The import is all or nothing: a real import, stopped once it is storing (its start in the
    audit log says so), added no client, and it says so plainly; the next import does not tell of it
    again as one that "did not finish"."""
    import signal

    # Storing 4,000 takes ~0.4 s on a fast machine, the Ctrl-C sent within ~10 ms of its start
    # (below): 10,000 were read and checked twice, ~10 s of this test's 17 on a busy machine (S347-01).
    many = 4_000
    with open(tmp_path / "day.jsonl", "w", encoding="utf-8") as f:
        for client in generate_clients(many, seed=32):
            f.write(json.dumps(client_to_request_dict(client)) + "\n")
    before = listing(demo_db)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLINIC_DESK_USER": "cli-test"}
    with ctrl_c_heard():
        child = subprocess.Popen([sys.executable, "-m", "clinic_app", "import", str(tmp_path / "day.jsonl"), "--db", str(demo_db)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    # Sent once the import's start is in the audit log, which it writes as it begins storing:
    # on a fast machine the storing (about a second) printed no progress line before its last,
    # and a Ctrl-C sent a fixed fifth of a second after the copy before it could come before
    # or after it (K122).
    deadline = time.monotonic() + 120
    while not _import_started(demo_db):
        assert time.monotonic() < deadline and child.poll() is None, "the import never began storing"
        time.sleep(0.01)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=120)
    said = [err]
    assert child.returncode == 130, said
    assert "Traceback" not in err and out == "", said
    # After the copy made before the import, and the storing's progress if it said any, the first word is the stop's.
    after_copy = [line for line in err.partition(" is kept in ")[2].splitlines()[1:] if not line.startswith("importing: ")]
    assert after_copy and after_copy[0].startswith("clinic-app: interrupted: no client was added and the caseload is as it was"), said
    assert f"import {tmp_path / 'day.jsonl'} again to add its {many:,} clients" in err, said
    assert listing(demo_db) == before
    again = clinic_app("import", tmp_path / "day.jsonl", "--db", demo_db)
    assert again.returncode == 0, again.stderr
    assert "did not finish" not in again.stderr  # said once, when it was stopped
    assert len(listing(demo_db)) == len(before) + many


def test_a34_05_import_says_the_clients_it_added_are_not_screened_yet_and_how_to_screen_them(tmp_path, capsys):
    """The office imported an event laptop's day at the terminal, opened the window, and found
    every client "Not screened", the counts at 0: the import had said only "Imported 3 clients"."""
    laptop, office, day = tmp_path / "laptop.sqlite", tmp_path / "office.sqlite", tmp_path / "day.jsonl"
    with Repository.open(laptop) as repo:
        repo.add_clients(generate_clients(2, seed=3))
    assert cli.main(["export", "--db", str(laptop), "--all", "--out", str(day)]) == 0
    capsys.readouterr()
    assert cli.main(["import", "--db", str(office), str(day)]) == 0
    out = capsys.readouterr().out
    assert (f"They are not screened yet: clinic-app rescreen --db {office} screens them (in the window, Re-screen now "
            "at the bottom right, or Caseload > Re-screen whole caseload...).") in out
    assert cli.main(["import", "--db", str(office), str(day)]) == 0  # again: nobody added, nothing to screen
    assert "not screened" not in capsys.readouterr().out


def test_m42_02_an_export_cut_short_is_said_so_not_sent_to_put_a_record_right(tmp_path, capsys):
    """M42-02: a laptop's day copied to the clinic before the export was whole (the drive
    taken out too soon) was refused as "line 3: not valid JSON: Unterminated string starting
    at ... put that record right": there was nothing to put right in it.  The import says the
    file was cut short and to copy it again; a bad line that is whole keeps its own message."""
    day = "\n".join(json.dumps(client_to_request_dict(client)) for client in generate_clients(3, seed=42)) + "\n"
    clinic = tmp_path / "clinic.sqlite"
    Repository.open(clinic).close()
    (tmp_path / "day.jsonl").write_bytes(day.encode("utf-8")[: len(day) - 400])
    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 2
    err = capsys.readouterr().err
    assert "line 3: the file ends part-way through this client's record: it was cut short" in err
    assert "none of its 3 clients was added; copy or export the file again from the laptop" in err
    assert "put that record right" not in err
    with Repository.open(clinic) as repo:
        assert repo.count_clients() == 0
    lines = day.splitlines()
    (tmp_path / "day.jsonl").write_text("\n".join([lines[0], lines[1][:-1], lines[2]]) + "\n", encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 2
    err = capsys.readouterr().err
    assert "line 2: not valid JSON" in err and "put that record right" in err


def test_m42_05_an_import_with_possible_duplicates_says_where_to_check_them(tmp_path, capsys):
    """M42-05: the same client edited on two laptops comes back as possible duplicates;
    `clinic-app import` said "Check 1 client who shares a name and date of birth ..." and
    not where they are checked, which the window's import says (W24-03).  It says so too;
    a file that adds none says nothing of it."""
    clinic = tmp_path / "clinic.sqlite"
    with Repository.open(clinic) as repo:
        (office_id,) = repo.add_clients(generate_clients(1, seed=42))
        edited = repo.get_client(office_id)
    edited.phone = "(559) 555-0142"
    (tmp_path / "day.jsonl").write_text(json.dumps(client_to_request_dict(edited)) + "\n", encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 0
    out = capsys.readouterr().out
    assert "Check 1 client who shares a name and date of birth" in out
    assert ("In the window: they are listed under “Possible duplicates” above the caseload list: open the record to keep, "
            "and if the other is the same person, take it in with Caseload > Merge a duplicate into this client") in out
    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 0
    assert "Possible duplicates" not in capsys.readouterr().out


def test_r43_02_a_whole_last_record_with_a_mistake_is_not_said_to_be_cut_short(tmp_path, capsys):
    """R43-02: M42-02 took any bad last line without a newline for a file cut short.  Notepad
    saves a file with no newline at its end: a record put right by hand there, with a comma
    left out, was refused as "cut short ... copy or export the file again from the laptop",
    which would bring back the same mistake.  A record that is whole but wrong is said as
    such; one that stops part-way is still said to be cut short, also part-way through a
    letter of two bytes, which had been "not UTF-8 text ... save it as UTF-8"."""
    day = [json.dumps(client_to_request_dict(client)) for client in generate_clients(2, seed=42)]
    clinic = tmp_path / "clinic.sqlite"
    Repository.open(clinic).close()
    typo = day[1].replace(', "cases"', ' "cases"', 1)
    assert typo != day[1]
    (tmp_path / "day.jsonl").write_text(day[0] + "\n" + typo, encoding="utf-8")  # as Notepad saves it
    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 2
    err = capsys.readouterr().err
    assert "line 2: not valid JSON: Expecting ',' delimiter" in err and "put that record right" in err
    assert "cut short" not in err
    for cut in (day[1][:-40].encode("utf-8"), day[1][:-40].encode("utf-8") + "é".encode("utf-8")[:1]):  # part-way through a letter
        (tmp_path / "day.jsonl").write_bytes(day[0].encode("utf-8") + b"\n" + cut)
        assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 2
        assert "line 2: the file ends part-way through this client's record: it was cut short" in capsys.readouterr().err


def test_m43_04_clinic_app_merge_makes_the_pair_an_import_named_one_record(tmp_path, capsys):
    """M43: the pair `clinic-app import` names is made one at a terminal as in the window
    (Caseload > Merge a duplicate into this client): the same merge, said."""
    clinic = tmp_path / "clinic.sqlite"
    with Repository.open(clinic) as repo:
        (office_id,) = repo.add_clients(generate_clients(1, seed=42))
        edited = repo.get_client(office_id)
    edited.notes = (edited.notes + " Prefers mornings.").strip()
    (tmp_path / "day.jsonl").write_text(json.dumps(client_to_request_dict(edited)) + "\n", encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 0
    new_id = office_id + 1
    said = capsys.readouterr().out
    assert f"At a terminal: clinic-app merge --db {clinic} --into {office_id} --from {new_id} takes" in said
    assert "There was no caseload" not in said  # M44: said after every import that left a pair
    assert cli.main(["merge", "--db", str(clinic), "--into", str(office_id), "--from", str(office_id)]) == 2
    assert "name the same client" in capsys.readouterr().err
    assert cli.main(["merge", "--db", str(clinic), "--into", str(office_id), "--from", str(new_id)]) == 0
    out = capsys.readouterr().out
    assert f"Merged id {new_id} into {edited.name} (id {office_id})" in out
    assert f"Takes from id {new_id}: notes." in out
    with Repository.open(clinic) as repo:
        assert repo.client_ids() == [office_id] and repo.get_client(office_id).notes == edited.notes
        assert repo.latest_screening(office_id) is not None  # screened again
    assert cli.main(["merge", "--db", str(clinic), "--into", str(office_id), "--from", str(new_id)]) == 2
    assert f"There is no client number {new_id}" in capsys.readouterr().err
    # M44: a name put right on the laptop (another name, the same case number): the import named
    # the pair, told to delete the other record, and gave no merge command.
    edited.name += " Ramírez"
    (tmp_path / "day.jsonl").write_text(json.dumps(client_to_request_dict(edited)) + "\n", encoding="utf-8")
    assert cli.main(["import", str(tmp_path / "day.jsonl"), "--db", str(clinic)]) == 0
    said = capsys.readouterr().out
    assert f"(id {new_id + 1}; here as" in said and "delete the other record" not in said
    assert "take it in with Caseload > Merge a duplicate into this client (it shows what it takes first; Ctrl+Z puts both back)" in said
    assert f"At a terminal: clinic-app merge --db {clinic} --into {office_id} --from {new_id + 1} takes" in said
    assert cli.main(["merge", "--db", str(clinic), "--into", str(office_id), "--from", str(new_id + 1)]) == 0
