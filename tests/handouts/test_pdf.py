"""The rendered PDFs, opened with pypdf: text, notice on every page, fonts, metadata, bytes."""

from __future__ import annotations

import io

import pytest
from handout_render import render_scenario, squash
from handout_clients import AS_OF, CLINIC, SCENARIOS, screened
from pypdf import PdfReader

from clinic_app.handouts import ClinicInfo, compose, render_bytes, render_pdf

pytestmark = pytest.mark.pdf

NOTICE = {
    "en": "This handout is general information. It is not legal advice. A lawyer must check it for your case.",
    "es": "Esta hoja es información general. No es asesoría legal. Un abogado debe revisarla para su caso.",
}
PAGE = {"en": "Page {page} of {pages}", "es": "Página {page} de {pages}"}
ALL = [(key, lang) for key in SCENARIOS for lang in ("en", "es")]


@pytest.mark.parametrize(("key", "lang"), ALL)
def test_every_page_has_the_notice_the_page_number_and_the_name(key, lang):
    r = render_scenario(key, lang)
    pages = r.page_texts()
    assert len(pages) >= 1
    for number, text in enumerate(pages, start=1):
        assert NOTICE[lang] in text, f"page {number} lacks the notice"
        assert PAGE[lang].format(page=number, pages=len(pages)) in text
        assert r.client.name in text


@pytest.mark.parametrize(("key", "lang"), ALL)
def test_personal_facts_and_date_are_printed(key, lang):
    r = render_scenario(key, lang)
    text = r.text()
    assert r.client.name in text
    assert {"en": "November 15, 2026", "es": "15 de noviembre de 2026"}[lang] in text
    for case in r.client.cases:
        for conv in case.convictions:
            assert conv.citation in text
        assert not case.case_number or case.case_number not in text
    assert CLINIC.name in text and CLINIC.phone in text


@pytest.mark.parametrize(("key", "lang"), ALL)
def test_fonts_are_embedded_truetype_and_language_is_set(key, lang):
    reader = render_scenario(key, lang).reader
    assert reader.trailer["/Root"]["/Lang"] == {"en": "en-US", "es": "es-US"}[lang]
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"]
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= seen  # citations add the Oblique face


def test_metadata_title_author_subject():
    r = render_scenario("eligible_now", "es")
    meta = r.reader.metadata
    assert meta.title == "Su récord: qué cambió y qué puede decir"
    assert meta.author == CLINIC.name
    assert meta.subject.startswith("Hoja sobre cómo limpiar su récord")


def test_guidance_matches_each_status_in_english():
    text = render_scenario("eligible_now", "en").text()
    assert "If your conviction is not cleared: Before an offer, you do not have to talk about it." in text
    assert "Once your conviction is dismissed: “No.”" in text
    assert "Gov. Code 12952" in text  # the citation, in small print
    assert "Immigration forms" not in text

    dismissed = render_scenario("dismissed", "en").text()
    # Two convictions on that line (the burglary dismissed, the drugs to be): in the plural (W26-06).
    assert ("For convictions that are dismissed, now or later: “Yes, but they were dismissed under "
            "Penal Code 1203.4.”") in dismissed
    assert "For a conviction made a misdemeanor:" in dismissed
    assert "Reduced to a misdemeanor, then dismissed by the court on January 10, 2020." in dismissed  # H21-05

    arrest = render_scenario("arrest_only", "en").text()
    assert "For an arrest with no conviction: “No.”" in arrest
    assert "Tell about the arrest." in arrest  # peace officer
    assert "An arrest alone does not stop you from serving." in arrest  # not sealed: PC 851.92 does not apply

    blocked = render_scenario("blocked", "en").text()
    assert "your probation for “Driving with a blood alcohol of 0.08% or more (DUI)” must end (it ends on May 20, 2028)" in blocked  # Z80-02

    excluded = render_scenario("excluded", "en").text()
    assert "We found no relief for it right now." in excluded
    assert "You must keep registering as before." in excluded

    review = render_scenario("needs_review", "en").text()
    assert "A lawyer must look at it first." in review


