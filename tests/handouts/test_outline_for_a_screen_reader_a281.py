"""A blind client's handout, read by a screen reader: the PDF's outline (bookmarks) goes from
section to section, each to the page and place its heading is printed (A281)."""

from __future__ import annotations

import pytest
from handout_render import render_scenario, squash
from pypdf.generic import NullObject

from clinic_app.handouts.document import Guidance, RecordEntry

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize(("key", "lang"), [("blocked", "es"), ("eligible_now", "en")])
def test_a281_01_each_section_heading_is_a_bookmark_to_its_page_and_the_viewer_shows_them(key, lang):
    r = render_scenario(key, lang)  # the handout test_pdf.py reads too: rendered once a session
    reader = r.reader
    headings = [section.heading for section in r.handout.sections] + [r.handout.contact_heading]
    sections = [entry for entry in reader.outline if not isinstance(entry, list)]  # not what is under
    assert [entry.title for entry in sections] == headings
    pages = r.page_texts()
    for entry in sections:
        number = reader.get_destination_page_number(entry)
        # On the page the heading is printed on, the reader's own zoom kept (a null zoom).
        assert squash(entry.title) in pages[number], (entry.title, number + 1)
        assert entry["/Type"] == "/XYZ" and isinstance(entry.zoom, NullObject)
    assert {reader.get_destination_page_number(entry) for entry in sections} != {0}
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


@pytest.mark.parametrize(("key", "lang"), [("blocked", "es"), ("dismissed", "en")])
def test_a281_02_each_conviction_and_situation_is_a_bookmark_under_its_section(key, lang):
    r = render_scenario(key, lang)
    reader = r.reader
    pages = r.page_texts()
    under: dict[str, list[str]] = {}
    entries = list(reader.outline)
    for n, entry in enumerate(entries):
        if isinstance(entry, list):
            continue
        nested = entries[n + 1] if n + 1 < len(entries) and isinstance(entries[n + 1], list) else []
        under[entry.title] = [child.title for child in nested]
        for child in nested:
            number = reader.get_destination_page_number(child)
            assert squash(child.title) in pages[number], (child.title, number + 1)
    expected = {
        section.heading: [block.title for block in section.blocks if isinstance(block, (RecordEntry, Guidance))]
        for section in r.handout.sections
    }
    expected[r.handout.contact_heading] = []
    assert under == expected
    assert len(expected[r.handout.sections[0].heading]) >= 2  # a conviction's card, and another's
    assert sum(map(len, expected.values())) >= 10  # and the situations of "What you may say"
