"""Z85-02: the results file of `clinic-app screen --batch` (results.jsonl) given back where its
requests belong, to `import` or to `screen --batch` (one .jsonl looks like the other in a
folder), was refused as "line 1: rules_version: unknown key", 2,000 times over for a batch:
nothing said the file holds results, not requests. It is now named a screening result, with
what to give instead; still refused, exit status 2, nothing written."""

from __future__ import annotations

import json

from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_screen_robustness import LINE, refused, screen

SAID = "a screening result (as_of, rules_version, results), not a request"


def _results_of_a_batch(tmp_path):
    requests = tmp_path / "referrals.jsonl"
    requests.write_text("\n".join([LINE] * 2) + "\n", encoding="utf-8")
    results = tmp_path / "results.jsonl"
    assert screen("--batch", requests, "--out", results).returncode == 0
    return results


def test_a_results_file_given_to_screen_is_named_a_result(tmp_path):
    results = _results_of_a_batch(tmp_path)
    done = screen("--batch", results, "--out", tmp_path / "again.jsonl")
    refused(done, f"{results}:1: {SAID}", f"{results}:2: {SAID}")
    assert "unknown key" not in done.stderr
    assert not (tmp_path / "again.jsonl").exists()
    one = tmp_path / "result.json"
    one.write_text(results.read_text(encoding="utf-8").splitlines()[0], encoding="utf-8")
    done = screen(one, "--format", "text")
    refused(done, f"{one}: {SAID}")


def test_a_results_file_given_to_import_is_named_a_result(tmp_path):
    results = _results_of_a_batch(tmp_path)
    caseload = tmp_path / "caseload.sqlite"
    done = clinic_app("import", results, "--db", caseload)
    assert_plain_error(done, 2, f"line 1: {SAID}", "none of its 2 clients was added")
    assert "unknown key" not in done.stderr


def test_a_request_with_an_unknown_key_is_still_named_by_it(tmp_path):
    doc = json.loads(LINE)
    doc["results"] = []
    bad = tmp_path / "r.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    refused(screen(bad), f"{bad}: results: unknown key")
