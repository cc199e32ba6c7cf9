"""W104-08: `clinic-app --help`'s list of commands said `worksheet` writes "a client's filing
worksheet for staff (PDF)", where `handout`, beside it, says "or a whole event's": both take
--event and write a folder of an event's PDFs, and a paralegal reading the list for the day's
worksheets was told only of one client's."""

from __future__ import annotations

import argparse

from clinic_app.cli import build_parser


def test_w104_08_each_command_that_writes_an_events_folder_says_so_in_the_command_list():
    parser = build_parser()
    sub = next(action for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    listed = {choice.dest: choice.help for choice in sub._choices_actions}
    for name in ("handout", "worksheet"):
        out = next(action for action in sub.choices[name]._actions if "--out" in action.option_strings)
        assert "folder (--event)" in out.help  # the command writes an event's folder ...
        assert "or a whole event's" in listed[name], listed[name]  # ... and the list says so
