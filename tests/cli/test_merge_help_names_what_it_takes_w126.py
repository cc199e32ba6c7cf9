"""W126-02: `clinic-app merge --help` listed what the merge takes from the other record as
"cases, payments, progress, aliases, a phone or notes it lacks, attorney reviews", where the
merge (clinic_app.merging.merge_into, as the window's and the README say) takes the petitions
filed too, with their hearings and rulings, the clinic event this record lacks, and "US
citizen: No": a paralegal reading the help before a merge at a terminal, with no undo, was
told a laptop's petitions and event would not come over."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_app.model import Petition
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_merge_other_people_x62 import _client


def test_w126_02_merge_help_names_each_thing_a_merge_takes(tmp_path):
    caseload = tmp_path / "caseload.sqlite"
    kept = _client("Maria Lopez", date(1985, 3, 2), "25CJCM81162")
    laptop = _client("MARÍA LÓPEZ", date(1985, 3, 2), "25CJCM81162")
    laptop.event = "Expungement Fair"
    laptop.person = replace(laptop.person, us_citizen=False)
    laptop.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2027, 1, 10)))
    with Repository.open(caseload) as repo:
        into, other = repo.add_client(kept), repo.add_client(laptop)

    merged = clinic_app("merge", "--db", caseload, "--into", into, "--from", other)
    assert merged.returncode == 0, merged.stderr
    # What this merge took, as it says it ...
    for taken in ("petition for PC 1203.4 dismissal filed 2026-11-02", "clinic event Expungement Fair", "US citizen: No"):
        assert taken in merged.stdout
    # ... and the help, read before it, names each.
    said = " ".join(clinic_app("merge", "--help").stdout.split())
    for named in ("petitions filed", "clinic event", "US citizen: No"):
        assert named in said
