"""U52: an amount left blank is stored, exported and imported as unknown (None), never as 0;
a typed 0 stays 0.  (A guard: storage already kept None; the readers were fixed in U52-01..04.)"""

from __future__ import annotations

import json

from clinic_app.model import Condition, Money
from clinic_app.screening_format import client_from_request, client_to_request_dict
from db.repository import Repository
from tests.gui.conftest import probation_client


def test_blank_and_zero_amounts_survive_the_caseload_an_export_and_an_import(repo, tmp_path):
    client = probation_client("Ines Exporta")
    client.cases[0].money = Money(fines_ordered=500, fines_paid=None, restitution_ordered=800, restitution_paid=0)
    client.cases[0].conditions = [Condition("community_service", "Caltrans", required=40, done=None),
                                  Condition("class", "Theft class", required=8, done=0)]
    stored = repo.get_client(repo.add_client(client))
    exported = json.loads(json.dumps(client_to_request_dict(stored)))
    money = exported["cases"][0]["money"]
    assert money.get("fines_paid") is None and money["restitution_paid"] == 0
    other_caseload = Repository.open(tmp_path / "other.sqlite", user="volunteer-test")
    try:
        other = other_caseload.get_client(other_caseload.import_clients([client_from_request(exported)]).ids[0])
    finally:
        other_caseload.close()
    for c in (stored, other):
        m = c.cases[0].money
        assert (m.fines_paid, m.restitution_paid) == (None, 0)
        assert m.unrecorded("fine") and not m.unrecorded("restitution")
        assert [x.done for x in c.cases[0].conditions] == [None, 0]
