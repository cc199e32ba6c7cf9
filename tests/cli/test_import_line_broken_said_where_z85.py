"""Z85-04: a referral list whose line 1 was broken in two inside a string (an editor that wraps
long lines, here within a conviction's date) was refused by `clinic-app import` as
"line 1: not valid JSON: Invalid control character at. The file was not imported": json's words
cut off at "at", with no place, where `screen --batch` says of the same line "Invalid control
character at column 1778". Import now names the place as screen does, for every JSON mistake
("Expecting value at column 45").

H99-01 changed line 1's words on purpose: a line that stops part-way through a record, with
lines after it, is said to end early (the file may have been copied incompletely: copy it
again), not as json's "Invalid control character at column N", which a paralegal cannot act
on.  Line 2, the broken line's rest, keeps json's words with its column."""

from __future__ import annotations

import re

from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_screen_robustness import LINE


def test_a_line_broken_inside_a_string_is_said_with_its_column(tmp_path):
    cut = LINE.index('"conviction_date"') + len('"conviction_date": "20')
    day = tmp_path / "referrals.jsonl"
    day.write_text(LINE[:cut] + "\n" + LINE[cut:] + "\n" + LINE + "\n", encoding="utf-8")
    done = clinic_app("import", day, "--db", tmp_path / "caseload.sqlite")
    # Both halves are bad lines, named as screen --batch names them (D86-02).
    assert done.returncode == 2 and "Traceback" not in done.stderr
    said = done.stderr.splitlines()
    assert said[0].startswith("clinic-app: 2 bad lines in") and "the file was not imported" in said[0]
    assert said[1] == (f"{day}:1: the line ends early, part-way through a client's record: "
                       "the file may have been copied incompletely")
    assert said[2].startswith(f"{day}:2: not valid JSON:")
    assert not re.search(r"character at\.", done.stderr)


def test_other_json_mistakes_say_their_column_too(tmp_path):
    day = tmp_path / "referrals.jsonl"
    day.write_text(LINE + "\n" + '{"person": {"dob": "1980-01-01"}, "cases": [}' + "\n", encoding="utf-8")
    done = clinic_app("import", day, "--db", tmp_path / "caseload.sqlite")
    assert_plain_error(done, 2, "line 2: not valid JSON: Expecting value at column 45.")
