"""R100-01: a phone typed on the Record tab with a word or a second number beside it.

The Phone field is free text, and a paralegal writes what the client says: "(626) 555-0104
(cell)", "626-555-0104 ext 12", "323-555-0199 / 626-555-0104 (mother)".  P97-01's search by
the number a call shows found such a client by none of it: it compared the phone's last digits,
marks taken out, with the number searched, and a word or an extension after the number ended
the phone otherwise ("...0104cell").  Each number written in the phone is now asked."""

from __future__ import annotations

import pytest

from clinic_app.model import Client


@pytest.fixture
def caseload(repo):
    ids = repo.add_clients(
        [
            Client(name="Darnell O'Brien", phone="(626) 555-0104 (cell)"),
            Client(name="Keisha Hakobyan", phone="213.555.0150 ext 12"),
            Client(name="Anthony Le", phone="323-555-0199 / 626-555-0177 (mother)"),
            Client(name="Rosa Paz", phone="818-555-0104x3"),
            Client(name="Wei Wong", phone="(626) 555-0104"),
            Client(name="Ana Díaz", phone="562/555-0150"),  # the slash parting the area code, as before
        ]
    )
    return repo, dict(zip(["darnell", "keisha", "anthony", "rosa", "wei", "ana"], ids))


@pytest.mark.parametrize(
    "text, who",
    [
        ("(626) 555-0104", ["darnell", "wei"]),
        ("555-0104", ["darnell", "rosa", "wei"]),
        ("213-555-0150", ["keisha"]),
        ("(323) 555-0199", ["anthony"]),
        ("626 555 0177", ["anthony"]),
        ("(818) 555-0104", ["rosa"]),
        ("(562) 555-0150", ["ana"]),
        ("555-0150", ["keisha", "ana"]),
        ("555-0112", []),  # the extension's digits are no phone's end
    ],
)
def test_r100_01_each_number_of_a_phone_finds_its_client(caseload, text, who):
    repo, ids = caseload
    expected = sorted(ids[name] for name in who)
    assert sorted(repo.search_ids(text, ranked=False)) == expected
    assert sorted(row.id for row in repo.list_clients(text)) == expected
