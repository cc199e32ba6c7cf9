"""E58-03: a petition keeps, of the counts it names, those its case no longer has as written
while on it (`Petition.counts_removed`, m012); an import of the same laptop's file, made before
and after the export carried them, is still the same record."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.model import CountRemoved, Petition
from clinic_app.screening_format import client_and_reviews_from_request, client_to_request_dict
from db.repository import Repository
from tests.automatic_relief import to_file

TODAY = date(2026, 12, 3)
REMOVED = CountRemoved("a2", "23152(a)", "VC", "misdemeanor")


def _written():
    client = to_file("Rita Retirada")
    client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 2), ["a1", "a2"], counts_removed=[REMOVED]))
    return client_to_request_dict(client)


def test_e58_03_the_count_removed_is_exported_stored_and_read_back(tmp_path):
    written = _written()
    assert written["client"]["petitions"][0]["counts_removed"] == [
        {"id": "a2", "section": "23152(a)", "code": "VC", "level": "misdemeanor"}]
    client, _reviews = client_and_reviews_from_request(written, today=TODAY)
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        client_id = repo.add_client(client)
        assert repo.get_client(client_id).cases[0].petitions[0].counts_removed == [REMOVED]


def test_e58_03_a_file_imported_again_with_the_key_alone_is_the_same_record(tmp_path):
    written = _written()
    before = copy.deepcopy(written)
    before["client"]["petitions"][0]["counts_removed"] = ["a2"]  # as C57-05 wrote it
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        (first,) = repo.import_clients([client_and_reviews_from_request(before, today=TODAY)[0]]).ids
        again = repo.import_clients([client_and_reviews_from_request(written, today=TODAY)[0]])
        assert again.ids == [] and [who for _name, who in again.skipped] == [first]
