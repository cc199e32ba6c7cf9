"""V62: the handout of a client whose felony wobbler was judged with neither probation nor custody.

ca-rules.md 3.7 [H]: a wobbler "becomes a misdemeanor 'for all purposes': (b)(1) after a judgment
imposing punishment other than state prison or 1170(h) jail"; 4.5: "17(b) reduction removes the
state felony ban [M]".  Each test opens the real PDF (pypdf text) of a synthetic client screened by
the real engine, and failed on the code before its fix.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Sentence

SETTLED = {
    "en": "A felony means no guns for life. A dismissal does not change this.",
    "es": "Con un delito grave (felony) no puede tener armas nunca. La desestimación no cambia eso.",
}
ASKED = {
    "en": "Your record says felony, but it shows no probation and no prison or jail term. If so, the law may have "
          "made it a misdemeanor when you were sentenced (PC 17(b)(1)). Then the lifetime felony gun ban would not "
          "apply. A lawyer must check your court papers. Until then, do not have a gun.",
    "es": "Su récord dice delito grave (felony), pero no muestra libertad condicional (probation) ni condena de "
          "prisión o cárcel. Si es así, la ley pudo haberlo hecho delito menor al dictar la sentencia (PC 17(b)(1)).",
}
TEN_YEARS = {
    "en": "Even as a misdemeanor, this conviction bans guns for 10 years from the conviction",
    "es": "Aun como delito menor, esta condena le prohíbe tener armas por 10 años desde la condena",
}


def judged_without_custody(lang: str, section: str = "496(a)", code: str = "PC", sentence: str = "no_probation") -> Client:
    conv = Conviction(id="A1", code=code, section=section, level="felony", conviction_date=date(2020, 2, 10))
    case = Case(id="A", convictions=[conv], sentence=Sentence(type=sentence, judgment_date=date(2020, 2, 10)))
    return Client(name="Dana Reyes", language=lang, person=Person(dob=date(1985, 1, 5), us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v62_04_the_gun_note_does_not_settle_a_felony_the_judgment_may_have_made_a_misdemeanor(lang):
    """A PC 496(a) felony judged without probation or custody had read "A felony means no guns
    for life. A dismissal does not change this. Making it a misdemeanor (PC 17(b)) can end the
    California ban": settled, and a reduction to ask for.  Now the note says the record may be
    a misdemeanor already, that a lawyer checks the court papers, and no gun until then."""
    text = pdf_text(judged_without_custody(lang), lang)
    assert SETTLED[lang] not in text
    assert ASKED[lang] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v62_04_a_listed_offense_keeps_its_ten_year_ban_said(lang):
    """ca-rules.md 3.7: "if the misdemeanor is listed in PC 29805 (e.g., 245), the 10-year ban
    from the conviction date applies [M]"."""
    text = pdf_text(judged_without_custody(lang, "245(a)(1)"), lang)
    assert SETTLED[lang] not in text
    assert ASKED[lang] in text and TEN_YEARS[lang] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_v62_04_a_straight_felony_or_a_prison_term_keeps_the_felony_note(lang):
    """Where both readings agree the note is as it was: HS 11350 is a straight felony; a state
    prison term leaves no 17(b)(1) reading."""
    for client in (judged_without_custody(lang, "11350(a)", code="HS"), judged_without_custody(lang, sentence="state_prison")):
        text = pdf_text(client, lang)
        assert SETTLED[lang] in text and ASKED[lang] not in text
