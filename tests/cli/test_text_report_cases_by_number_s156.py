"""S156-01: `clinic-app screen --format text` named cases in its own lines by their record key,
"Open now: PC 851.91 seal the arrest (cases c1 and c2)", "Next steps for case c1: see "Next
steps for each of cases c1 and c2"", where a paralegal knows them by the court's number, as the
reasons and the facts to find out already say them.  It says the number now; a case with no
number, or a number two cases share, keeps its key (its heading shows it beside what it holds).
The JSON result (FORMAT.md) is the same as before: its "case" fields are the request's ids."""

from __future__ import annotations

import json

from tests.cli.test_cli import clinic_app


def _arrest(key: str, number: str | None, arrested: str) -> dict:
    return {"id": key, "outcome": "dismissed", "case_number": number, "jurisdiction": "CA", "county": "Los Angeles",
            "disposition_date": "2025-10-03", "arrest_date": arrested, "arrest_level": "misdemeanor",
            "arrest_offenses": [{"section": "459.5", "code": "PC", "level": "misdemeanor"}], "convictions": []}


def _request(tmp_path, *cases: dict):
    path = tmp_path / "request.json"
    path.write_text(json.dumps({"as_of": "2026-12-06", "person": {"dob": "1980-02-03", "us_citizen": True},
                                "cases": list(cases)}), encoding="utf-8")
    return path


def test_s156_01_the_text_report_names_cases_by_their_court_number(tmp_path):
    request = _request(tmp_path, _arrest("c1", "5CJ08134", "2025-04-27"), _arrest("c2", "GA412347", "2024-01-13"))
    done = clinic_app("screen", request, "--format", "text")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert "Open now: PC 851.91 seal the arrest (cases 5CJ08134 and GA412347)." in text
    assert "PC 851.93 automatic arrest relief (cases 5CJ08134 and GA412347)." in text
    assert 'Next steps for case 5CJ08134: see "Next steps for each of cases 5CJ08134 and GA412347", below.' in text
    assert "Next steps for each of cases 5CJ08134 and GA412347: - PC 851.91" in text
    assert "case c1" not in text and "cases c1" not in text and "case c2" not in text
    assert "CASE c1 (5CJ08134, Los Angeles)" in text  # the heading shows both, as before
    # "(cases 5CJ08134 and" no longer ends a line, its list on the next.
    assert "(cases 5CJ08134 and GA412347)" in done.stdout

    as_json = clinic_app("screen", request)
    assert as_json.returncode == 0, as_json.stderr
    assert {r["case"] for r in json.loads(as_json.stdout)["results"]} == {"c1", "c2"}


def test_s156_01_a_case_with_no_number_or_a_shared_one_keeps_its_key(tmp_path):
    request = _request(tmp_path, _arrest("c1", "5CJ08134", "2025-04-27"), _arrest("c2", "5cj08134", "2024-01-13"),
                       _arrest("c3", None, "2023-05-01"))
    done = clinic_app("screen", request, "--format", "text")
    assert done.returncode == 0, done.stderr
    text = " ".join(done.stdout.split())
    assert "seal the arrest (cases c1, c2 and c3)" in text
    assert "Next steps for every case above" in text
