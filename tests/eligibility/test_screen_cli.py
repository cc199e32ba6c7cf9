"""`clinic-app screen` as a user runs it (a request on standard input a subprocess, files in this
process): good requests, bad requests, batches.

A request that breaks FORMAT.md exits 2 naming the path of the first bad key or value,
and prints nothing on standard output; a bad batch line stops the batch before anything
is written.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clinic_app.eligibility import RULES_VERSION
from tests.cli.program_in_process import run_in_process

from engine_builders import GOOD_REQUEST as GOOD

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """`clinic-app screen ARGS`: given files, in this process (tests/cli/program_in_process.py);
    given `stdin`, a process of its own reading it from a pipe."""
    if stdin is None:
        return run_in_process(["screen", *args], env={})
    return subprocess.run([sys.executable, "-m", "clinic_app", "screen", *args], cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=120)


def bad(mutate) -> dict:
    doc = json.loads(json.dumps(GOOD))
    mutate(doc)
    return doc


def write(tmp_path: Path, doc, name="request.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


BAD_REQUESTS = [
    ("wrong type", lambda d: d["person"].__setitem__("dob", 5), "person.dob"),
    ("unknown key", lambda d: d["cases"][0]["convictions"][0].__setitem__("colour", "red"), "cases[0].convictions[0].colour"),
    ("unknown top-level key", lambda d: d.__setitem__("notes", "x"), "notes"),
    ("probation ending before it starts", lambda d: d["cases"][0]["sentence"]["probation"].__setitem__("end", "2014-01-01"), "cases[0].sentence.probation.end"),
    ("impossible date", lambda d: d["cases"][0]["sentence"].__setitem__("judgment_date", "2019-13-01"), "cases[0].sentence.judgment_date"),
    ("value outside the vocabulary", lambda d: d["cases"][0].__setitem__("outcome", "guilty"), "cases[0].outcome"),
]


@pytest.mark.parametrize("name,mutate,path", BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_bad_request_exits_2_with_the_path_and_no_output(tmp_path, name, mutate, path):
    done = cli(str(write(tmp_path, bad(mutate))))
    assert done.returncode == 2
    assert path in done.stderr
    assert done.stdout == ""


def test_good_request_prints_the_format_result(tmp_path):
    done = cli(str(write(tmp_path, GOOD)))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["as_of"] == "2026-11-15" and result["rules_version"] == RULES_VERSION
    row = next(r for r in result["results"] if r["remedy"] == "pc1203_4")
    assert (row["status"], row["mode"]) == ("eligible", "mandatory")


def test_request_from_standard_input():
    done = cli("-", "--format", "text", stdin=json.dumps(GOOD))
    assert done.returncode == 0, done.stderr
    assert "ELIGIBLE NOW" in done.stdout


def test_bad_as_of_option_exits_2(tmp_path):
    done = cli(str(write(tmp_path, GOOD)), "--as-of", "2026-02-30")
    assert done.returncode == 2 and "--as-of" in done.stderr and done.stdout == ""


def test_missing_file_exits_2(tmp_path):
    done = cli(str(tmp_path / "nope.json"))
    assert done.returncode == 2 and "nope.json" in done.stderr


def test_unknown_section_in_text_format_names_it(tmp_path):
    doc = bad(lambda d: d["cases"][0]["convictions"][0].__setitem__("section", "9999"))
    done = cli(str(write(tmp_path, doc)), "--format", "text")
    assert done.returncode == 0, done.stderr
    assert "PC 9999 is not in the offense catalog" in done.stdout
    assert "NEEDS ATTORNEY REVIEW" in done.stdout


def test_batch_writes_one_result_per_line_in_order(tmp_path):
    src = tmp_path / "in.jsonl"
    later = dict(GOOD, as_of="2017-01-01")
    src.write_text(json.dumps(GOOD) + "\n\n" + json.dumps(later) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = cli("--batch", str(src), "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["as_of"] for r in lines] == ["2026-11-15", "2017-01-01"]
    assert "2/2" in done.stderr  # the progress bar


def test_batch_to_standard_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n", encoding="utf-8")
    done = cli("--batch", str(src), "--as-of", "2016-01-01")
    assert done.returncode == 0, done.stderr
    assert [json.loads(x)["as_of"] for x in done.stdout.splitlines()] == ["2016-01-01", "2016-01-01"]


@pytest.mark.parametrize("line", [json.dumps(bad(lambda d: d["person"].__setitem__("dob", 5))), "{not json"])
def test_bad_batch_line_stops_everything_naming_the_line(tmp_path, line):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(GOOD) + "\n" + json.dumps(GOOD) + "\n" + line + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = cli("--batch", str(src), "--out", str(out))
    assert done.returncode == 2
    assert f"{src}:3" in done.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]  # no temporary file left behind
    to_stdout = cli("--batch", str(src))
    assert to_stdout.returncode == 2 and to_stdout.stdout == ""
