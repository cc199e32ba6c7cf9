"""T167: the suite's program processes (`python -m clinic_app`, re-screen workers) find the
program's byte code written, rather than each compiling ~150 modules again where
PYTHONDONTWRITEBYTECODE is set (tests/conftest.py, compile_the_program_once)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.compiled_program import PROGRAM_PACKAGES

ROOT = Path(__file__).resolve().parents[1]


def byte_code_current(source: Path) -> bool:
    """Whether `source` has byte code Python would use as it is: its header's magic number this
    Python's, and the source's time and size the ones it was compiled from (PEP 552's
    timestamp check, which importlib makes; a file's own time could be newer and stale)."""
    compiled = Path(importlib.util.cache_from_source(str(source)))
    if not compiled.is_file():
        return False
    header = compiled.read_bytes()[:16]
    stat = source.stat()
    return (header[:4] == importlib.util.MAGIC_NUMBER and int.from_bytes(header[4:8], "little") == 0
            and int.from_bytes(header[8:12], "little") == int(stat.st_mtime) & 0xFFFFFFFF
            and int.from_bytes(header[12:16], "little") == stat.st_size & 0xFFFFFFFF)


def test_every_program_module_has_its_byte_code_up_to_date_before_the_tests():
    stale = [str(source.relative_to(ROOT)) for package in PROGRAM_PACKAGES for source in (ROOT / package).rglob("*.py")
             if not byte_code_current(source)]
    assert stale == []


def test_the_test_modules_rewritten_by_pytest_are_kept_for_the_other_workers():
    """T167-05: each xdist worker had rewritten every test module itself (PYTHONDONTWRITEBYTECODE);
    this module, collected before it runs, is kept rewritten in its __pycache__ (conftest's
    keep_rewritten_tests), for the other worker and the next run to read."""
    here = Path(__file__)
    assert list((here.parent / "__pycache__").glob(f"{here.stem}.*-pytest-*.pyc"))
