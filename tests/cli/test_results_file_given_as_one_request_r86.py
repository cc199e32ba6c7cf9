"""R86-03: a results file given to `clinic-app screen` without --batch was called requests."""

from __future__ import annotations

from tests.cli.test_results_given_as_requests_z85 import SAID, _results_of_a_batch
from tests.cli.test_screen_robustness import refused, screen


def test_a_results_file_of_one_result_a_line_is_named_results_not_requests(tmp_path):
    """screen --batch's results.jsonl, given back to `clinic-app screen results.jsonl` (--batch
    forgotten as well as the wrong file taken), was "results.jsonl holds 2 requests, one a line
    (JSON Lines), not one request: screen them with clinic-app screen --batch results.jsonl"
    (Z85-01), and that command then refused each of its lines as "a screening result ..., not a
    request" (Z85-02).  It says what the file holds, as a single result is said."""
    results = _results_of_a_batch(tmp_path)
    done = screen(results, "--format", "text")
    refused(done, f"{results} holds 2 screening results (as_of, rules_version, results), one a line, not requests: "
                  "give the requests they were screened from")
    assert "--batch" not in done.stderr
    assert "holds 2 requests" not in done.stderr
    done = screen("-", stdin=results.read_bytes())
    refused(done, "standard input holds 2 screening results")
    one = tmp_path / "result.json"
    one.write_text(results.read_text(encoding="utf-8").splitlines()[0], encoding="utf-8")
    refused(screen(one), f"{one}: {SAID}")
