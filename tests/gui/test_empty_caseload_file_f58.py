"""An empty file chosen as a caseload is said to be empty, and left as it is (F58-05)."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_open_caseload import _choose


def test_an_empty_file_chosen_in_open_caseload_is_refused_and_this_caseload_stays(qtbot, window, repo, tmp_path, monkeypatch):
    """F58-05: a caseload copied to a USB stick that filled up (a file of 0 bytes) chosen in
    File > Open caseload... opened as a new caseload with nobody in it, as if every client
    were gone, and was made a caseload then.  It is refused now, said empty, left as it was."""
    empty = tmp_path / "usb" / "caseload.sqlite"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    repo.add_client(probation_client("Desk Client"))
    window.load()
    said = []
    monkeypatch.setattr("ui.crash.show_caseload_error", lambda _parent, error: said.append(str(error)))
    _choose(monkeypatch, empty)
    window.open_caseload_action.trigger()
    assert len(said) == 1 and said[0].startswith(f"The file {empty} is empty: it is not a Clinic Desk caseload")
    assert window.next_window is None and window.isVisible() and repo.count_clients() == 1
    assert empty.read_bytes() == b"" and sorted(p.name for p in empty.parent.iterdir()) == ["caseload.sqlite"]


def test_started_on_an_empty_file_it_says_so_and_ends(tmp_path, monkeypatch):
    from db.errors import NotADatabase
    from ui import app as ui_app

    empty = tmp_path / "copied.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(NotADatabase, match="copied.sqlite is empty"):
        ui_app.open_repository(empty, None, ask=True)
    assert empty.read_bytes() == b""


def test_a_caseload_whose_pages_are_all_in_its_wal_still_opens(tmp_path):
    """A caseload made and killed before its first checkpoint is 0 bytes, its pages in its
    -wal: that one is no empty file."""
    from db.connection import is_empty_file

    path = tmp_path / "new.sqlite"
    path.write_bytes(b"")
    (tmp_path / "new.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\0" * 28)
    assert not is_empty_file(path)
    (tmp_path / "new.sqlite-wal").unlink()
    assert is_empty_file(path)
    assert not is_empty_file(tmp_path / "missing.sqlite") and not is_empty_file(tmp_path)