def test_guidance_in_spanish():
    text = render_scenario("non_citizen", "es").text()
    for phrase in (
        "Qué puede decir",
        "Al pedir trabajo en una empresa privada",
        "Si la condena no está limpia: Antes de la oferta, no tiene que hablar de eso.",
        "Cuando le desestimen la condena: «No».",
        "Formularios de inmigración (USCIS o tribunal de inmigración)",  # one word for a court (S37-03)
        "Hable con un abogado de inmigración",
        "Lo que todavía le toca hacer",
        "Manejar bajo los efectos del alcohol (DUI)",
        "Delito menor (misdemeanor), 2017",
    ):
        assert phrase in text, phrase
    assert "What you may say" not in text and "Page 1 of" not in text


def test_no_cases_handout_in_both_languages():
    # No case entered: no check is claimed (D64-03).
    assert "No convictions or arrests are entered for you yet" in render_scenario("no_cases", "en").text()
    assert "Todavía no se ha anotado ninguna condena ni arresto suyo" in render_scenario("no_cases", "es").text()


def test_same_record_same_date_same_bytes(tmp_path):
    client = SCENARIOS["blocked"][0]("es")
    first = render_bytes(compose(client, screened(client), CLINIC))
    again_client = SCENARIOS["blocked"][0]("es")
    second = tmp_path / "again.pdf"
    render_pdf(compose(again_client, screened(again_client), CLINIC), second)
    assert second.read_bytes() == first
    later = render_bytes(compose(client, screened(client, AS_OF.replace(day=16)), CLINIC))
    assert later != first  # a different date is a different handout


def test_large_print_is_bigger_and_longer():
    normal = render_scenario("eligible_now", "en")
    large = render_scenario("eligible_now", "en", large_print=True)
    assert len(large.reader.pages) > len(normal.reader.pages)
    for page in large.page_texts():
        assert NOTICE["en"] in page


def test_very_long_name_wraps_and_still_renders():
    from handout_clients import very_long_name

    client = very_long_name("es")
    pdf = render_bytes(compose(client, screened(client), CLINIC))
    reader = PdfReader(io.BytesIO(pdf))
    first = squash(reader.pages[0].extract_text())
    assert squash(client.name) in first
    # The footer: one line, cut with "…", under "Página N de M" (hand-out check H19-14: the
    # wrapped name grew upward over the page number).
    for page in reader.pages:
        found: dict[str, float] = {}

        def visit(text, cm, tm, font, size, found=found):
            if text.strip().startswith("Página ") or text.strip().endswith("…"):
                found["page" if text.strip().startswith("Página ") else "name"] = tm[5] * cm[3] + cm[5]  # on the page
        page.extract_text(visitor_text=visit)
        assert set(found) == {"page", "name"} and found["name"] < found["page"] - 6, found


def test_missing_clinic_address_gives_a_sensible_contact_block():
    clinic = ClinicInfo(name="Westside Legal Aid", phone="(310) 555-0199")
    r = render_scenario("eligible_now", "en", clinic=clinic)
    text = r.text()
    assert "Questions? Contact the clinic Westside Legal Aid Phone: (310) 555-0199" in text
    assert "Address:" not in text
    nothing = render_scenario("eligible_now", "en", clinic=ClinicInfo())
    assert "Questions? Contact the clinic Record clearance clinic" in nothing.text()
    assert nothing.reader.metadata.author == "Record clearance clinic"


def test_text_with_markup_characters_prints_as_written():
    client = SCENARIOS["blocked"][0]("en")
    client.name = "Sam <b>O'Neil & Co"
    client.cases[1].conditions[0].label = "AA meetings <weekly> & NA"
    text = squash(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(
        render_bytes(compose(client, screened(client), CLINIC)))).pages))
    assert "Sam <b>O'Neil & Co" in text
    assert "AA meetings <weekly> & NA" in text
