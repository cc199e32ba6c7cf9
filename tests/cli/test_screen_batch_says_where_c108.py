"""`clinic-app screen --batch FILE --out RESULTS` ended with its progress bars and not a word
of where the results went, nor how many: `export --out` says both (C108-02).  One line on
standard error now names the file and the count; without --out, the results are on standard
output and nothing more is said."""

from __future__ import annotations

import json

from clinic_app.demo import generate_clients
from clinic_app.screening_format import client_to_request_dict
from tests.cli.test_screen_robustness import batch_file, screen


def _batch(tmp_path, n: int):
    return batch_file(tmp_path, [json.dumps(client_to_request_dict(client)) for client in generate_clients(n, seed=108)])


def test_the_results_file_and_its_count_are_said(tmp_path):
    out = tmp_path / "results.jsonl"
    done = screen("--batch", _batch(tmp_path, 3), "--out", out, "--as-of", "2026-12-01")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
    assert done.stderr.splitlines()[-1] == f"Wrote 3 results to {out} (readable by you only)."


def test_results_on_standard_output_are_not_said_as_written_to_a_file(tmp_path):
    done = screen("--batch", _batch(tmp_path, 2), "--as-of", "2026-12-01")
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 2
    assert "Wrote" not in done.stderr
