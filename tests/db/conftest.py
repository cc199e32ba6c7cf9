"""Fixtures for the storage tests: a fresh caseload per test."""

from __future__ import annotations

import pytest

from db.repository import Repository


@pytest.fixture
def repo(tmp_path):
    """A fresh, empty caseload in this test's own folder."""
    repository = Repository.open(tmp_path / "caseload.sqlite", user="paralegal-1")
    yield repository
    repository.close()
