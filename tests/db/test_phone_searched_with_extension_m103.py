"""M103-03: a phone searched with its extension, as it is written on a client's card or in an
e-mail signature: "626-555-0104 x12", "(626) 555-0104 ext. 12".  The search found nobody, the
client whose Phone field holds "626-555-0104 x12" (R100-01 finds them by the number alone)
either: the extension made it no phone number.  The extension is set aside and the number is
searched, as a phone's number is found whatever is written beside it."""

from __future__ import annotations

import pytest

from clinic_app.matching import phone_digits_searched
from clinic_app.model import Client


@pytest.fixture
def caseload(repo):
    ids = repo.add_clients(
        [
            Client(name="Keisha Hakobyan", phone="626-555-0104 x12"),
            Client(name="Wei Wong", phone="(626) 555-0104"),  # the office's number, no extension kept
            Client(name="Rosa Paz", phone="213.555.0150 ext. 40"),
            Client(name="Anthony Le", phone="818-555-0112"),  # ends in the extension's digits: no match
        ]
    )
    return repo, dict(zip(["keisha", "wei", "rosa", "anthony"], ids))


@pytest.mark.parametrize(
    "text, who",
    [
        ("626-555-0104 x12", ["keisha", "wei"]),
        ("(626) 555-0104 ext. 12", ["keisha", "wei"]),
        ("626.555.0104 ext 12", ["keisha", "wei"]),
        ("6265550104x12", ["keisha", "wei"]),
        ("626-555-0104, ext. 12", ["keisha", "wei"]),
        ("(626) 555-0104 X 12", ["keisha", "wei"]),
        ("555-0104 extension 12", ["keisha", "wei"]),
        ("213-555-0150 ext. 40", ["rosa"]),
        ("213 555 0150 Ext.40", ["rosa"]),
    ],
)
def test_m103_03_a_phone_searched_with_its_extension_finds_its_client(caseload, text, who):
    repo, ids = caseload
    expected = sorted(ids[name] for name in who)
    assert sorted(repo.search_ids(text, ranked=False)) == expected
    assert sorted(repo.search_ids(text)) == expected
    assert sorted(row.id for row in repo.list_clients(text)) == expected


def test_m103_03_what_is_read_as_a_phone_with_its_extension():
    assert phone_digits_searched("626-555-0104 x12") == "6265550104"
    assert phone_digits_searched("+1 (626) 555-0104 ext. 12") == "6265550104"
    assert phone_digits_searched("555-0104 ext 12") == "5550104"
    # An extension with no number before it, a date or a case number before it, a number too short.
    for text in ("x12", "ext. 12", "12-3-1985 x12", "12-3-45 ext 3", "BA123456 x12", "5550 x12", "626-555-0104 x", "626-555-0104 next 12"):
        assert phone_digits_searched(text) is None, text
