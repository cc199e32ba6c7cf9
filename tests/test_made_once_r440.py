"""R440-03: `made_once` (tests/made_once.py) kept what it made by the function object and named
its folder by the function's name: a `make` reached through a second import of its module (as
test_cli.py is imported as `test_cli` and as `tests.cli.test_cli`, S433-02), or another `make`
of the same name, ran again into the folder the first had made, so a caseload was made twice in
one process (forty demo clients stored again over the forty) and every copy after held both."""

from __future__ import annotations

import types

import pytest

from tests.made_once import made_once


def _counting(calls: list):
    def make_note(folder):
        folder.mkdir()
        calls.append(folder)
        with (folder / "note.txt").open("a") as out:
            out.write("made\n")
        return (folder / "note.txt",)
    return make_note


def test_r440_03_a_make_reached_by_a_second_import_is_not_made_again(tmp_path):
    calls: list = []
    make = _counting(calls)
    again = types.FunctionType(make.__code__, make.__globals__, make.__name__, None, make.__closure__)
    (first,) = made_once(make, tmp_path / "a")
    (second,) = made_once(again, tmp_path / "b")  # the same function, its module imported twice
    assert len(calls) == 1
    assert first.read_text() == second.read_text() == "made\n"


def test_r440_03_two_makes_of_one_name_are_refused(tmp_path):
    calls: list = []
    made_once(_counting(calls), tmp_path / "a")

    def make_note(folder):  # another make, the same name
        calls.append(folder)
        return ()

    with pytest.raises(ValueError, match="make_note"):
        made_once(make_note, tmp_path / "b")
    assert len(calls) == 1
