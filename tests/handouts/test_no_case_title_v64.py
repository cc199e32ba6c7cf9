"""V64-02: the handout of a client with no case entered (D64-03) kept the general title "Your
record: what changed and what you may say" and the intro "...and what you may say when someone
asks about your record", above a page with no "What you may say" and nothing changed; the
Spanish title «Su récord: qué cambió y qué puede decir» stood over the heading «Su récord».  That
page now says what it is, in its title, its PDF's title and subject, its intro and its heading;
a page with cases keeps the general ones."""

from __future__ import annotations

import pytest
from handout_clients import no_cases
from handout_render import render_scenario, rendered_for

pytestmark = pytest.mark.pdf

SAID = {
    "en": ("Your record: what to do first",
           "This page says what to do first, so the clinic can tell you what can be cleared from your record.",
           "What is entered so far"),
    "es": ("Su récord: qué hacer primero",
           "Esta hoja le dice qué hacer primero, para que la clínica pueda decirle qué se puede limpiar de su récord.",
           "Lo que está anotado hasta ahora"),
}
GENERAL = {
    "en": ("Your record: what changed and what you may say", "what you may say", "What you may say"),
    "es": ("Su récord: qué cambió y qué puede decir", "qué puede decir", "Qué puede decir"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v64_02_the_no_case_page_says_what_it_is_from_its_title(lang):
    rendered = rendered_for(no_cases(lang), lang)
    text = rendered.text()
    title, intro, heading = SAID[lang]
    assert text.startswith(f"Eastside Record Clearance Clinic {title} ")
    assert rendered.reader.metadata.title == title
    assert "what you may say" not in rendered.reader.metadata.subject
    assert "qué puede decir" not in rendered.reader.metadata.subject
    assert intro in text and heading in text
    for words in GENERAL[lang]:
        assert words not in text, words
    # The title is not said again as the heading under it («Su récord: ...» over «Su récord»).
    assert f" {heading} " in text and heading not in title


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v64_02_a_page_with_cases_keeps_the_general_title_and_intro(lang):
    rendered = render_scenario("eligible_now", lang)
    assert rendered.reader.metadata.title == GENERAL[lang][0]
    assert SAID[lang][0] not in rendered.text() and SAID[lang][1] not in rendered.text()
    assert GENERAL[lang][1] in rendered.text()
