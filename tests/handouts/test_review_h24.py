"""Findings of handout review H24, checked on the real PDFs read back with pypdf
(synthetic people only)."""

from __future__ import annotations

import io

import pytest
from handout_clients import CLINIC, SCENARIOS
from handout_render import render_scenario

from clinic_app.handouts import load_texts

# ---- H24-01 (H23-08): the contact block never has a page to itself --------------------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("key", sorted(SCENARIOS))
@pytest.mark.parametrize("large_print", [False, True])
def test_h24_01_no_page_holds_only_the_contact_block(key, lang, large_print):
    """When the page before was full, "Questions? Contact the clinic" and the clinic's
    details took a page of paper of their own (the blocked sample in English, three large
    print Spanish samples).  Now the last row or lines before it go on with it."""
    heading = load_texts(lang)["headings"]["contact"]
    pages = render_scenario(key, lang, large_print).page_texts()
    [page] = [p for p in pages if heading in p]
    before = page.split(heading, 1)[0]
    assert len(before.split()) > 3, f"page {pages.index(page) + 1} starts with the contact block"
    assert CLINIC.hours in page.split(heading, 1)[1], "the contact block is whole"


# ---- H24-02: a long checklist row breaks inside rather than leave the page's foot empty ----


@pytest.mark.pdf
def test_h24_02_a_long_task_starts_at_the_foot_of_the_page_and_goes_on_over_the_page():
    """Large print Spanish, Darnell's handout: the seven-line task "Pregunte en la clínica
    cómo pedirle una copia de su récord..." moved whole to the last page and left two inches
    blank below the checklist.  Now its first lines stay there, and the rest goes on.

    Since H29-08 (a situation's title printed again over an answer a page break moves) the
    pages break elsewhere: the row before the task now ends at the page's foot, no room for
    three lines of it, and the task starts the last page.  So one-line tasks are added before
    it, one more at a time, until it reaches the foot of a page; moved whole, it never would
    go on over a page."""
    from dataclasses import replace

    from handout_layout import squash
    from pypdf import PdfReader

    from clinic_app.handouts import render_bytes
    from clinic_app.handouts.document import Task

    handout = render_scenario("eligible_on", "es", large_print=True).handout
    checklist = handout.section("checklist")
    [at] = [i for i, t in enumerate(checklist.blocks) if "Live Scan" in t.text]
    words = checklist.blocks[at].text.split()
    for extra in range(30):
        filler = tuple(Task(f"Tarea {n + 1}.", "Usted") for n in range(extra))
        blocks = checklist.blocks[:at] + filler + checklist.blocks[at:]
        sections = tuple(replace(s, blocks=blocks) if s is checklist else s for s in handout.sections)
        pdf = render_bytes(replace(handout, sections=sections))
        pages = [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
        [start] = [i for i, page in enumerate(pages) if " ".join(words[:6]) in page]
        if " ".join(words[-4:]) not in pages[start]:
            break
    else:
        raise AssertionError("the whole task moved to one page, however the page ended")
    assert " ".join(words[-4:]) in pages[start + 1]
    # No word of it lost at the break.
    both = (pages[start][pages[start].index(" ".join(words[:6])):] + " " + pages[start + 1]).split()
    assert all(word in both for word in words)


# ---- H24-03: the Spanish handout says the same thing the same way everywhere --------------


def spanish_texts() -> list[tuple[str, str]]:
    """Every (key, text) the Spanish handout can print, offense names included."""
    from clinic_app.handouts.texts import _leaves

    return [(key, text) for key, value in _leaves(load_texts("es"))
            for text in (value if isinstance(value, list) else [value]) if isinstance(text, str)]


def test_h24_03_spanish_names_the_landlord_the_governor_and_the_propositions_one_way():
    """"El dueño" in every housing line but one ("Un arrendador"), "Gobernador" beside
    "gobernador", and "Prop 47" (English shorthand) in offense names where every other line
    says "Proposición 47"."""
    for key, text in spanish_texts():
        if key.startswith("meta.") or key.endswith(".cite"):
            continue
        assert "arrendador" not in text, key
        assert "Gobernador" not in text, key
        assert "Prop " not in text, key


@pytest.mark.pdf
def test_h24_03_the_rap_sheet_check_says_what_to_look_for_and_what_it_means():
    """The checklist said "busque en su récord (RAP sheet) «relief granted»: Arresto: ...",
    English words with nothing to say they are the words to find, or what they mean; the
    card above says "las palabras «relief granted» (alivio concedido)"."""
    pages = render_scenario("arrest_only", "es").page_texts()
    text = " ".join(pages)
    assert "«relief granted» (alivio concedido) para: el arresto por" in text  # the arrest as a step says it: H68-02
    assert "«relief granted»:" not in text


def test_h24_02_the_rest_of_a_checklist_over_a_page_breaks_long_rows_too():
    """ReportLab makes the part of a table that goes on to the next page anew, and it had
    lost the line height that lets a long row break inside: on the second page of a long
    checklist a row two lines too long moved whole again (demo client, Spanish large print:
    3.3 in left blank above a nine-line task)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.units import inch

    from clinic_app.handouts.render import _checklist, make_styles

    h = render_scenario("eligible_on", "es", large_print=True).handout
    s = make_styles(h.font, h.large_print)
    width = LETTER[0] - 1.5 * inch
    tasks = [t for section in h.sections if section.key == "checklist" for t in section.blocks]
    long_row = 1 + next(i for i, t in enumerate(tasks) if "Live Scan" in t.text)
    table = _checklist(tasks + tasks, h, s, width)  # the long task comes again after the first page
    table.wrap(width, 1e6)
    first, rest = table.split(width, sum(table._rowHeights[:2]) + 1)  # header and one task here
    rest.wrap(width, 1e6)
    again = long_row + len(tasks) - 1  # the long task's row in the rest (header repeated)
    heights = rest._rowHeights
    here, _ = rest.split(width, sum(heights[:again]) + 4 * s.body.leading)
    assert len(here._cellvalues) == again + 1, "the long task moved whole to the next page"
