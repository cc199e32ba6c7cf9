"""I165: Armando (synthetic), a lawful permanent resident, asked whether clearing his record helps
his green-card renewal and naturalization (tests/immigrant_client.py).  What his handout says of
immigration, read as he reads it: each test opens the real PDF, rendered once per language."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from tests.immigrant_client import armando

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 6)
LANGS = ("en", "es")


@pytest.fixture(scope="module")
def pages() -> dict[str, list[str]]:
    """Each language's pages, their words as the PDF holds them."""
    said = {}
    for lang in LANGS:
        client = armando(lang)
        pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF))
        said[lang] = [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]
    return said


# ---- I165-03: the line to see an immigration lawyer first, once -------------------------------

TOLD = {"en": "You told us you are not a U.S. citizen. Talk to an immigration lawyer before you file anything, apply "
              "for anything, or travel.",
        "es": "Usted nos dijo que no tiene la ciudadanía de EE.\u00a0UU. Hable con un abogado de inmigración antes de "
              "presentar cualquier papel, hacer cualquier trámite o viajar."}


@pytest.mark.parametrize("lang", LANGS)
def test_i165_03_the_immigration_lawyer_first_is_said_once_on_page_one(pages, lang):
    """Page 1 said it above the first card (I129-01), and "What relief does and does not do" said
    the same bold sentence again on page 3."""
    told = squash(TOLD[lang])
    assert told in pages[lang][0]
    assert sum(page.count(told) for page in pages[lang]) == 1


# ---- I165-04: what to say on an immigration form once dismissed, with the papers to bring -----

FORMS = {"en": ("Immigration forms (USCIS or immigration court)", "Buying or owning a gun"),
         "es": ("Formularios de inmigración (USCIS o tribunal de inmigración)", "Comprar o tener un arma de fuego")}
# «que muestren»: papers still to get, in the subjunctive (G166-02), as probation_confirm says it.
ONCE_DISMISSED = {
    "en": "Once your convictions are dismissed: “Yes.” Tell about them, even though they were dismissed. Bring "
          "certified court papers that show they were dismissed.",
    "es": "Cuando le desestimen las condenas: «Sí». Declárelas, aunque hayan sido desestimadas. Lleve copias "
          "certificadas de los papeles del tribunal que muestren que fueron desestimadas.",
}


def _forms_section(pages: list[str], lang: str) -> str:
    whole = " ".join(pages)
    title, next_title = FORMS[lang]
    return whole[whole.index(title):whole.index(next_title)]


@pytest.mark.parametrize("lang", LANGS)
def test_i165_04_once_dismissed_the_immigration_answer_says_to_bring_certified_papers(pages, lang):
    """Not cleared, the answer said "Bring certified court papers"; once dismissed it said only
    "Tell about them", as if the dismissal were the end of it (ca-rules.md 4.8 [M]: disclose
    everything and bring certified dispositions), citing no form."""
    said = _forms_section(pages[lang], lang)
    assert squash(ONCE_DISMISSED[lang]) in said
    assert said.count("USCIS Form N-400") == 1  # the form that asks, cited under that answer


# ---- I165-05: the motion to vacate is the judge's to decide ------------------------------------

VACATE = {"en": "Cancelling the conviction (vacate): A lawyer can ask the court to cancel this conviction. The judge "
                "decides at a hearing. This can matter a lot for immigration,",
          "es": "Anular la condena (vacate): Un abogado puede pedir al tribunal que anule esta condena. El juez decide "
                "en una audiencia. Esto puede ser muy importante para inmigración,"}


@pytest.mark.parametrize("lang", LANGS)
def test_i165_05_the_motion_to_vacate_says_the_judge_decides(pages, lang):
    """The first card's motion read "A lawyer can ask the court to cancel this conviction" under
    a dismissal the judge "must grant": a motion decided at a hearing on the evidence (ca-rules.md
    3.15), as its card for a client still in custody says ("Even then, the judge decides")."""
    assert squash(VACATE[lang]) in pages[lang][0]
