"""K148-05: the text report says the arrests sealed under its relief table ("Arrests sealed (PC
851.91 petitions granted 2026-11-01 to 2026-11-30): 1"), what a funder asks first (F122-02); the
CSV (`report --csv`, T140-02) left the line out, and the figure had to be read off the text.  It
is a row now, among the rulings that count it, in the text's words and with its number."""

from __future__ import annotations

from tests.cli.test_cli import clinic_app
from tests.cli.test_report_csv_t140 import _caseload, _number, _rows

SEALED = "Arrests sealed (PC 851.91 petitions granted 2026-11-01 to 2026-11-30)"


def test_the_csv_says_the_arrests_sealed_as_the_text_does(tmp_path):
    db = _caseload(tmp_path)  # one PC 851.91 petition granted 2026-11-20
    text = clinic_app("report", "--db", db, "--period", "2026-11")
    rows = _rows(clinic_app("report", "--db", db, "--period", "2026-11", "--csv").stdout)

    assert f"  {SEALED}: 1\n" in text.stdout
    assert _number(rows, "Rulings made 2026-11-01 to 2026-11-30", SEALED) == 1


def test_with_no_period_the_row_says_no_days(tmp_path):
    rows = _rows(clinic_app("report", "--db", _caseload(tmp_path), "--csv").stdout)

    assert _number(rows, "Rulings", "Arrests sealed (PC 851.91 petitions granted)") == 1
