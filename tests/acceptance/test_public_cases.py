"""Every public acceptance case (cases-public.yaml, a copy of shared/screening's; the cases
are facts and are never edited) run through `screen()` directly and through the CLI.

Rows are matched on (case, conviction, remedy).  Status must match, except that
not_applicable and not_eligible count as the same; mode and date are checked only where
the case gives them.  The CLI is run once in --batch mode for every case (one subprocess
per case would be slow), plus a few single-file runs in JSON and text.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from clinic_app.eligibility import REMEDIES, screen
from clinic_app.screening_format import read_request, screening_from_dict
from tests.public_cases import public_cases

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
CASES = public_cases()
BY_ID = {c["id"]: c for c in CASES}
IDS = [c["id"] for c in CASES]
SAME = {"not_applicable": "not_eligible"}


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run `python -m clinic_app ARGS` from the repository root."""
    return subprocess.run([sys.executable, "-m", "clinic_app", *args], cwd=ROOT, capture_output=True, text=True, input=stdin, timeout=240)


def mismatches(expect: list[dict], results: list) -> list[str]:
    """What differs between a case's expect rows and a screening's result rows."""
    rows = {(d.case, d.conviction, d.remedy): d for d in results}
    problems = []
    for e in expect:
        key = (e["case"], e["conviction"], e["remedy"])
        d = rows.get(key)
        if d is None:
            problems.append(f"{key}: no result row")
            continue
        if SAME.get(d.status, d.status) != SAME.get(e["status"], e["status"]):
            problems.append(f"{key}: status {d.status}, expected {e['status']} ({d.reasons[0].text if d.reasons else ''})")
        if "mode" in e and d.mode != e["mode"]:
            problems.append(f"{key}: mode {d.mode}, expected {e['mode']}")
        if "date" in e and d.date != e["date"]:
            problems.append(f"{key}: date {d.date}, expected {e['date']}")
    return problems


@pytest.mark.parametrize("case_id", IDS)
def test_screen_meets_expectations(case_id):
    case = BY_ID[case_id]
    request = read_request(case["request"])
    result = screen(request.person, request.cases, request.as_of)
    assert mismatches(case["expect"], result.results) == []


@pytest.mark.parametrize("case_id", IDS)
def test_every_remedy_appears_once_per_conviction_or_case(case_id):
    request = read_request(BY_ID[case_id]["request"])
    result = screen(request.person, request.cases, request.as_of)
    keys = [(d.case, d.conviction, d.remedy) for d in result.results]
    assert len(keys) == len(set(keys))
    for c in request.cases:
        for v in c.convictions:
            for r in REMEDIES:
                if r.scope == "conviction":
                    assert (c.id, v.id, r.key) in keys
        for r in REMEDIES:
            if r.scope == "case":
                assert (c.id, None, r.key) in keys


@pytest.fixture(scope="module")
def batch_results(tmp_path_factory):
    """All public cases through `clinic-app screen --batch`, one subprocess."""
    folder = tmp_path_factory.mktemp("batch")
    src = folder / "requests.jsonl"
    out = folder / "results.jsonl"
    src.write_text("".join(json.dumps(c["request"], default=str) + "\n" for c in CASES), encoding="utf-8")
    done = cli("screen", "--batch", str(src), "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(CASES)
    return {c["id"]: screening_from_dict(json.loads(line)) for c, line in zip(CASES, lines)}


@pytest.mark.parametrize("case_id", IDS)
def test_cli_batch_meets_expectations(batch_results, case_id):
    case = BY_ID[case_id]
    result = batch_results[case_id]
    assert result.as_of == case["request"]["as_of"]
    assert mismatches(case["expect"], result.results) == []


@pytest.mark.parametrize("case_id", ["S01", "S09", "S25", "S60"])
def test_cli_single_file_json(tmp_path, case_id):
    case = BY_ID[case_id]
    path = tmp_path / f"{case_id}.yaml"
    path.write_text(yaml.safe_dump(case["request"]), encoding="utf-8")
    done = cli("screen", str(path), "--format", "json")
    assert done.returncode == 0, done.stderr
    result = screening_from_dict(json.loads(done.stdout))
    assert mismatches(case["expect"], result.results) == []


def test_cli_as_of_option_overrides_the_request(tmp_path):
    # S10: 1203.4a opens on 2027-02-11; screened on that day it is eligible now.
    path = tmp_path / "s10.json"
    path.write_text(json.dumps(BY_ID["S10"]["request"], default=str), encoding="utf-8")
    done = cli("screen", str(path), "--as-of", "2027-02-11")
    assert done.returncode == 0, done.stderr
    result = screening_from_dict(json.loads(done.stdout))
    assert result.as_of == date(2027, 2, 11)
    row = next(d for d in result.results if d.remedy == "pc1203_4a")
    assert (row.status, row.mode) == ("eligible", "mandatory")


def test_cli_text_format_reads_like_a_table(tmp_path):
    path = tmp_path / "s25.yaml"
    path.write_text(yaml.safe_dump(BY_ID["S25"]["request"]), encoding="utf-8")
    done = cli("screen", str(path), "--format", "text")
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert "an attorney must confirm" in text
    assert "CASE A" in text and "CASE B" in text
    assert "BLOCKED until 2027-03-02" in text  # case A waits for case B's probation
    assert "ELIGIBLE ON 2027-03-02" in text  # case B's own 1203.4
    assert "ten-year state firearm ban" in text  # PC 242 is on the PC 29805 list
