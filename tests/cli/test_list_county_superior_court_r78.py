"""R78-02: a case's County typed as the court is commonly called ("Orange County Superior Court",
"Los Angeles Superior Court", as on the court's own signs and a clinic's intake sheet), or the
caption copied with its full stop ("Superior Court of California, County of Orange."), was a county
of its own beside "Orange" (R77-02 read off "County of" before the name only): `clinic-app list
--county Orange` left the client out."""

from __future__ import annotations

import pytest

from clinic_app.counties import county_key
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app


@pytest.mark.parametrize("typed, key", [("Orange County Superior Court", "orange"), ("Los Angeles Superior Court", "los angeles"),
                                        ("orange county superior court ", "orange"), ("Orange Co. Superior Court", "orange"),
                                        ("Superior Court of California, County of Orange.", "orange"),
                                        ("Los Angeles County, Superior Court", "los angeles")])
def test_the_court_s_common_name_is_its_county(typed, key):
    assert county_key(typed) == key


def test_names_are_not_cut_short():
    assert county_key("Superior Court") == "superior court"  # nothing else typed: left as it is
    assert county_key("San Luis Obispo") == "san luis obispo" and county_key("Orange Co.") == "orange"


def test_the_list_finds_the_court_s_common_name(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = []
        for name, typed in (("Olga Orange", "Orange"), ("Oscar Court", "Orange County Superior Court"), ("Lena Angeles", "Los Angeles")):
            client = to_file(name)
            client.cases[0].county = typed
            ids.append(repo.add_client(client))
        found = repo.counties()
    assert sorted(name for name, _spellings in found.values()) == ["Los Angeles", "Orange"]
    result = clinic_app("list", "--db", db, "--county", "Orange")
    assert result.returncode == 0, result.stderr
    assert sorted(int(line.split("\t")[0]) for line in result.stdout.splitlines()) == ids[:2]
