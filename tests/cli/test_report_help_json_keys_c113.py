"""C113-02: `clinic-app report --help` said "--json  one JSON object instead of text" and named
no key of it: a clinic writing a script for a funder's form had to run the report to learn
them.  The help names every top-level key the object has, in its order."""

from __future__ import annotations

import json

from tests.cli.test_cli import clinic_app
from tests.cli.test_help_width_j59 import words


def test_c113_02_report_help_names_every_key_of_its_json(screened_caseload):
    keys = json.loads(clinic_app("report", "--db", screened_caseload, "--json").stdout)
    assert len(keys) > 20
    said = words(clinic_app("report", "--help").stdout)
    json_help = said.split("--json", 2)[2].split("--as-of", 1)[0]  # the option's own help, after the usage line's
    assert json_help.split("its keys: ", 1)[1].split(" (", 1)[0].split(", ") == list(keys)  # in the object's order
