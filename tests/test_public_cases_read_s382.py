"""S382-03: tests/public_cases.py reads cases-public.yaml with libyaml, for speed; what it reads
must be what PyYAML's own `safe_load` reads, case for case, or ten test modules would test
other requests than the file holds."""

from __future__ import annotations

import yaml

from tests.public_cases import PUBLIC_CASES, public_cases


def test_s382_03_the_public_cases_read_by_libyaml_are_those_safe_load_reads():
    read = public_cases()
    assert read == yaml.safe_load(PUBLIC_CASES.read_text(encoding="utf-8"))
    assert len(read) > 30 and all(case["id"] and case["request"] for case in read)
    assert read is not public_cases()  # read afresh: a test that changes its copy changes no other's
