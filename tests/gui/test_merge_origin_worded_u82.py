"""U82-02: the merge dialog called a record added from a referral file "the laptop's copy"
(Z81: it came from referrals.jsonl, typed by a referring agency, not from an event laptop).
It now says the record came by import, and the import names the file it came from."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_merge_duplicate_x45 import merge_dialog_says, today

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_referral_files_record_is_not_called_the_laptops_copy(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Rosa Delgado"))
    referred = probation_client("Rosa Delgado", case_number="BA100002")
    (referred_id,) = repo.import_clients([referred], source="referrals.jsonl").ids
    window.load()

    window.open_client(office_id)
    said = merge_dialog_says(qtbot, window)
    assert said == [
        f"The other record, id {referred_id}, came by import: the import of referrals.jsonl added it on {today()}. "
        f"This client, id {office_id}, was in the caseload before it."]

    window.open_client(referred_id)
    said += merge_dialog_says(qtbot, window)
    assert said[1] == (
        f"This client, id {referred_id}, came by import: the import of referrals.jsonl added it on {today()}. "
        f"The other record, id {office_id}, was in the caseload before it; to keep that one, open id {office_id} "
        "and merge this client into it.")
    assert not any("laptop" in line for line in said)
