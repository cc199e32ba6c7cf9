"""Fixtures for the storage tests: a fresh caseload per test."""

from __future__ import annotations

import shutil

import pytest

from db.repository import Repository


@pytest.fixture
def repo(tmp_path, new_caseload_made):
    """A fresh, empty caseload in this test's own folder: a copy of the new caseload made once in
    this test process (tests/conftest.py), with its own -wal and -shm made as it is opened, so
    nothing of one test's caseload reaches another's."""
    repository = Repository.open(shutil.copy(new_caseload_made, tmp_path / "caseload.sqlite"), user="paralegal-1")
    yield repository
    repository.close()
