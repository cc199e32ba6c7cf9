"""H99-01: a laptop's day copied to the clinic on a USB stick pulled while copying, one line cut
short part-way through its client's record and the lines after it whole, was refused by
`clinic-app import` as "line 3: not valid JSON: Invalid control character at column 46 ... put
that record right": json's words, and a record to put right where there is none, only the file
to copy again.  It now says which line ends early, that the file may have been copied
incompletely and to copy it again; nothing is added to the caseload (checked, it was not).  A
line holding zero bytes, what a stick pulled can leave in place of the text, is said so too;
a whole line with a brace left out keeps its own words (M42-02)."""

from __future__ import annotations

import json

from clinic_app.screening_format import client_to_request_dict
from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app, clinic_app_process

ENDS_EARLY = "the line ends early, part-way through a client's record: the file may have been copied incompletely"
COPY_AGAIN = "copy the file again from the laptop (or export it again there), and import that whole file"


def _day(n: int = 5) -> list[str]:
    return [json.dumps(client_to_request_dict(client)) for client in generate_clients(n, seed=99)]


def _clinic(tmp_path):
    clinic = tmp_path / "clinic.sqlite"
    with Repository.open(clinic) as repo:
        repo.add_clients(generate_clients(2, seed=7))
    return clinic


def _names(clinic) -> list[str]:
    with Repository.open(clinic) as repo:
        return sorted(row.name for row in repo.list_clients())


def test_a_line_cut_short_mid_file_says_which_and_to_copy_again(tmp_path):
    lines = _day()
    lines[2] = lines[2][:45]  # cut inside a string: json said "Invalid control character at column 46"
    day = tmp_path / "day.jsonl"
    day.write_text("\n".join(lines) + "\n", encoding="utf-8")
    clinic = _clinic(tmp_path)
    before = _names(clinic)
    done = clinic_app_process("import", day, "--db", clinic)
    assert_plain_error(done, 2, f"line 3: {ENDS_EARLY}", "none of its 5 clients was added", COPY_AGAIN)
    assert "not valid JSON" not in done.stderr and "put that record right" not in done.stderr
    assert _names(clinic) == before


def test_a_line_cut_after_a_comma_or_in_a_number_ends_early_too(tmp_path):
    lines = _day(3)
    comma = lines[0].index(", ") + 1
    digit = lines[1].index('"dob": "') - 2  # some key's end; cut in the middle of the line
    lines[0], lines[1] = lines[0][:comma], lines[1][:digit]
    day = tmp_path / "day.jsonl"
    day.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = clinic_app("import", day, "--db", tmp_path / "new.sqlite")
    assert done.returncode == 2 and "2 bad lines" in done.stderr
    assert f"day.jsonl:1: {ENDS_EARLY}" in done.stderr and f"day.jsonl:2: {ENDS_EARLY}" in done.stderr
    assert COPY_AGAIN[0].upper() + COPY_AGAIN[1:] in done.stderr
    assert not (tmp_path / "new.sqlite").exists()


def test_zero_bytes_in_place_of_a_line_are_said_so(tmp_path):
    whole = ("\n".join(_day()) + "\n").encode()
    day = tmp_path / "day.jsonl"
    day.write_bytes(whole[:300] + b"\0" * 512 + whole[812:])
    clinic = _clinic(tmp_path)
    before = _names(clinic)
    done = clinic_app("import", day, "--db", clinic)
    assert_plain_error(done, 2, "line 1: the line holds empty bytes (zeros) where a client's record should be: "
                                "the file may have been copied incompletely", COPY_AGAIN)
    assert _names(clinic) == before


def test_a_whole_line_with_its_last_brace_left_out_is_still_put_right(tmp_path):
    lines = _day(3)
    lines[1] = lines[1][:-1]
    day = tmp_path / "day.jsonl"
    day.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = clinic_app("import", day, "--db", tmp_path / "new.sqlite")
    assert_plain_error(done, 2, "line 2: not valid JSON", "put that record right")
