"""D86-02: `clinic-app import` of a referral list with a dozen bad lines named the first only
("referrals.jsonl: line 3: person.dob: ..."), where `clinic-app screen --batch` of the same list
names up to ten and counts the rest (Z85): the paralegal put one right, imported again, met the
next, a dozen times.  Import now names them as screen --batch does, by one shared way
(screening_format.BadLines), and still imports nothing, exit status 2.  One bad line is said as
before."""

from __future__ import annotations

import json

from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_screen_robustness import LINE, request_with, screen

BAD_AT = (3, 5, 8, 9, 12, 14, 15, 17, 18, 20, 21, 24)  # twelve bad lines of 25


def _referrals(tmp_path, bad_at=BAD_AT):
    """A day's referral list of 25 lines, those at `bad_at` bad in one of three ways."""
    lines = []
    for number in range(1, 26):
        if number not in bad_at:
            lines.append(LINE)
        elif number % 2:
            lines.append(request_with(lambda doc: doc["person"].__setitem__("dob", "1980-02-30")))
        elif number == 12:
            lines.append(LINE[:-1])  # not JSON: its closing brace lost
        else:
            lines.append(request_with(lambda doc: doc["cases"][0].__setitem__("outcome", "convictd")))
    day = tmp_path / "referrals.jsonl"
    day.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return day


def test_d86_02_import_names_the_first_ten_bad_lines_as_screen_batch_does(tmp_path):
    _referrals(tmp_path)
    caseload = tmp_path / "caseload.sqlite"
    done = clinic_app("import", "referrals.jsonl", "--db", caseload, cwd=tmp_path)  # as the paralegal types it
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    said = done.stderr.splitlines()
    assert said[0] == "clinic-app: 12 bad lines in referrals.jsonl; the file was not imported: none of its 25 clients was added:"
    batch = screen("--batch", "referrals.jsonl", "--out", tmp_path / "results.jsonl", cwd=tmp_path)
    assert batch.returncode == 2
    named = [line for line in batch.stderr.splitlines() if line.startswith("referrals.jsonl:")]
    assert [int(line.split(":")[1]) for line in named] == list(BAD_AT[:10])
    assert said[1:11] == named  # each named alike, at its line
    assert "referrals.jsonl:12: not valid JSON" in said[5]  # a line not JSON, named in its turn
    assert said[11:] == ["and 2 more bad lines", "Put those records right and import the whole file again."]
    assert not caseload.exists()  # nothing imported, no caseload made


def test_d86_02_a_list_names_its_bad_requests_by_their_place(tmp_path):
    requests = [json.loads(LINE) for _ in range(4)]
    requests[1]["person"]["dob"] = "1980-13-01"
    requests[3]["cases"][0]["outcome"] = "x"
    day = tmp_path / "day.json"
    day.write_text(json.dumps(requests, indent=1), encoding="utf-8")
    done = clinic_app("import", "day.json", "--db", tmp_path / "caseload.sqlite", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    said = done.stderr.splitlines()
    assert said[0] == "clinic-app: 2 bad requests in day.json; the file was not imported: none of its 4 clients was added:"
    assert said[1].startswith("day.json: [1].person.dob: no such day: '1980-13-01'")
    assert said[2].startswith("day.json: [3].cases[0].outcome: 'x' is not one of")
    assert said[3:] == ["Put those records right and import the whole file again."]


def test_d86_02_one_bad_line_is_said_as_before(tmp_path):
    day = tmp_path / "referrals.jsonl"
    day.write_text(LINE + "\n" + request_with(lambda doc: doc["person"].__setitem__("dob", "1980-02-30")) + "\n", encoding="utf-8")
    done = clinic_app("import", day, "--db", tmp_path / "caseload.sqlite")
    assert_plain_error(done, 2, f"{day}: line 2: person.dob: no such day: '1980-02-30'",
                       "The file was not imported: none of its 2 clients was added; put that record right and import the whole file again")
