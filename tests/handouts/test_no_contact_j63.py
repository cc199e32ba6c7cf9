"""J63-01: a new clinic's first handouts, before File > Clinic details is filled in, end
"Questions? Contact the clinic" with no phone, address, email or website.  The single
handout's dialog said so (W21-17); `clinic-app handout` (one client or a whole event) wrote
the pages and said nothing.  It now says so on standard error, the pages written and the
exit status 0 all the same; a clinic with a phone (or an address) is not told."""

from __future__ import annotations

import pytest
from handout_clients import excluded
from handout_render import squash
from pypdf import PdfReader

from clinic_app.cli import main
from clinic_app.handouts.document import NO_CONTACT, NO_CONTACT_BATCH
from tests.cli.test_help_width_j59 import words as flat


def _caseload(tmp_path, **settings):
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    repo = Repository.open(path, create=True)
    client = excluded("en")
    client.event = "First Saturday"
    (client_id,) = repo.add_clients([client])
    for key, value in settings.items():
        repo.set_setting(key, value)
    repo.close()
    return path, client_id


def test_j63_01_handout_with_no_way_to_reach_the_clinic_is_said(tmp_path, capsys):
    path, client_id = _caseload(tmp_path)
    out = tmp_path / "first.pdf"
    assert main(["handout", "--db", str(path), "--client", str(client_id), "--as-of", "2026-12-03", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert flat(NO_CONTACT) in flat(said.err) and "first.pdf" in said.out  # wrapped to the terminal (C112-02)
    page = squash(" ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Contact the clinic" in page  # the page as it is: the heading, and nothing to call

    assert main(["handout", "--db", str(path), "--event", "First Saturday", "--as-of", "2026-12-03",
                 "--out", str(tmp_path / "saturday")]) == 0
    assert flat(capsys.readouterr().err).count(flat(NO_CONTACT_BATCH)) == 1


@pytest.mark.parametrize("setting", ["clinic_phone", "clinic_address"])
def test_j63_01_a_clinic_with_a_phone_or_address_is_not_told(tmp_path, capsys, setting):
    path, client_id = _caseload(tmp_path, clinic_name="Eastside Clinic", **{setting: "(213) 555-0100"})
    assert main(["handout", "--db", str(path), "--client", str(client_id), "--as-of", "2026-12-03",
                 "--out", str(tmp_path / "h.pdf")]) == 0
    assert main(["handout", "--db", str(path), "--event", "First Saturday", "--as-of", "2026-12-03",
                 "--out", str(tmp_path / "saturday")]) == 0
    err = capsys.readouterr().err
    assert flat(NO_CONTACT) not in flat(err) and flat(NO_CONTACT_BATCH) not in flat(err)


def test_k304_02_on_a_read_only_caseload_no_note_sends_to_what_refuses_there(tmp_path, capsys):
    """On a caseload that cannot be written, `clinic-app clinic` refuses ("changes cannot be
    saved"), as File > Clinic details does (K282): `clinic-app handout` sent the paralegal to both
    all the same, one client's or an event's.  Said now as the window's preview says it (K303-02)."""
    from clinic_app.handouts.document import NO_CONTACT_READ_ONLY
    from tests.gui.test_read_only_caseload_k254 import file_read_only

    path, client_id = _caseload(tmp_path)
    with file_read_only(path):
        assert main(["clinic", "--db", str(path), "--phone", "(213) 555-0100"]) != 0  # refused there
        capsys.readouterr()
        assert main(["handout", "--db", str(path), "--client", str(client_id), "--as-of", "2026-12-03",
                     "--out", str(tmp_path / "h.pdf")]) == 0
        one = flat(capsys.readouterr().err)
        assert main(["handout", "--db", str(path), "--event", "First Saturday", "--as-of", "2026-12-03",
                     "--out", str(tmp_path / "saturday")]) == 0
        batch = flat(capsys.readouterr().err)
    batch_read_only = ("These handouts give the clients no way to reach the clinic: its phone or address cannot be "
                       "saved in a read-only file; open the caseload where it can be written to add them.")
    assert (flat(NO_CONTACT_READ_ONLY) in one, flat(batch_read_only) in batch) == (True, True)
    assert [said for said in (one, batch) if "Clinic details" in said or "clinic-app clinic" in said] == []
