"""H100-01: a referral list (the laptop's `export --all`) copied on a stick pulled while copying,
line 3 of 5 cut short part-way through its client's record, given to `clinic-app screen --batch`
was "in.jsonl:3: not valid JSON: Invalid control character at column 46": json's words, where
`clinic-app import` of the same file says the line ends early and to copy the file again
(H99-01).  The batch now says it in the import's words (one rule, screening_format.cut_short),
at its line, with what to do; exit status 2 (CONTRACT: a bad line), and nothing is written: no
result on standard output, an earlier --out kept byte for byte.  A whole line with a brace left
out keeps json's words, to be put right."""

from __future__ import annotations

import json

from clinic_app.demo import generate_clients
from clinic_app.screening_format import client_to_request_dict
from tests.cli.test_screen_robustness import refused, screen

ENDS_EARLY = "the line ends early, part-way through a client's record: the file may have been copied incompletely"
COPY_AGAIN = ("Copy the file again from the laptop (or export it again there), and screen that whole file; "
              "nothing was screened or written.")


def _lines(n: int = 5) -> list[str]:
    return [json.dumps(client_to_request_dict(client)) for client in generate_clients(n, seed=99)]


def test_a_line_cut_short_mid_file_is_said_as_the_import_says_it(tmp_path):
    lines = _lines()
    lines[2] = lines[2][:45]  # inside a string: json said "Invalid control character at column 46"
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "results.jsonl"
    out.write_text('{"earlier": "results"}\n', encoding="utf-8")
    done = screen("--batch", batch, "--out", out)
    refused(done, f"{batch}:3: {ENDS_EARLY}\n{COPY_AGAIN}")
    assert "not valid JSON" not in done.stderr
    assert out.read_text(encoding="utf-8") == '{"earlier": "results"}\n'  # the results there stay whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "results.jsonl"]  # no temporary left


def test_a_file_cut_at_its_end_and_zeros_in_place_of_a_line_as_the_import_says_them(tmp_path):
    lines = _lines()
    end = tmp_path / "end.jsonl"
    end.write_text("\n".join(lines[:4] + [lines[4][:100]]), encoding="utf-8")  # no newline: the file stops
    done = screen("--batch", end)  # results to standard output: none written
    refused(done, f"{end}:5: the file ends part-way through this client's record: it was cut short",
            "Copy or export the file again from the laptop, and screen that whole file; nothing was screened or written.")
    whole = ("\n".join(lines) + "\n").encode()
    zeros = tmp_path / "zeros.jsonl"
    zeros.write_bytes(whole[:300] + b"\0" * 512 + whole[812:])
    done = screen("--batch", zeros)
    refused(done, f"{zeros}:1: the line holds empty bytes (zeros) where a client's record should be", COPY_AGAIN)


def test_several_lines_cut_short_are_each_named_then_what_to_do(tmp_path):
    lines = _lines()
    lines[0], lines[3] = lines[0][: lines[0].index(", ") + 1], lines[3][:45]  # after a comma; in a string
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = screen("--batch", batch)
    refused(done, f"2 bad lines in {batch}; nothing was screened or written:", f"{batch}:1: {ENDS_EARLY}",
            f"{batch}:4: {ENDS_EARLY}", COPY_AGAIN)


def test_a_whole_line_with_a_brace_left_out_keeps_its_own_words(tmp_path):
    lines = _lines(3)
    lines[1] = lines[1][:-1]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = screen("--batch", batch)
    refused(done, f"{batch}:2: not valid JSON")
    assert "copied incompletely" not in done.stderr and "Copy the file again" not in done.stderr
