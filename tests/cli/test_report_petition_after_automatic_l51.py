"""L51: a client whose relief comes first automatic (PC 1203.425 / 851.93) with a petition
after it (J50's "Automatic; file on <day>") was counted by `clinic-app report` among the
"automatic only, none to file" (3 of its 46 eligible now in a 5,000-client demo, 1 of its 23
eligible later), and `clinic-app rescreen` and `list --newly-eligible-since` said "nothing to
file" of such a client newly eligible: something is to be filed, on that day.  They are now
counted and listed apart, with the petition's day."""

from __future__ import annotations

import json
from datetime import date

from db.repository import Repository
from tests.automatic_relief import (arrest_relief_later, arrest_relief_later_petition_after, arrest_relief_now_petition_soon,
                                    to_file)
from tests.cli.test_cli import clinic_app


def _caseload(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        ids = {make().name: repo.add_client(make()) for make in (
            arrest_relief_now_petition_soon, arrest_relief_later_petition_after, arrest_relief_later, to_file)}
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0
    return db, ids


def test_l51_the_report_counts_a_petition_after_automatic_relief_apart_from_none_to_file(tmp_path):
    db, _ids = _caseload(tmp_path)
    text = clinic_app("report", "--db", str(db)).stdout
    where = text[text.index("Where people stand"):text.index("(with any result to review)")]
    assert where.splitlines()[1:] == [
        "  Eligible now                        2",  # Fernanda (to file), Nadia
        "    automatic, a petition later       1",  # Nadia: 851.93 now, her 1203.4 from 2026-12-21
        "  Eligible on a later date            2",
        "    automatic only, none to file      1",  # Armando: 851.93 alone
        "    automatic, a petition later       1",  # Teodoro: 851.93, then his 1203.4 from 2031-07-01
        "  ",
    ]
    counts = json.loads(clinic_app("report", "--db", str(db), "--json").stdout)
    assert (counts["eligible_now_automatic"], counts["eligible_now_automatic_petition_later"]) == (1, 1)
    assert (counts["eligible_later_automatic"], counts["eligible_later_automatic_petition_later"]) == (2, 1)


def test_l51_rescreen_and_list_say_the_petitions_day_of_one_newly_eligible_by_automatic_relief(tmp_path):
    db, ids = _caseload(tmp_path)
    teodoro, armando = ids["Teodoro Tarde"], ids["Armando Arresto"]
    result = clinic_app("rescreen", "--db", str(db), "--as-of", "2030-09-29")  # their 851.93 relief comes
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "1 client became eligible now by automatic relief alone (PC 1203.425 / 851.93): nothing to file, check the RAP sheet and tell them:",
        f"{armando}\tArmando Arresto\t1982-09-13",
        "1 client became eligible now by automatic relief (PC 1203.425 / 851.93), a petition to file after it: "
        "check the RAP sheet, tell them, and diarise the petition's day:",
        f"{teodoro}\tTeodoro Tarde\t1982-09-13\tfile on 2031-07-01",
    ]
    # A re-screen for a day to come keeps today as the day they became eligible (S52-02).
    listed = clinic_app("list", "--db", str(db), "--newly-eligible-since", date.today().isoformat()).stdout.splitlines()
    assert sorted(listed) == sorted([
        f"{armando}\tArmando Arresto\t1982-09-13\tautomatic relief only: nothing to file, check the RAP sheet",
        f"{teodoro}\tTeodoro Tarde\t1982-09-13\tautomatic relief now: check the RAP sheet; file on 2031-07-01"])
