"""E58-03: a petition naming a count since removed from its case reads "VC 23152(a) (no longer
on the case)" on the Record tab of the caseload that removed it (C57-04, from its history); an
export named that count by its key alone (`counts_removed`, C57-05), so after the clinic's
import, whose history never had the count, the box read "a count no longer on the case".  The
export now carries the count as written (its code, section and level), the import keeps it
with the petition, and the clinic's Record tab says it as the laptop's did; an export of
before, with the key alone, is still taken, said as before."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import CountRemoved, Petition
from clinic_app.screening_format import client_and_reviews_from_request
from db.export import exported
from db.repository import Repository
from tests.gui.test_petition_count_removed_named_c57 import _labels
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

TODAY = date(2026, 12, 3)
SAID = {"c1-1": "PC 459", "c1-2": "VC 23152(a) (no longer on the case)"}
VC_23152 = {"id": "c1-2", "section": "23152(a)", "code": "VC", "level": "misdemeanor"}


def _laptop_with_a_count_removed(tmp_path) -> tuple[Repository, int]:
    """A laptop's caseload whose client's petition names a count removed since, as saved before
    the petition kept it: its history alone says what the count was."""
    laptop = Repository.open(tmp_path / "laptop.sqlite", user="volunteer")
    client = two_counts("Remedios Retirada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-1", "c1-2"])]
    client.id = laptop.add_client(client)
    client.cases[0].convictions.pop()
    laptop.save_client(client)
    return laptop, client.id


def _exported_from_laptop(tmp_path) -> dict:
    laptop, laptop_id = _laptop_with_a_count_removed(tmp_path)
    try:
        return exported(laptop, laptop_id)
    finally:
        laptop.close()


def _open_imported(window, repo, written: dict):
    client, reviews = client_and_reviews_from_request(written, today=TODAY)
    (client_id,) = repo.import_clients([client], reviews=[reviews]).ids
    window.load()
    window.open_client(client_id)
    return client_id, window.client_view.record.case_form


def test_e58_03_the_clinic_says_an_imported_petitions_removed_count_as_the_laptop_did(qtbot, window, repo, tmp_path):
    written = _exported_from_laptop(tmp_path)
    assert written["client"]["petitions"][0]["counts_removed"] == [VC_23152]
    client_id, form = _open_imported(window, repo, written)
    (petition,) = repo.get_client(client_id).cases[0].petitions
    assert petition.convictions == ["c1-1", "c1-2"]
    assert petition.counts_removed == [CountRemoved("c1-2", "23152(a)", "VC", "misdemeanor")]
    assert _labels(form) == SAID
    (row,) = form.petitions.rows
    assert row.count_boxes["c1-2"].accessibleName() == "Count VC 23152(a) (no longer on the case): asked for in this petition"
    # Exported again from the clinic (no history of the count there): still said.
    assert exported(repo, client_id)["client"]["petitions"][0]["counts_removed"] == [VC_23152]


def test_e58_03_an_export_of_before_with_the_key_alone_is_taken_and_said_as_before(qtbot, window, repo, tmp_path):
    written = _exported_from_laptop(tmp_path)
    written["client"]["petitions"][0]["counts_removed"] = ["c1-2"]  # as C57-05 wrote it
    client_id, form = _open_imported(window, repo, written)
    assert repo.get_client(client_id).cases[0].petitions[0].counts_removed == []
    assert _labels(form) == {"c1-1": "PC 459", "c1-2": "a count no longer on the case"}


def test_e58_03_a_count_removed_on_the_record_tab_is_kept_with_the_petition_and_exported(qtbot, window, repo):
    from tests.gui.conftest import open_on_record

    client = two_counts("Remedios Retirada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), ["c1-1", "c1-2"])]
    client_id, form = open_on_record(window, repo, client)
    qtbot.mouseClick(form.convictions.rows[1].remove, Qt.MouseButton.LeftButton)
    window.save_action.trigger()
    (petition,) = repo.get_client(client_id).cases[0].petitions
    assert petition.convictions == ["c1-1", "c1-2"]
    assert petition.counts_removed == [CountRemoved("c1-2", "23152(a)", "VC", "misdemeanor")]
    assert exported(repo, client_id)["client"]["petitions"][0]["counts_removed"] == [VC_23152]
    assert _labels(form) == SAID
