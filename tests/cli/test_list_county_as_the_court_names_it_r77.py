"""R77-02: a case's County box typed as the court names itself on a docket or a CR-180 ("Superior
Court of California, County of Orange", "County of Orange") was a county of its own: the County
filter offered "County of Orange" beside "Orange", and `clinic-app list --county Orange` left out
that client, though F75-02 takes "Orange", "Orange County" and "orange co." as one county."""

from __future__ import annotations

import pytest

from clinic_app.counties import counties, county_key
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app


@pytest.mark.parametrize("typed", ["County of Orange", "county of  orange", "Superior Court of California, County of Orange",
                                   "COUNTY OF ORANGE "])
def test_the_court_s_own_name_for_its_county_is_that_county(typed):
    assert county_key(typed) == "orange"


def test_a_name_with_county_inside_it_is_left_as_typed():
    # Only "County of" before the name is read off: a name is never cut short.
    assert county_key("Orange County") == "orange" and county_key("San Francisco") == "san francisco"
    assert county_key("County") == "county" and county_key("County of") == "county of"


def test_one_county_in_the_filter_and_the_list(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = []
        for name, typed in (("Olga Orange", "Orange"), ("Oscar Caption", "Superior Court of California, County of Orange"),
                            ("Lena Angeles", "Los Angeles")):
            client = to_file(name)
            client.cases[0].county = typed
            ids.append(repo.add_client(client))
        found = repo.counties()
    assert sorted(name for name, _spellings in found.values()) == ["Los Angeles", "Orange"]
    result = clinic_app("list", "--db", db, "--county", "Orange")
    assert result.returncode == 0, result.stderr
    assert sorted(int(line.split("\t")[0]) for line in result.stdout.splitlines()) == ids[:2]
    assert counties({"County of Orange": 2, "Orange": 1})["orange"][0] == "County of Orange"  # named as typed most
