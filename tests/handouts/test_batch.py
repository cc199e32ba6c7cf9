"""A whole clinic event: one PDF per client, in each client's language, with progress and cancel."""

from __future__ import annotations

import threading

import pytest
from handout_render import squash
from handout_clients import CLINIC
from pypdf import PdfReader

from clinic_app.demo import DEMO_AS_OF, generate_clients
from clinic_app.eligibility import screen
from clinic_app.handouts import render_event
from clinic_app.handouts.batch import handout_filename, slug

pytestmark = pytest.mark.pdf


@pytest.fixture(scope="module")
def event_pairs():
    clients = list(generate_clients(12, seed=11))
    for number, client in enumerate(clients, start=1):
        client.id = number
    assert {c.language for c in clients} == {"en", "es"}, "the sample must mix languages"
    return [(c, screen(c.person, c.cases, DEMO_AS_OF)) for c in clients]


def test_each_client_gets_a_pdf_in_their_language(event_pairs, tmp_path):
    calls = []
    result = render_event(event_pairs, CLINIC, tmp_path, progress=lambda *a: calls.append(a))
    assert not result.cancelled and len(result.files) == len(event_pairs)
    assert [c[:2] for c in calls] == [(i, len(event_pairs)) for i in range(1, len(event_pairs) + 1)]
    total = 0
    for (client, _), path in zip(event_pairs, result.files):
        reader = PdfReader(path)
        total += len(reader.pages)
        first = squash(reader.pages[0].extract_text())
        assert squash(client.name) in first
        expected = {"en": ("en-US", "Your record"), "es": ("es-US", "Su récord")}[client.language]
        assert reader.trailer["/Root"]["/Lang"] == expected[0]
        assert expected[1] in first
    assert total == result.pages


def test_cancel_stops_before_the_next_client(event_pairs, tmp_path):
    stop = threading.Event()

    def progress(done, total, name):
        if done == 3:
            stop.set()

    result = render_event(event_pairs, CLINIC, tmp_path, progress=progress, cancel=stop)
    assert result.cancelled and len(result.files) == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in result.files)


def test_file_names_are_safe_and_unique(event_pairs):
    names = [handout_filename(c, i) for i, (c, _) in enumerate(event_pairs, start=1)]
    assert len(set(names)) == len(names)
    assert slug("María de los Ángeles Ñúñez") == "maria-de-los-angeles-nunez"
    assert slug("../../etc/passwd") == "etc-passwd"
    assert slug("金") == "client"


def test_file_names_keep_latin_letters_that_do_not_decompose():
    """"Łukasz Øster" was saved as "ukasz-ster": Ł and Ø have no accent to take off, and the
    ASCII step dropped them (as the name order had, S26-07)."""
    from clinic_app.file_names import safe_name

    assert slug("Łukasz Øster-Æsa") == "lukasz-oster-aesa"
    assert safe_name("Łukasz Øster Straße") == "Lukasz-Oster-Strasse"


def test_r39_04_a_batchs_page_estimate_is_within_a_tenth_of_the_pages_made(tmp_path):
    """R39-04 (A38's report): the question before 17 handouts of clients "eligible within 30
    days" said "about 76 pages" and 87 were made; "three pages and one a case" left out that
    an eligible-later handout (and worksheet) is longer.  On 8 such demo clients (a batch of
    A38's filter, kept small for time: 0.7 s) the estimates, handouts and worksheets, are now
    within 10% of the pages made (they were 13% and 33% short)."""
    from clinic_app.handouts.batch import estimated_pages
    from clinic_app.summary import summarize
    from clinic_app.worksheet.batch import estimated_pages as worksheet_pages
    from clinic_app.worksheet.batch import write_worksheets

    later = []
    for number, client in enumerate(generate_clients(80, seed=5), start=1):
        client.id = number
        screening = screen(client.person, client.cases, DEMO_AS_OF)
        best = summarize(client, screening, DEMO_AS_OF).best
        if best == "eligible_on" and len(later) < 8:
            later.append((client, screening, best))
    assert len(later) == 8
    pairs = [(client, screening) for client, screening, _ in later]
    handouts = render_event(pairs, None, tmp_path / "handouts").pages
    worksheets = write_worksheets(pairs, tmp_path / "worksheets").pages
    said = round(sum(estimated_pages(len(c.cases), best, c.language) for c, _, best in later))
    said_worksheets = round(sum(worksheet_pages(len(c.cases), best) for c, _, best in later))
    assert abs(said - handouts) <= 0.1 * handouts, (said, handouts)
    assert abs(said_worksheets - worksheets) <= 0.1 * worksheets, (said_worksheets, worksheets)
