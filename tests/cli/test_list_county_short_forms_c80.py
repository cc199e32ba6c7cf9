"""C80-02: a case's County typed "LA", "L.A.", "OC" or "Orange, CA", as a clinic's intake sheet
and an address give it, was a county of its own in the caseload list's County filter and for
`clinic-app list --county` (R77, "Left alone"): "Los Angeles" left those clients out, and the
filter listed "LA" beside "Los Angeles".  A plain short form that is one county's only, and the
state after the name, now name that county; the filter shows it by its full name."""

from __future__ import annotations

import pytest

from clinic_app.counties import counties, county_key
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app


@pytest.mark.parametrize("typed, key", [
    ("LA", "los angeles"), ("L.A.", "los angeles"), ("la county", "los angeles"), ("L.A. County, CA", "los angeles"),
    ("Los Angeles, CA", "los angeles"), ("Los Angeles County, California", "los angeles"),
    ("OC", "orange"), ("O.C.", "orange"), ("Orange, CA", "orange"), ("Orange County, Calif.", "orange"),
    ("Orange CA", "orange"), ("County of Orange, CA", "orange"), ("SF", "san francisco"),
])
def test_a_short_form_or_the_state_is_the_county(typed, key):
    assert county_key(typed) == key


def test_what_does_not_tell_one_county_is_left_as_typed():
    # "SB" is San Bernardino or Santa Barbara; "Lake" is a county; "CA" alone names no county.
    assert county_key("SB") == "sb" and county_key("Lake") == "lake" and county_key("CA") == "ca"
    assert county_key("Orange") == "orange" and county_key("Los Angeles") == "los angeles"  # unchanged
    assert county_key("Santa Clara") == "santa clara" and county_key("La Paz") == "la paz"


def test_the_filter_shows_the_full_name_however_often_the_short_one_was_typed():
    assert counties({"LA": 9, "Los Angeles": 2, "L.A.": 1})["los angeles"][0] == "Los Angeles"
    assert counties({"OC": 3})["orange"] == ("Orange", ["OC"])  # typed only in short: its full name
    assert counties({"Orange County": 3, "Orange, CA": 1})["orange"][0] == "Orange County"
    assert counties({"Orange, CA": 2, "Kern County, California": 1})["orange"][0] == "Orange"  # without the state
    assert counties({"Kern County, California": 1})["kern"][0] == "Kern County"


def test_list_county_finds_the_short_forms(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = {}
        for name, typed in (("Lena Angeles", "Los Angeles"), ("Luis Ele", "LA"), ("Lucia Punto", "L.A."),
                            ("Olga Orange", "Orange"), ("Oscar Oc", "OC"), ("Omar Estado", "Orange, CA")):
            client = to_file(name)
            client.cases[0].county = typed
            ids[name] = repo.add_client(client)
        found = repo.counties()
    assert sorted(name for name, _spellings in found.values()) == ["Los Angeles", "Orange"]
    for named, expected in (("Los Angeles", ["Lena Angeles", "Luis Ele", "Lucia Punto"]), ("LA", ["Lena Angeles", "Luis Ele", "Lucia Punto"]),
                            ("Orange", ["Olga Orange", "Oscar Oc", "Omar Estado"]), ("oc", ["Olga Orange", "Oscar Oc", "Omar Estado"])):
        result = clinic_app("list", "--db", db, "--county", named)
        assert (result.returncode, result.stderr) == (0, "")
        assert sorted(int(line.split("\t")[0]) for line in result.stdout.splitlines()) == sorted(ids[n] for n in expected)
