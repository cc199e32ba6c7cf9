"""Findings of handout review H23D, checked on the real PDF read back with pypdf and on an
event's real handout folder (synthetic people only)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, screened
from handout_render import render_scenario

from clinic_app.handouts import load_texts
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

# ---- H23D-01: the contact block is compact and never a page of its own ---------------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h23d_01_the_dismissed_handout_has_no_page_with_only_the_contact_block(lang):
    """docs/handouts/dismissed-en-5.png: a fifth page held only "Questions? Contact the
    clinic" and five one-detail lines.  Two details a line, the block now fits at the foot
    of the page before: the page with the contact heading holds other text above it."""
    heading = load_texts(lang)["headings"]["contact"]
    pages = render_scenario("dismissed", lang).page_texts()
    last = pages[-1]
    assert heading in last
    assert last.index(heading) > 0, "the contact block is alone on the last page"


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("key", ["eligible_now", "blocked", "dismissed", "non_citizen", "arrest_only", "needs_review"])
@pytest.mark.parametrize("large_print", [False, True])
def test_h23d_01_the_contact_heading_is_never_the_last_line_of_a_page(key, lang, large_print):
    heading = load_texts(lang)["headings"]["contact"]
    rendered = render_scenario(key, lang, large_print)
    pages = rendered.page_texts()
    [page] = [p for p in pages if heading in p]
    after = page.split(heading, 1)[1]
    assert CLINIC.name in after and CLINIC.hours in after
    assert pages.index(page) == len(pages) - 1


def test_h23d_01_the_clinic_details_go_two_to_a_line():
    client = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[Case(
        id="A", county="Los Angeles", convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=date(2015, 3, 2))],
        sentence=Sentence(type="probation", judgment_date=date(2015, 3, 2), imposition_suspended=True,
                          probation=Probation(kind="summary", start=date(2015, 3, 2), end=date(2016, 3, 2), status="completed")))])
    from clinic_app.handouts import compose

    lines = compose(client, screened(client), CLINIC, lang="en").contact_lines
    assert lines == (
        "Eastside Record Clearance Clinic",
        "Address: 1200 E 1st St, Los Angeles, CA 90033 · Phone: (213) 555-0142",
        "Website: eastside-clinic.example.org · Hours: Tue and Thu, 9 am to 4 pm",
    )


@pytest.mark.pdf
def test_h23d_01_the_phone_number_is_not_split_over_two_lines():
    """Two details a line, large print in Spanish wrapped "Teléfono: (213)" / "555-0142"."""
    rendered = render_scenario("eligible_now", "es", large_print=True)
    lines = [line for page in rendered.reader.pages for line in page.extract_text().splitlines()]
    assert any("555-0142" in line for line in lines)
    assert all(("(213)" in line) == ("555-0142" in line) for line in lines)


# ---- H23D-02: an event's folder names the PDFs an earlier run left there -------------------


def person() -> Person:
    return Person(dob=date(1980, 1, 1), us_citizen=True)


def petty_theft() -> Case:
    day = date(2015, 3, 2)
    return Case(id="A", county="Los Angeles", convictions=[Conviction(id="A1", section="484(a)/488", conviction_date=day)],
                sentence=Sentence(type="probation", judgment_date=day, imposition_suspended=True,
                                  probation=Probation(kind="summary", start=day, end=date(2016, 3, 2), status="completed")))


def test_h23d_02_an_event_names_the_pdfs_it_did_not_write_and_keeps_them(tmp_path):
    """Last month's run left handouts of clients since renamed or removed; they stay (they
    may be wanted) but are named, as a volunteer printing the folder may take them for this
    run's.  A handout this run wrote again is not among them."""
    from clinic_app.handouts import render_event
    from clinic_app.worksheet.batch import write_worksheets

    for name in ("ana-ruiz-0001.pdf", "old-name-0002.pdf", "gone-0003.pdf", "left-0004.pdf", "moved-0005.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 last month")
    (tmp_path / "notes.txt").write_text("not a handout")
    # Nor are the clinic's flyer and the worksheets beside them an earlier run's handouts, nor
    # the handouts a worksheets run's (K190-01).
    for name in ("clinic-flyer.pdf", "ana-ruiz-0001-worksheet.pdf", "0002-old-name-worksheet.pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4 not a handout")
    client = Client(name="Ana Ruiz", id=1, person=person(), cases=[petty_theft()])
    worksheets = write_worksheets([(client, screened(client))], tmp_path)
    assert [p.name for p in worksheets.not_written] == ["0002-old-name-worksheet.pdf"]
    result = render_event([(client, screened(client))], CLINIC, tmp_path)
    assert [p.name for p in result.files] == ["ana-ruiz-0001.pdf"]
    assert [p.name for p in result.not_written] == ["gone-0003.pdf", "left-0004.pdf", "moved-0005.pdf", "old-name-0002.pdf"]
    assert all(p.exists() for p in result.not_written)
    assert result.not_written_note() == (
        "4 PDFs in the folder were not written by this run (an earlier run's: check before printing): "
        "gone-0003.pdf, left-0004.pdf, moved-0005.pdf and 1 more")


def test_h23d_02_a_fresh_folder_has_nothing_to_name(tmp_path):
    from clinic_app.handouts import render_event

    client = Client(name="Ana Ruiz", id=1, person=person(), cases=[petty_theft()])
    result = render_event([(client, screened(client))], CLINIC, tmp_path / "event")
    assert result.not_written == [] and result.not_written_note() == ""


@pytest.mark.pdf
def test_h23d_02_the_event_command_prints_how_many_pdfs_it_did_not_write(tmp_path, capsys):
    from clinic_app.cli import main
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    with Repository.open(path, create=True) as repo:
        repo.add_client(Client(name="Bo Li", event="Fair", person=person(), cases=[petty_theft()]))
    out = tmp_path / "event"
    out.mkdir()
    (out / "0099-renamed-client.pdf").write_bytes(b"%PDF-1.4 last month")
    assert main(["handout", "--db", str(path), "--event", "Fair", "--as-of", "2026-11-15", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == ("1 PDF in the folder was not written by this run (an earlier run's: check before "
                         "printing): 0099-renamed-client.pdf")
    assert (out / "0099-renamed-client.pdf").exists()
