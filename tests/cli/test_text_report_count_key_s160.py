"""S160-03: `clinic-app screen --format text` opened, for a client with several counts, on "In
short: Open now: PC 1203.4 dismissal (c1-1, c2-1, c3-1 and c3-2)": the first a clinic reader met
of "c3-1", a record key no heading had yet said the meaning of.  "In short" now reads one such key
as its heading below says it: "A count is named by its key, as headed below: c1-1 is VC 10851,
felony, convicted 2008-10-19, in case LA883348."  Where it names cases only (arrests), nothing is
added; the JSON result (FORMAT.md) is the same as before."""

from __future__ import annotations

import json

from tests.cli.test_cli import clinic_app
from tests.cli.test_text_report_cases_by_number_s156 import _arrest, _request


def _probation_done(key: str, number: str, section: str, code: str, level: str, convicted: str, counts: int = 1) -> dict:
    return {"id": key, "outcome": "convicted", "case_number": number, "county": "Los Angeles", "disposition_date": convicted,
            "convictions": [{"id": f"{key}-{n}", "section": section, "code": code, "level": level, "conviction_date": convicted}
                            for n in range(1, counts + 1)],
            "sentence": {"type": "probation", "judgment_date": convicted, "completed": True,
                         "probation": {"kind": "summary", "start": convicted, "end": "2012-03-08", "status": "completed"}}}


def test_s160_03_in_short_says_what_a_count_key_is_before_its_heading(tmp_path):
    request = _request(tmp_path, _probation_done("c1", "LA883348", "484(a)/488", "PC", "misdemeanor", "2010-03-09"),
                       _probation_done("c3", "12CJCM04455", "21310", "PC", "misdemeanor", "2010-03-09", counts=2))
    done = clinic_app("screen", request, "--format", "text")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    in_short = text[text.index("In short:"):text.index("CASE c1")]
    assert "PC 1203.4 dismissal (c1-1, c3-1 and c3-2)" in in_short
    assert ("A count is named by its key, as headed below: c1-1 is PC 484(a)/488, misdemeanor, convicted 2010-03-09, "
            "in case LA883348.") in in_short
    assert "c1-1: PC 484(a)/488, misdemeanor, convicted 2010-03-09" in text  # the heading it points to
    assert text.count("A count is named by its key") == 1

    as_json = clinic_app("screen", request)
    assert {r["conviction"] for r in json.loads(as_json.stdout)["results"]} >= {"c1-1", "c3-1", "c3-2"}


def test_s160_03_cases_named_by_number_need_no_key(tmp_path):
    request = _request(tmp_path, _arrest("c1", "5CJ08134", "2025-04-27"), _arrest("c2", "GA412347", "2024-01-13"))
    done = clinic_app("screen", request, "--format", "text")
    assert done.returncode == 0, done.stderr
    assert "named by its key" not in done.stdout
