"""P97-01: a client calls the clinic; the paralegal types the number the phone shows.

The search box and `clinic-app list --search` found clients by name, alias, case number and
date of birth, not by the phone number on their record: "(626) 555-0104", "626-555-0104",
"6265550104" and "555-0104" found nobody in a 3,000-client caseload where the client's
Record tab shows "(626) 555-0104".
"""

from __future__ import annotations

import pytest

from clinic_app.matching import phone_digits_searched
from clinic_app.model import Case, Client


@pytest.fixture
def caseload(repo):
    ids = repo.add_clients(
        [
            Client(name="Darnell O'Brien", phone="(626) 555-0104", cases=[Case(id="a", case_number="BA123456")]),
            Client(name="Keisha Hakobyan", phone="+1 213.555.0150"),
            Client(name="Anthony Le", phone="323-555-0104"),  # the same last seven digits, another area
            Client(name="Rosa Paz"),  # no phone
        ]
    )
    return repo, dict(zip(["darnell", "keisha", "anthony", "rosa"], ids))


@pytest.mark.parametrize(
    "text, who",
    [
        ("(626) 555-0104", ["darnell"]),
        ("626-555-0104", ["darnell"]),
        ("6265550104", ["darnell"]),
        ("1 626 555 0104", ["darnell"]),
        ("626.555.0104", ["darnell"]),
        ("(213) 555-0150", ["keisha"]),
        ("555-0104", ["darnell", "anthony"]),  # the number without its area code: both who end so
        ("555-0199", []),
    ],
)
def test_p97_01_a_phone_number_finds_its_client(caseload, text, who):
    repo, ids = caseload
    expected = sorted(ids[name] for name in who)
    assert sorted(repo.search_ids(text, ranked=False)) == expected
    assert sorted(repo.search_ids(text)) == expected
    assert sorted(row.id for row in repo.list_clients(text)) == expected


def test_p97_01_what_is_read_as_a_phone_number():
    assert phone_digits_searched("(626) 555-0104") == "6265550104"
    assert phone_digits_searched("+1 626 555 0104") == "6265550104"
    assert phone_digits_searched("555-0104") == "5550104"
    # Not a phone number: a date of birth, a case number's digits, a name, too few digits.
    for text in ("12-3-1985", "3/2/1985", "1985-03-02", "12-3-45", "BA123456", "Lopez", "5550", "25CJCM81162"):
        assert phone_digits_searched(text) is None, text


def test_p97_01_a_name_or_case_number_still_finds_as_before(caseload):
    repo, ids = caseload
    assert repo.search_ids("BA123456") == [ids["darnell"]]
    assert repo.search_ids("Hakobyan") == [ids["keisha"]]
