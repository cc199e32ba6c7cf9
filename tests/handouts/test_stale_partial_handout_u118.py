"""U118-02: Clinic Desk killed (or the battery dead) while it wrote an event's handouts left the
hidden half-written ``.<handout>.pdf.partial`` in the event's folder.  One for a client this run
writes again was replaced; one for a client renamed or removed since, or not reached (the run
cancelled), stayed for good, a volunteer printing the folder (on Windows, where a dot hides
nothing) to wonder at or print.  The next run removes a batch's partial it finds stale; it leaves
a file Clinic Desk did not write, and one written to a moment ago (another run's, still going)."""

from __future__ import annotations

import os
import time
from datetime import date

from handout_clients import CLINIC, screened

from clinic_app.handouts import render_event
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def _client() -> Client:
    day = date(2015, 3, 2)
    case = Case(id="A", county="Los Angeles", convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=day)],
                sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True,
                                  probation=Probation(kind="summary", start=day, end=date(2016, 3, 2), status="completed")))
    return Client(name="Ana Ruiz", id=1, person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


def _left(folder, name: str, minutes_ago: float):
    """A file as a run killed `minutes_ago` left it: half a handout's bytes."""
    path = folder / name
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")  # no %%EOF: cut off mid-write
    then = time.time() - minutes_ago * 60
    os.utime(path, (then, then))
    return path


def test_u118_02_a_killed_runs_partial_handouts_are_removed_by_the_next_run(tmp_path):
    renamed = _left(tmp_path, ".old-name-0002.pdf.partial", 10)  # a client renamed since the kill
    before_b148 = _left(tmp_path, ".0006-id-first.pdf.partial", 10)  # named with the id first (before B148-01)
    worksheet = _left(tmp_path, ".luis-vega-0003-worksheet.pdf.partial", 60 * 24)
    again = _left(tmp_path, ".ana-ruiz-0001.pdf.partial", 10)  # written again by this run
    not_ours = [_left(tmp_path, name, 60 * 24) for name in (".notes.txt.partial", ".budget.pdf.partial", "0004-kept.pdf")]
    being_written = _left(tmp_path, ".eva-diaz-0005.pdf.partial", 0)  # another run's, now

    client = _client()
    result = render_event([(client, screened(client))], CLINIC, tmp_path)

    assert [p.name for p in result.files] == ["ana-ruiz-0001.pdf"]
    assert not before_b148.exists()
    assert not renamed.exists() and not worksheet.exists() and not again.exists()
    assert all(path.exists() for path in not_ours) and being_written.exists()
    assert (tmp_path / "ana-ruiz-0001.pdf").read_bytes().rstrip().endswith(b"%%EOF")
    assert [p.name for p in result.not_written] == ["0004-kept.pdf"]


def test_u118_02_a_cancelled_run_removes_them_too(tmp_path):
    renamed = _left(tmp_path, ".0002-old-name.pdf.partial", 10)
    result = render_event([(_client(), None)], CLINIC, tmp_path, cancel=lambda: True)
    assert result.cancelled and result.files == []
    assert not renamed.exists()
