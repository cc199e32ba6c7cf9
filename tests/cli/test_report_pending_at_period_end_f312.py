"""F312-03: a quarter's report said "awaiting the court's ruling" of the petitions filed in the
quarter alone: a petition filed in September and still pending at the end of December was in no
count of it, so the funder's "pending" the director copied from it was short (on 5,000 demo
clients 195 where 322 awaited the court on 2026-12-31).  With a period, the report says the
petitions pending on its last day, whenever filed, and of them those filed before it."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import arrest_relief_only
from tests.cli.test_cli import clinic_app

QUARTER = "Q4 2026"
# A day after the quarter, whatever this computer's: its pending are said on its last day.
AFTER = "2027-01-15"


def _caseload(tmp_path):
    """Five petitions, one a client, around October-December 2026 (nobody screened: none needs it)."""
    db = tmp_path / "caseload.sqlite"
    petitions = [Petition("pc851_91", date(2026, 9, 10)),  # filed before, pending at the end
                 Petition("pc851_91", date(2026, 9, 1), ruling="granted", ruling_on=date(2026, 10, 5)),  # ruled in it
                 Petition("pc851_91", date(2026, 10, 5)),  # filed in it, pending
                 Petition("pc851_91", date(2026, 8, 1), ruling="denied", ruling_on=date(2027, 1, 10)),  # ruled after it
                 Petition("pc851_91", date(2027, 1, 2))]  # filed after it
    clients = []
    for n, petition in enumerate(petitions):
        client = arrest_relief_only(f"Client {'ABCDE'[n]}")
        client.cases[0].petitions = [petition]
        clients.append(client)
    with Repository.open(db) as repo:
        repo.add_clients(clients)
    return db


def test_f312_03_a_quarters_report_says_the_petitions_pending_at_its_end_whenever_filed(tmp_path):
    db = _caseload(tmp_path)
    text = clinic_app("report", "--db", db, "--period", QUARTER, "--as-of", AFTER).stdout
    assert ("Petitions filed 2026-10-01 to 2026-12-31: 1 (of 1 client)\n"
            "  awaiting the court's ruling         1\n") in text  # the quarter's own filings, as before
    assert ("  Pending on 2026-12-31, whenever filed:\n"
            "  awaiting the court's ruling         3\n"
            "    filed before 2026-10-01           2\n") in text
    counts = json.loads(clinic_app("report", "--db", db, "--period", QUARTER, "--as-of", AFTER, "--json").stdout)
    assert counts["petitions_pending_at_period_end"] == 3 and counts["petitions_pending_on"] == "2026-12-31"
    assert counts["petitions_filed"]["granted"] == 1
    rows = list(csv.reader(io.StringIO(clinic_app("report", "--db", db, "--period", QUARTER, "--as-of", AFTER, "--csv").stdout.removeprefix("\ufeff"))))
    assert ["Pending on 2026-12-31, whenever filed", "Awaiting the court's ruling", "3"] in rows
    assert ["Pending on 2026-12-31, whenever filed", "Filed before 2026-10-01", "2"] in rows
    # Without a period, "awaiting" counts every petition already: nothing more is said.
    whole = clinic_app("report", "--db", db)
    assert "Pending on" not in whole.stdout
    assert json.loads(clinic_app("report", "--db", db, "--json").stdout)["petitions_pending_at_period_end"] is None


def test_k322_01_a_quarter_not_over_says_its_pending_as_of_the_day_counted(tmp_path):
    """On 2026-12-07 the quarter's pending were said "Pending on 2026-12-31", a day not come,
    of a count made that day: they are said as of the day counted, in every form."""
    db = _caseload(tmp_path)
    asked = ("report", "--db", db, "--period", QUARTER, "--as-of", "2026-12-07")
    text = clinic_app(*asked).stdout
    assert ("  Pending on 2026-12-07, whenever filed:\n"
            "  awaiting the court's ruling         3\n") in text and "Pending on 2026-12-31" not in text
    counts = json.loads(clinic_app(*asked, "--json").stdout)
    assert counts["petitions_pending_on"] == "2026-12-07" and counts["period"]["to"] == "2026-12-31"
    rows = list(csv.reader(io.StringIO(clinic_app(*asked, "--csv").stdout.removeprefix("\ufeff"))))
    assert ["Pending on 2026-12-07, whenever filed", "Filed before 2026-10-01", "2"] in rows
    assert json.loads(clinic_app("report", "--db", db, "--json").stdout)["petitions_pending_on"] is None
