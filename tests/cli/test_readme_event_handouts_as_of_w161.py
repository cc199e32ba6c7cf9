"""W161-03: a paralegal making this week's handouts of an event from the terminal read the
README's row `clinic-app handout --event NAME [--large-print] --out DIR`, no --as-of, where the
worksheet's --event row has it and both commands take it (the day every handout speaks for).
W104-01's test reads a command's rows together, so the --client row's --as-of stood for both;
each row of a batch now names every option that form of the command takes."""

from __future__ import annotations

from pathlib import Path

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _row(start: str) -> str:
    (row,) = [line for line in README.splitlines() if line.startswith(f"| `clinic-app {start} ")]
    return row.split("` |", 1)[0]


def test_w161_03_the_event_rows_of_handout_and_worksheet_name_as_of():
    for command in ("handout", "worksheet"):
        client, event = _row(f"{command} --client"), _row(f"{command} --event")
        assert "[--as-of DATE]" in client and "[--as-of DATE]" in event, command


def test_w161_03_the_event_handouts_row_keeps_large_print():
    assert "[--large-print]" in _row("handout --event")
