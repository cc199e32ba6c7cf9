"""U118-04: the lock that makes a second Clinic Desk wait while one makes or updates a caseload
(K114-03) was the caseload's folder: opening another caseload of the same folder meanwhile (the
clinic's second caseload, or a copy beside it) waited too, up to the other's whole update (a
busy clinic's: 11-12 s), told "Waiting for another Clinic Desk that is making or updating this
caseload...", which it was not.  The lock is the caseload's own now: a hidden file named after
it, held while its schema is made or updated and removed after."""

from __future__ import annotations

import sys

import pytest

from db import migrations
from db.connection import open_caseload, schema_lock, schema_version
from tests.db.test_started_twice_at_once_k114 import another_making

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock")


def test_u118_04_another_caseload_of_the_folder_opens_without_waiting(tmp_path):
    making = tmp_path / "caseload.sqlite"
    with another_making(making) as first:
        assert schema_lock(making).exists()  # held by the first, while it makes its caseload
        told: list[str] = []
        other = open_caseload(tmp_path / "other.sqlite", create=True, progress=lambda _d, _t, text: told.append(text))
        assert first.poll() is None, "opened before the first was done: no wait"
        assert told == []
        assert schema_version(other) == migrations.SCHEMA_VERSION
        other.close()
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.endswith("lock")) == []  # let go, removed
