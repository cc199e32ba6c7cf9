"""F109-02: the report's "Remedy by remedy" counts convictions (or cases), and the window's Remedy
filter and `clinic-app list --remedy` list people: a director checking "Prop 47 reduction:
eligible 31" against the list found 25 clients, and the report gave no count of the people a
remedy can help, the number a funder asks for.  It now gives it, remedy by remedy, named as
people and counted as the list counts them, in the text and the JSON alike."""

from __future__ import annotations

import json
import re

from clinic_app.eligibility import remedy_title
from tests.cli.test_cli import clinic_app


def _caseload(tmp_path) -> str:
    db = str(tmp_path / "caseload.sqlite")
    assert clinic_app("demo", "--db", db, "--clients", "60", "--seed", "5").returncode == 0
    assert clinic_app("rescreen", "--db", db).returncode == 0
    return db


def test_f109_02_the_people_each_remedy_can_help_are_those_the_remedy_filter_lists(tmp_path):
    db = _caseload(tmp_path)
    counts = json.loads(clinic_app("report", "--db", db, "--json").stdout)
    text = clinic_app("report", "--db", db).stdout
    # Under the heading and the line naming the command (C113-01), "TITLE: KEY   N".
    section = text.split("People each remedy can help", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    said = {}
    for line in section:
        title, key, n = re.fullmatch(r"  (.+?): (\w+) +(\d+)", line).groups()
        assert title == remedy_title(key)
        said[title] = int(n)
    assert len(said) == len(counts["remedy_people"]) > 5
    differs = []
    for key, people in counts["remedy_people"].items():
        listed = len(clinic_app("list", "--db", db, "--remedy", key).stdout.splitlines())
        if not listed == people == said[remedy_title(key)]:
            differs.append((key, people, said[remedy_title(key)], listed))
    assert not differs
    convictions = counts["remedies"]["pc1203_4"]
    assert counts["remedy_people"]["pc1203_4"] < convictions["eligible"] + convictions.get("eligible_on", 0)
