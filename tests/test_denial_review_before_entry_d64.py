"""D64-02: a review counted as the attorney's review of a denial when it was made on or after the
ruling's day, by day alone (H63-04).  A review made on the hearing morning, before the ruling
was typed in that afternoon, or on a day after the ruling but before anyone entered it (T63),
was taken for a review of what the court said: the line read "Denied ...: reviewed by the
attorney", the report counted it reviewed and (D64-01) the worksheet and handout said so, when
the attorney had never seen the denial.  The audit log shows when the ruling was typed (the
save whose record has the petition denied and whose record before did not): a review counts
only if no denial of its relief was typed after it.  The edge: a review a second before the
save and one in the same second."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from clinic_app.court import court_action
from clinic_app.model import Petition
from clinic_app.report import build_report
from clinic_app.review import answer_key
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes
from db.connection import open_caseload
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file

RULED = date(2026, 11, 20)
FILED = Petition("pc1203_4", date(2026, 9, 2))


def _moment(hour: int, minute: int = 0, second: int = 0, day: date = RULED) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=timezone.utc)


def _story(tmp_path, reviewed: datetime, entered: datetime) -> tuple[Repository, int]:
    """A petition filed in September; the attorney reviews the 1203.4 result at `reviewed`; the
    denial of the ruling day is typed on the Record tab (saved) at `entered`."""
    clock = {"now": _moment(9, day=date(2026, 11, 2))}
    repo = Repository(open_caseload(tmp_path / "caseload.sqlite"), user="paralegal", clock=lambda: clock["now"])
    client = to_file("Dora Denegada")
    client.cases[0].petitions = [FILED]
    client_id = repo.add_client(client)
    rescreen_caseload(repo, AS_OF, workers=1)

    def review() -> None:
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
        repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "Looked at it",
                            facts_hash=stored.facts_hash, at=reviewed)

    def enter() -> None:
        clock["now"] = entered
        stored = repo.get_client(client_id)
        stored.cases[0].petitions = [replace(FILED, ruling="denied", ruling_on=RULED)]
        repo.save_client(stored)
        rescreen_caseload(repo, AS_OF, workers=1)

    for _when, step in sorted([(reviewed, review), (entered, enter)], key=lambda pair: pair[0]):
        step()
    return repo, client_id


def _said(repo: Repository, client_id: int) -> tuple[str, bool, bool]:
    line = next(row for row in repo.list_clients() if row.id == client_id)
    report = build_report(None, repo.counted_screenings(), today=AS_OF)
    client = repo.get_client(client_id)
    worksheet = render_bytes(compose(client, repo.latest_screening(client_id).screening, repo.denial_reviews(client_id)))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(worksheet)).pages)
    return court_action(line.court, AS_OF), report.denied_reviewed == 1, "reviewed by the attorney 2026-11-20" in text


@pytest.mark.parametrize("reviewed, entered, counts", [
    (_moment(9), _moment(16), False),  # the hearing morning, the ruling typed that afternoon
    (_moment(15, 59, 59), _moment(16), False),  # a second before the save
    (_moment(16), _moment(16), True),  # the same second: after the save (the review follows what is shown)
    (_moment(16, 0, 1), _moment(16), True),
    (_moment(10, day=date(2026, 11, 24)), _moment(11, day=date(2026, 11, 25)), False),  # after the day, before the typing (T63)
])
def test_d64_02_a_review_counts_only_after_the_denial_was_typed(tmp_path, reviewed, entered, counts):
    repo, client_id = _story(tmp_path, reviewed, entered)
    with repo:
        line, in_report, on_worksheet = _said(repo, client_id)
    reviewed_day = reviewed.astimezone().date().isoformat()
    assert line == (f"Denied 2026-11-20: reviewed by the attorney {reviewed_day}" if counts else "Denied 2026-11-20: attorney to review")
    assert in_report is counts
    assert on_worksheet is (counts and reviewed_day == "2026-11-20")


def test_d64_02_a_denial_that_came_with_the_record_is_judged_by_the_reviews_day(tmp_path):
    """A client added (or imported from a laptop) with the denial already on the record: no save
    here shows when it was typed, so a review on or after the ruling's day counts, as before."""
    with Repository(open_caseload(tmp_path / "caseload.sqlite"), clock=lambda: _moment(18, day=date(2026, 12, 1))) as repo:
        client = to_file("Dora Denegada")
        client.cases[0].petitions = [replace(FILED, ruling="denied", ruling_on=RULED)]
        client_id = repo.add_client(client)
        rescreen_caseload(repo, AS_OF, workers=1)
        stored = repo.latest_screening(client_id)
        d = next(d for d in stored.screening.results if d.remedy == "pc1203_4")
        repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d))], "On the laptop",
                            facts_hash=stored.facts_hash, at=_moment(12))
        assert court_action(repo.list_clients()[0].court, AS_OF).startswith("Denied 2026-11-20: reviewed by the attorney")
