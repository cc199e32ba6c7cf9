"""F312-02: a funder's quarterly form asks each count again for English and Spanish speakers
(people, where they stand, petitions filed and ruled on, by remedy).  `clinic-app report` said
only how many people spoke each language: the rest had to be worked out in a spreadsheet from
`list --language es --json`, and the petitions of a language could not be at all.  `report
--language en|es` counts the clients of that handout language alone, as `list --language`
lists them, and says so in its head; the two reports add up to the whole caseload's."""

from __future__ import annotations

import csv
import io
import json

from tests.cli.test_cli import clinic_app

QUARTER = "Oct-Dec 2026"


def _numbers(counts, path=""):
    """Every count of a report's JSON, by where it is ("/outcomes/eligible_now"), its day keys aside."""
    if isinstance(counts, dict):
        return {key: n for name, value in counts.items() for key, n in _numbers(value, f"{path}/{name}").items()}
    return {path: counts} if isinstance(counts, int) and not isinstance(counts, bool) else {}


def test_f312_02_a_report_of_each_language_and_the_two_add_up_to_the_whole(screened_caseload):
    reports = {language: json.loads(clinic_app("report", "--db", screened_caseload, "--period", QUARTER, "--json",
                                               *(["--language", language] if language else [])).stdout)
               for language in (None, "en", "es")}
    whole, english, spanish = (_numbers(reports[language]) for language in (None, "en", "es"))
    assert (reports[None]["language"], reports["en"]["language"], reports["es"]["language"]) == (None, "en", "es")
    assert reports["es"]["languages"] == {"es": reports[None]["languages"]["es"]} and reports["es"]["clients"] > 0
    assert reports[None]["petitions_filed"]["filed"] > 0  # the caseload has petitions to split
    assert reports["es"]["petitions_filed"] != reports[None]["petitions_filed"]
    # Each count of the whole caseload is the English speakers' and the Spanish speakers' together.
    assert {key: english.get(key, 0) + spanish.get(key, 0) for key in whole} == whole
    listed = clinic_app("list", "--db", screened_caseload, "--language", "es").stdout.splitlines()
    assert len(listed) == reports["es"]["clients"]  # as `list --language es` lists them


def test_f312_02_the_report_says_whose_it_is(screened_caseload):
    text = clinic_app("report", "--db", screened_caseload, "--language", "es", "--period", QUARTER).stdout
    assert text.startswith("Whole caseload: Spanish speakers\n================================\n")
    assert "The people and where they stand: the whole caseload's Spanish speakers, whenever seen" in " ".join(text.split())
    assert "list --db" in text and "--language es --remedy KEY" in text  # the list each remedy's people are
    rows = list(csv.reader(io.StringIO(clinic_app("report", "--db", screened_caseload, "--language", "es", "--csv")
                                       .stdout.removeprefix("\ufeff"))))
    assert ["Report", "Clients of", "the whole caseload: Spanish speakers"] in rows
    refused = clinic_app("report", "--db", screened_caseload, "--language", "fr")
    assert refused.returncode == 2 and "--language: invalid choice: 'fr'" in refused.stderr
