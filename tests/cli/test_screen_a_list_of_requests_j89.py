"""J89-04: a JSON list of requests (as a case-management system exports them) given to
`clinic-app screen` said "a request is a mapping (as_of, person, cases), not [{'as_of':
'2026-11-15', 'cases': [...], ...", and --batch, tried next, said "screen a single request with
clinic-app screen list.json": each sent the paralegal to the other.  screen now says the file
holds a list of requests and what to do; --batch no longer offers screen for a list."""

from __future__ import annotations

import json

import yaml

from tests.cli.test_screen_robustness import GOOD, PUBLIC_CASES, refused, screen


def test_a_list_of_requests_given_as_one_is_said_to_be_a_list(tmp_path):
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([GOOD, GOOD], indent=2), encoding="utf-8")
    done = screen(listed)
    refused(done, f"{listed} holds a list of 2 requests ([{{...}}, {{...}}]), not one request: write each request on a "
                  "line of its own (JSON Lines) and screen that file with clinic-app screen --batch FILE")
    assert "a request is a mapping" not in done.stderr
    batch = screen("--batch", listed)
    refused(batch, f"{listed} is one JSON list written over many lines, not one request a line: write each request on "
                   "a line of its own (JSON Lines)")
    assert f"clinic-app screen {listed}" not in batch.stderr
    one = tmp_path / "one.json"
    one.write_text(json.dumps([GOOD]), encoding="utf-8")
    refused(screen(one), f"{one} holds a list of 1 request ([{{...}}]), not the request alone: take away the [ and ] around it")
    in_yaml = tmp_path / "list.yaml"
    in_yaml.write_text(yaml.safe_dump([GOOD] * 3), encoding="utf-8")
    refused(screen(in_yaml), f"{in_yaml} holds a list of 3 requests")


def test_a_list_of_what_is_not_a_request_is_said_as_before(tmp_path):
    numbers = tmp_path / "numbers.json"
    numbers.write_text("[1, 2]", encoding="utf-8")
    refused(screen(numbers), "a request is a mapping (as_of, person, cases), not [1, 2]")
    refused(screen(PUBLIC_CASES), "a request is a mapping")
