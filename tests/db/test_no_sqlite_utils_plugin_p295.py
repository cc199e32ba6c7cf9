"""A caseload's connection is Clinic Desk's own: no sqlite-utils plugin is given it (P295-02)."""

from __future__ import annotations

from db.repository import Repository
from tests.sqlite_utils_plugin import plugin_installed


def test_p295_02_a_caseload_made_and_opened_again_is_given_to_no_sqlite_utils_plugin(tmp_path):
    """Opening a caseload ran every installed sqlite-utils plugin on its connection, and read the
    entry points of every package installed to find them (~18 ms of each program's start);
    Clinic Desk has none, and a clients' caseload is no place for another package's code."""
    with plugin_installed() as given:
        Repository.open(tmp_path / "caseload.sqlite", user="paralegal-1").close()
        Repository.open(tmp_path / "caseload.sqlite", user="paralegal-1").close()
    assert given == []
