"""K395-01: `clinic-app merge` of a pair where one record holds a probation end before its
conviction, stored before K386: refused as "clinic-app: cases[0].sentence.probation.end: ..."
(which client, which case?), after "the caseload as it was before this merge is kept in ...", a
copy made for a merge that never was.  Said now as the window says it (clinic_app.merging.
merge_refused): whose record, which case, which field, what to do; and no copy made."""

from __future__ import annotations

from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import stored_before_k386


def test_k395_01_a_merge_refused_names_the_client_the_case_and_the_field_and_makes_no_copy(tmp_path, monkeypatch):
    caseload = tmp_path / "caseload.sqlite"
    with Repository.open(caseload) as repo:
        rita = stored_before_k386(repo, monkeypatch)  # Case 24CR042, probation ends before its conviction
        again = repo.add_client(no_sentence())  # the same person, entered again
    result = clinic_app("merge", "--db", caseload, "--into", rita, "--from", again)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == (
        f"clinic-app: Nothing was merged: in the record of Rita Sinsentencia (id {rita}), Case 24CR042, Probation end: "
        "2023-09-01 is before the conviction date 2024-03-01 (stored before the program refused it). Open Rita "
        f"Sinsentencia (id {rita}), put it right on the Record tab (it says what to change), and merge again.\n")
    assert not (tmp_path / "backups").exists()  # no copy of a caseload the merge did not change
    with Repository.open(caseload) as repo:
        assert set(repo.client_ids()) == {rita, again}
