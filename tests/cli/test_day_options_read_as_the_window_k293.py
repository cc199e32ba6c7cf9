"""K293-01: every option that takes a day (`list --as-of`, `--newly-eligible-since`, `report`,
`rescreen`, `screen`, `handout` and `worksheet --as-of`, `export --since`) took only YYYY-MM-DD:
a clinic's "12/31/2026" was "not a date: '12/31/2026' (write dates as YYYY-MM-DD)" where
`--probation-ended 12/31/2026` in the same `list`, and the window's date boxes, took it.  Each
now reads a day as the window's boxes do, refuses in their words, and says back the day read."""

from __future__ import annotations

import json

import pytest

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app

NO_SUCH_DAY = "Not a date: there is no 2/29/2027 (February 2027 has 28 days)"


@pytest.fixture(scope="module")
def caseload(tmp_path_factory):
    path = tmp_path_factory.mktemp("k293") / "caseload.sqlite"
    with Repository.open(path, user="cli-test") as repo:
        repo.add_clients(generate_clients(3, seed=5))
    return path


@pytest.mark.parametrize("typed", ["12/31/2026", "December 31 2026", "31 de diciembre de 2026", "20261231"])
def test_k293_01_list_as_of_takes_a_day_as_the_window_does_and_says_it_back(caseload, typed):
    listed = clinic_app("list", "--db", caseload, "--as-of", typed, "--hearing-within", "0")
    assert listed.returncode == 0, listed.stderr
    assert "(as of 2026-12-31)" in listed.stderr  # the day read, as a date box writes it


def test_k293_01_newly_eligible_since_and_probation_ended_read_a_day_alike(caseload):
    listed = clinic_app("list", "--db", caseload, "--newly-eligible-since", "December 31 2026",
                        "--probation-ended", "December 31 2026")
    assert listed.returncode == 0, listed.stderr
    assert "--newly-eligible-since 2026-12-31" in listed.stderr and "not a date" not in listed.stderr.lower()


@pytest.mark.parametrize("command", [
    ["list", "--as-of"], ["list", "--newly-eligible-since"], ["report", "--as-of"], ["rescreen", "--as-of"],
    ["handout", "--client", "1", "--out", "h.pdf", "--as-of"], ["worksheet", "--client", "1", "--out", "w.pdf", "--as-of"],
    # A period's day, in the same words (K306-01: it was "no such day: '2/29/2027' (...)").
    ["list", "--probation-ended"], ["report", "--period"],
])
def test_k293_01_a_day_no_calendar_has_is_refused_in_the_date_boxes_words(caseload, tmp_path, command):
    refused = clinic_app(*command[:1], "--db", caseload, *command[1:], "2/29/2027", cwd=tmp_path)
    assert_plain_error(refused, 2, f"{command[-1]}: {NO_SUCH_DAY}")
    assert not list(tmp_path.iterdir())  # nothing written for a day not meant


def test_k293_01_export_since_takes_a_clinics_day(caseload, tmp_path):
    out = tmp_path / "new.jsonl"
    exported = clinic_app("export", "--db", caseload, "--since", "1/1/2000", "--out", out)
    assert exported.returncode == 0, exported.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_k293_01_screen_as_of_takes_a_clinics_day_where_the_request_file_stays_strict(tmp_path):
    request = tmp_path / "r.json"
    request.write_text(json.dumps({"person": {"dob": "1980-01-01"}, "cases": []}), encoding="utf-8")
    screened = clinic_app("screen", request, "--as-of", "December 31 2026")
    assert screened.returncode == 0, screened.stderr
    assert json.loads(screened.stdout)["as_of"] == "2026-12-31"
    refused = clinic_app("screen", request, "--as-of", "2026-W53")
    assert refused.returncode == 2 and "--as-of: Not a date: write it as" in refused.stderr


@pytest.mark.parametrize(("typed", "year"), [("12/31/26", "26"), ("12-31-26", "26"), ("3.2.24", "24"), ("Dec 31 26", "26")])
def test_k293_03_a_year_of_two_digits_is_refused_saying_to_write_it_whole(caseload, typed, year):
    """K293-03: "12/31/26", as a RAP sheet prints it, was given the list of forms, as if its
    form were wrong; 2026 or 1926 is not guessed (a century wrong moves every answer)."""
    refused = clinic_app("list", "--db", caseload, "--as-of", typed)
    assert_plain_error(refused, 2, f"--as-of: Not a date: write the year with its four digits, not “{year}”")


def test_r301_02_each_form_a_refusal_names_is_taken_typed_at_the_shell_as_it_is_written(caseload):
    """`--as-of 2026-W49` was told "write it as 2021-03-02, 3/2/2021 or March 2 2021" (a date
    box's words), and `--as-of March 2 2021` typed as told was three arguments ("unrecognized
    arguments: 2 2021").  Each form it names, split as a shell splits it, is one day taken."""
    import shlex

    refused = clinic_app("list", "--db", caseload, "--as-of", "2026-W49")
    said = refused.stderr.strip().rsplit("write it as ", 1)[1]
    forms = said.replace(" or ", ", ").split(", ")
    assert len(forms) == 3, said
    for form in forms:
        typed = shlex.split(form)
        listed = clinic_app("list", "--db", caseload, "--hearing-within", "0", "--as-of", *typed)
        assert listed.returncode == 0, (form, listed.stderr)


def test_k306_03_every_day_option_s_help_and_the_readme_name_the_forms_it_takes():
    """`list --newly-eligible-since`'s --help line named no form of DATE, where `--as-of` just
    above it did (R301's Left alone): each option that takes a DATE says them from one source,
    and README's paragraph on DATE above the command table names each such option."""
    import argparse
    from pathlib import Path

    from clinic_app.cli import build_parser
    from clinic_app.cli_options import DAY_FORMS

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    said_of_a_date = readme[readme.index("A DATE ("):readme.index("| command | what it does |")]
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    taking_a_day = {(name, option.option_strings[0]): option.help for name, command in commands.items()
                    for option in command._actions if option.metavar == "DATE"}
    assert ("list", "--newly-eligible-since") in taking_a_day and len(taking_a_day) >= 8, taking_a_day
    assert [day for day, said in taking_a_day.items() if DAY_FORMS not in said] == []
    for form in DAY_FORMS.replace(" or ", ", ").split(", "):
        assert f"`{form}`" in said_of_a_date, form
    for name, option in taking_a_day:  # by itself (`--as-of`), or with its command (`export --since`)
        assert f"`{option}`" in said_of_a_date or f"`{name} {option}`" in said_of_a_date, (name, option)
