"""K85-03: the attorney's queue named a case with no court number by its record's key or the
word typed: "PC 1203.4 dismissal for case c3: record to weigh", "... for case unknown: ...".
It names it as the window's lists do, the day first (case_titles.case_title_day_first), in the
batched read of the caseload (`clinic-app list --review`, the window's queue) as in one
client's whole record."""

from __future__ import annotations

from dataclasses import replace

from clinic_app.eligibility import screen
from clinic_app.review import awaiting_of, awaiting_said
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.test_case_titles_w80 import AS_OF, walk_in

BLANK = "c3 (convicted 2019-01-05, PC 647(f), Orange County)"
UNKNOWN = "unknown (convicted 2015-03-02, PC 484(a), Los Angeles County)"


def _whole_case_in_review(results, case: str):
    """A result on the whole of `case` that waits on the attorney (as PC 851.91's sealing does)."""
    d = next(d for d in results if d.case == case)
    return replace(d, conviction=None, status="needs_review")


def test_k85_03_the_queue_names_a_case_with_no_number_by_what_its_record_holds(tmp_path):
    client = walk_in()
    results = screen(client.person, client.cases, AS_OF).results
    waiting = [_whole_case_in_review(results, "c3"), _whole_case_in_review(results, "c1")]
    said = awaiting_said(client.cases, waiting, "facts", [])
    assert f"case {BLANK}" in said and f"case {UNKNOWN}" in said, said
    assert "case c3:" not in said and "case unknown:" not in said
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        client_id = repo.add_client(walk_in())
        rescreen_caseload(repo, AS_OF, workers=1)
        ((_id, read),) = repo.queue_reads([client_id])
        assert [case.label for case in read.cases] == \
            [UNKNOWN, "unknown (convicted 2018-06-09, PC 484(a), Los Angeles County)", BLANK]
        # The batched read says what the whole record says.
        assert awaiting_said(read.cases, waiting, "facts", []) == said
        assert awaiting_of(repo, client_id) is None  # nothing of this walk-in waits, as before
