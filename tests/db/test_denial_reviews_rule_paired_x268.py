"""X268-01: which of a client's reviews count for a denial (on the newest screening's facts,
and not made before a denial of their relief was typed) was written only in SQL, so
`screen --format text` of an exported client, which has no caseload to ask, could not read a
review at all.  The rule is the domain's now (`court.denial_reviews_that_count`), which the
repository's `denial_reviews_said` asks; the caseload list keeps its SQL for 100,000 clients.
This test pairs the two on one caseload's reviews, so they cannot drift apart."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone

from clinic_app.court import denial_reviews_that_count
from clinic_app.model import Petition
from db.connection import open_caseload
from db.repository import _LIST_SQL, Repository
from db.rescreen import rescreen_caseload
from tests.automatic_relief import AS_OF, to_file

RULED = date(2026, 11, 20)


def _at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(RULED.year, RULED.month, RULED.day, hour, minute, second, tzinfo=timezone.utc)


def _caseload(tmp_path) -> tuple[Repository, int, int]:
    """Two clients whose 1203.4 of count a1 was denied on RULED: Dora's denial typed on the Record
    tab at 16:00 (the audit log's "denial" "entered"), Berta's come with her record; each with
    reviews named by what they show (their answer key stands for it)."""
    clock = {"now": _at(9)}
    repo = Repository(open_caseload(tmp_path / "caseload.sqlite"), user="paralegal", clock=lambda: clock["now"])
    filed = Petition("pc1203_4", date(2026, 9, 2), convictions=["a1"])
    dora = repo.add_client(to_file("Dora Denegada"))
    came_denied = to_file("Berta Denegada")
    came_denied.cases[0].petitions = [replace(filed, ruling="denied", ruling_on=RULED)]
    berta = repo.add_client(came_denied)
    clock["now"] = _at(16)
    stored = repo.get_client(dora)
    stored.cases[0].petitions = [replace(filed, ruling="denied", ruling_on=RULED)]
    repo.save_client(stored)
    rescreen_caseload(repo, AS_OF, workers=1)
    for client_id in (dora, berta):
        facts = repo.latest_screening(client_id).facts_hash
        for answer, case, conviction, remedy, at, on in [
                ("the hearing morning", "a", "a1", "pc1203_4", _at(9), facts),
                ("a second before the denial was typed", "a", "a1", "pc1203_4", _at(15, 59, 59), facts),
                ("the second it was typed", "a", "a1", "pc1203_4", _at(16), facts),
                ("after, on other facts", "a", "a1", "pc1203_4", _at(17), "facts of before"),
                ("the whole case, before", "a", None, "pc1203_4", _at(10), facts),
                ("another count, before", "a", "a2", "pc1203_4", _at(10), facts),
                ("another relief, before", "a", "a1", "pc1203_425", _at(10), facts),
                # The whole of another case: the denial typed on case a is not of it (R275-01).
                ("another case, before", "b", None, "pc1203_4", _at(10), facts),
                ("after", "a", "a1", "pc1203_4", _at(18), facts)]:
            repo.record_reviews(client_id, [(case, conviction, remedy, answer)], "", facts_hash=on, at=at)
    return repo, dora, berta


def _listed(repo: Repository, client_id: int) -> set[tuple[str, date]]:
    """What the caseload list's SQL reads of the client's reviews: (answer, local day)."""
    row = repo.db.conn.execute(_LIST_SQL + " WHERE c.id = ?", (client_id,)).fetchone()
    return {(answer, datetime.fromisoformat(at).astimezone().date()) for answer, at in json.loads(row[-1] or "[]")}


def test_x268_01_the_list_sql_and_the_domain_rule_count_the_same_reviews_of_a_denial(tmp_path):
    repo, dora, berta = _caseload(tmp_path)
    day = _at(12).astimezone().date()
    for client_id, counted in [
            (dora, {"the second it was typed", "another count, before", "another relief, before", "another case, before",
                    "after"}),
            # No moment typed: the review's day decides (every one on the ruling's day counts here).
            (berta, {"the hearing morning", "a second before the denial was typed", "the second it was typed",
                     "the whole case, before", "another count, before", "another relief, before", "another case, before",
                     "after"})]:
        said = repo.denial_reviews_said(client_id)
        assert {(s.answer, s.day) for s in said} == _listed(repo, client_id) == {(answer, day) for answer in counted}
        assert len(said) == len(counted)
        # And the client's export, which carries the reviews and when each denial was typed,
        # read by the same rule, as `screen --format text` reads it.
        exported = denial_reviews_that_count(repo.exported_reviews(client_id), repo.latest_screening(client_id).facts_hash,
                                             repo.denials_entered(client_id))
        assert exported == said
