"""K51: what the desk stores for an attempt typed (PC 664), the form an import file writes."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.catalog import attempt_statute, load_catalog
from clinic_app.model import Case, Client, Conviction, Person
from clinic_app.screening_format import client_from_request, client_to_request_dict
from clinic_app.typed_sections import read_typed_section


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.mark.parametrize("typed, stored", [
    ("664/459", ("PC", "664/459")),
    ("PC 664/211", ("PC", "664/211")),
    ("664 / 459", ("PC", "664/459")),
    ("664&211", ("PC", "664/211")),              # "&" read as "/", as the catalog reads it
    ("211/664", ("PC", "664/211")),              # the attempt written after: stored as dockets mostly write it
    ("664/23152", ("VC", "664/23152")),          # the code of the offense attempted
    ("664/VC 23152", ("VC", "664/23152")),
    ("VC 664/23152", ("VC", "664/23152")),
    ("664(a)/187", ("PC", "664(a)/187")),
    ("664/459 2nd", ("PC", "664/459/460(b)")),   # the degree read as before, the attempt kept
    ("459", ("PC", "459")),                      # no attempt: as before
    ("23152", ("VC", "23152")),
])
def test_an_attempt_is_stored_with_its_664(catalog, typed, stored):
    reading = read_typed_section(catalog, typed)
    assert reading.stored == stored
    # The record read back is the reading typed: the same offense, an attempt still.
    again = catalog.lookup(*stored)
    assert (again.code, again.section, again.attempt, again.offense) == (
        reading.match.code, reading.match.section, reading.match.attempt, reading.match.offense)


def test_what_is_stored_is_what_an_import_file_keeps(catalog):
    code, section = read_typed_section(catalog, "664/459").stored
    client = Client(name="Kit Testimport", person=Person(dob=date(1990, 1, 1)), cases=[Case(
        id="c1", disposition_date=date(2020, 1, 1),
        convictions=[Conviction(id="c1-1", section=section, code=code, conviction_date=date(2020, 1, 1))])])
    (conviction,) = client_from_request(client_to_request_dict(client)).cases[0].convictions
    assert (conviction.code, conviction.section) == ("PC", "664/459")


@pytest.mark.parametrize("written, statute", [("664/211", "664"), ("211/664", "664"), ("PC 664(a)/187", "664(a)"),
                                              ("459", None), ("12664/5", None), ("664/", None)])
def test_the_attempt_statute_as_written(written, statute):
    assert attempt_statute(written) == statute


def test_an_attempt_is_labelled_as_one(catalog):
    from clinic_app.catalog import offense_label

    burglary, dui = catalog.get("PC", "459"), catalog.get("VC", "23152")
    assert offense_label(burglary, "felony", True, attempt="664") == "PC 664/459 Attempted burglary - felony (wobbler)"
    assert offense_label(dui, attempt="664").startswith("VC 664/23152 Attempted driving under the influence (DUI) - ")
    assert offense_label(burglary, "felony", True) == "PC 459 Burglary - felony (wobbler)"
