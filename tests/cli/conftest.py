"""Fixtures shared by the command line's tests."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import clinic_app


@pytest.fixture(scope="module")
def screened_caseload(tmp_path_factory):
    """A demo caseload of 40 synthetic clients, screened as of 2026-12-01 (for `clinic-app report`)."""
    db = tmp_path_factory.mktemp("report") / "caseload.sqlite"
    assert clinic_app("demo", "--db", db, "--clients", "40").returncode == 0
    assert clinic_app("rescreen", "--db", db, "--as-of", "2026-12-01").returncode == 0
    return db
