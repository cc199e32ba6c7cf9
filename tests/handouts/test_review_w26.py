"""Finding W26-05: the gun line of "What to say" spoke of "this conviction" on a line that
speaks for several; checked on the real PDFs read back with pypdf (synthetic people only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from handout_clients import AS_OF, CLINIC, eligible_now, screened
from handout_render import pdf_text

from clinic_app.handouts import compose
from clinic_app.model import Conviction

ONE = {"en": "This conviction does not by itself stop you from having a gun.",
       "es": "Esta condena, por sí sola, no le impide tener un arma."}
MANY = {"en": "These convictions do not by themselves stop you from having a gun.",
        "es": "Estas condenas, por sí solas, no le impiden tener un arma."}



def _two_convictions(lang: str):
    """Petty theft and trespass in one case, neither a gun ban: one "What to say" line for both."""
    client = eligible_now(lang)
    (case,) = client.cases
    trespass = Conviction(id="A2", section="602", conviction_date=date(2015, 3, 2))
    return replace(client, cases=[replace(case, convictions=[*case.convictions, trespass])])


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_w26_05_the_gun_line_agrees_with_the_number_of_convictions_it_speaks_for(lang):
    two = pdf_text(_two_convictions(lang), lang)
    assert MANY[lang] in two and ONE[lang] not in two
    one = pdf_text(eligible_now(lang), lang)
    assert ONE[lang] in one and MANY[lang] not in one


def test_w26_05_a_line_said_once_for_every_kind_of_record_counts_them_all():
    """Two columns with the same gun words (no ban, cleared or not) are said once, for all:
    one conviction in each is two convictions on that line."""
    from clinic_app.handouts.compose import ALL_COLUMNS
    from clinic_app.model import ReliefGranted

    client = eligible_now("en")
    (case,) = client.cases
    dismissed = replace(case, id="B", case_number="4CJ09999",
                        convictions=[Conviction(id="B1", section="602", conviction_date=date(2012, 3, 2),
                                                relief_granted=[ReliefGranted(remedy="pc1203_4", date=date(2016, 1, 5))])])
    client = replace(client, cases=[case, dismissed])
    handout = compose(client, screened(client), CLINIC, lang="en", as_of=AS_OF)
    (gun,) = [g for g in handout.section("say").blocks if g.key == "firearm"]
    assert [line.column for line in gun.lines] == [ALL_COLUMNS]
    assert gun.lines[0].say.startswith(MANY["en"])


@pytest.mark.parametrize("lang, many", [
    ("en", "Even after the change, one of these convictions may still ban guns."),
    ("es", "Aun después del cambio, una de estas condenas todavía puede prohibirle tener armas."),
])
def test_w26_05_the_reduced_gun_note_agrees_and_keeps_the_prop_47_words(lang, many):
    """Two Prop 47 reductions: the note speaks of them both, and still says what Prop 47 does
    not change (finding H22B-03's words, added after the note's own)."""
    from handout_clients import dismissed_and_reduced

    from clinic_app.model import ReliefGranted

    client = dismissed_and_reduced(lang)
    a, b = client.cases
    second = Conviction(id="B2", section="11350(a)", code="HS", level="felony", conviction_date=date(2013, 8, 8),
                        relief_granted=[ReliefGranted("prop47", date(2016, 3, 1))])
    client = replace(client, cases=[a, replace(b, convictions=[*b.convictions, second])])
    handout = compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF)
    (gun,) = [g for g in handout.section("say").blocks if g.key == "firearm"]
    (reduced,) = [line for line in gun.lines if line.column == "reduced"]
    prop47 = {"en": "A Prop 47 change does not end a felony gun ban.",
              "es": "Un cambio por la Proposición 47 no termina la prohibición por delito grave."}[lang]
    assert reduced.note.startswith(many) and reduced.note.endswith(prop47)
