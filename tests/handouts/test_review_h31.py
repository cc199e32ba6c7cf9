"""H31: the handouts of clients whose relief is one of the rarer remedies, read as the client
would, in English and Spanish.  Each client is a request of tests/acceptance/cases-public.yaml,
screened by the real engine; each test opens the real PDF."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.screening_format import client_from_request
from tests.public_cases import public_cases

CASES = {c["id"]: c for c in public_cases()}


def public_case_text(case_id: str, lang: str) -> str:
    """The real PDF's text for the public case's client, screened on the case's own day."""
    request = dict(CASES[case_id]["request"])
    as_of = request["as_of"] if isinstance(request["as_of"], date) else date.fromisoformat(request["as_of"])
    request["as_of"] = as_of.isoformat()
    client = client_from_request(request)
    client.name, client.language = "Synthetic Client", lang
    screening = screen(client.person, client.cases, as_of)
    pdf = render_bytes(compose(client, screening, CLINIC, lang=lang, as_of=as_of))
    return squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


# ---- H31-01: PC 1203.49 turns on proof of trafficking, not of good conduct ------------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang, option, task, good_conduct", [
    # S52 marks the client a survivor, not her counts: an "if" (Y234-02).
    ("en", "Relief for survivors: If this conviction came from being trafficked, the clinic can file papers to ask the court to dismiss it. "
           "The judge decides. You must show clearly that this conviction came from being a victim of human "
           "trafficking. The clinic will tell you what proof helps.",
     "Gather proof for the judge that you were a victim of human trafficking, and that this is why "
     "you were convicted. The clinic will tell you what helps.",
     "proof of your good conduct"),
    ("es", "Alivio para sobrevivientes: Si esta condena fue consecuencia de la trata de personas que sufrió, la clínica puede presentar los papeles para pedir al tribunal "
           "que la desestime. El juez decide. Usted tiene que mostrar con claridad que esta condena fue "
           "consecuencia de ser víctima de trata de personas. La clínica le dirá qué pruebas sirven.",
     "Junte pruebas para el juez de que usted fue víctima de trata de personas y de que sus "
     "condenas fueron consecuencia de eso. La clínica le dirá qué sirve.",
     "pruebas de su buena conducta"),
])
def test_h31_01_pc1203_49_asks_for_proof_of_trafficking_not_of_good_conduct(lang, option, task, good_conduct):
    """Public case S52 (two PC 647(b) convictions of a trafficking survivor, probation done; «sus condenas», two, G247-01):
    the PC 1203.49 line read "The judge decides. Bring proof of your good conduct, like letters,
    pay stubs or class papers.", and the checklist "Gather proof of your good conduct".  What
    the court weighs under 1203.49 is clear and convincing evidence that the conviction came
    from the person's status as a trafficking victim (ca-rules.md 3.16); 1203.4 is mandatory
    for this client, so nothing here asked for good conduct at all."""
    text = public_case_text("S52", lang)
    assert option in text
    assert task in text
    assert good_conduct not in text


# ---- H31-02: sealing under PC 1203.45, open now, says what it does ------------------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang, line", [
    ("en", "Sealing (offense before age 18): You qualify now. The clinic can file papers to ask the court to "
           "seal it. The judge decides. Bring proof of your good conduct, like letters, pay stubs or class papers. "
           "If the judge seals it, the law treats this conviction and its arrest as if they never happened."),
    ("es", "Sellado (delito antes de los 18 años): Ya califica. La clínica puede presentar los papeles para pedir "
           "al tribunal que la selle. El juez decide. Traiga pruebas de su buena conducta: cartas, talones de pago "
           "o constancias de clases. Si el juez la sella, la ley trata esta condena y su arresto como si nunca "
           "hubieran pasado."),
])
def test_h31_02_sealing_a_conviction_from_under_18_says_what_it_does(lang, line):
    """Public case S48 (a misdemeanor committed at 17, already dismissed): the card offered
    "Sealing (offense before age 18) ... ask the court to seal it", and nothing on the
    handout said what sealing does; "What relief does and does not do" spoke of the dismissal
    alone ("A dismissal does not erase your record").  ca-rules.md 3.13: the conviction, the
    arrest and the records are sealed and deemed not to have occurred.  The line now says so,
    as the card of a sealed conviction already did."""
    assert line in public_case_text("S48", lang)


# ---- H31-03: a Certificate of Rehabilitation, open now, says what it does -----------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang, line", [
    ("en", "Certificate of Rehabilitation: You qualify now. The clinic can file papers to ask the court for a "
           # the proof of good conduct asked for in full on the dismissal's line above it (H89-03)
           "certificate. The judge decides. The same proof of your good conduct helps here too. If the judge grants it, the court sends it to the Governor as a request for a pardon. "
           "A Consumer Affairs board may then not deny you a license only because of this conviction."),
    ("es", "Certificado de Rehabilitación: Ya califica. La clínica puede presentar los papeles para pedir al "
           "tribunal un certificado. El juez decide. Las mismas pruebas de su buena conducta sirven también aquí. "
           "Si el juez lo concede, el tribunal lo envía al gobernador como solicitud de "
           "perdón. Entonces una junta de Asuntos del Consumidor no puede negarle una licencia solo por esta "
           "condena."),
])
def test_h31_03_a_certificate_of_rehabilitation_says_what_it_does(lang, line):
    """Public case S53 (a robbery prison term, parole long done): the card offered "Certificate
    of Rehabilitation: ... ask the court for a certificate" and nothing said what a
    certificate is for; only a certificate already granted did (option.cor_granted).  What
    it does is the same facts (ca-rules.md 3.17: forwarded to the Governor as a pardon
    application; B&P 480(b)), now said when it is open."""
    assert line in public_case_text("S53", lang)


# ---- H31-04: a PC 1473.7 motion says not to wait after an immigration notice -------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang, option, task, wait", [
    ("en", "A lawyer can ask the court to cancel this conviction. The judge decides at a hearing. This can matter a "
           "lot for immigration, where a dismissed conviction still counts, but a cancelled one may not. The clinic "
           "will help you find that lawyer. If immigration sends you a paper, like a Notice to Appear, tell the "
           "clinic right away: the court may refuse a request that is not made soon after it.",
     "If immigration sends you any paper, like a Notice to Appear, bring it to the clinic right away.",
     # D48-05: the motion's own step, not "Wait for a clinic lawyer to review" (its card's
     # lawyer is one the clinic helps find, H36-01).
     "Ask the clinic to help you find a lawyer who can ask the court to cancel: Possession of narcotics for sale."),
    ("es", "Un abogado puede pedir al tribunal que anule esta condena. El juez decide en una audiencia. Esto puede "
           "ser muy importante para "
           "inmigración, donde una condena desestimada sigue contando, pero una anulada puede que no. La clínica le "
           "ayudará a encontrar ese abogado. Si inmigración le envía un papel, como un "
           "Aviso de Comparecencia (Notice to Appear), avísele a la clínica de inmediato. Si la petición no "
           "se hace pronto después de recibir ese papel, el tribunal puede rechazarla.",
     "Si inmigración le envía algún papel, como un Aviso de Comparecencia (Notice to Appear), tráigalo a la "
     "clínica de inmediato.",
     "Pídale a la clínica que le ayude a encontrar un abogado que pueda pedir al tribunal que anule: Posesión de "
     "narcóticos para la venta."),
])
def test_h31_04_a_motion_to_vacate_says_not_to_wait_after_an_immigration_notice(lang, option, task, wait):
    """Public case S50 (a non-citizen's HS 11351 plea, a Notice to Appear served): the
    1473.7 line said only that a lawyer can ask to cancel the conviction, and the checklist
    "Wait for a clinic lawyer to review".  Nothing said when: ca-rules.md 3.15, a court may
    find an (a)(1) motion untimely if it is not filed with reasonable diligence after notice
    that immigration relies on the conviction (e.g. a Notice to Appear).  The line and the
    checklist now say to bring such a paper to the clinic at once; the review line stays."""
    text = public_case_text("S50", lang)
    assert option in text
    assert task in text
    assert wait in text
    assert text.index(task) < text.index(wait)  # first on the list, not after the review


# ---- H31-06: fire-camp dismissal asks for proof of the fire-crew service it rests on -------


@pytest.mark.pdf
@pytest.mark.parametrize("lang, option, task", [
    ("en", "Dismissal for fire-camp work: You qualify now. The clinic can file papers to ask the court to dismiss "
           "it. The judge decides. Bring proof that you did well on a fire crew while in custody, and proof of "
           "your good conduct, like letters, pay stubs or class papers.",
     "Gather proof that you did well on a fire crew while in custody."),
    ("es", "Desestimación por trabajo en campamento de bomberos: Ya califica. La clínica puede presentar los "
           "papeles para pedir al tribunal que la desestime. El juez decide. Traiga pruebas de que cumplió bien "
           "en una cuadrilla de bomberos mientras estaba bajo custodia, y pruebas de su buena conducta: cartas, "
           "talones de pago o constancias de clases.",
     "Junte pruebas de que cumplió bien en una cuadrilla de bomberos mientras estaba bajo custodia."),
])
def test_h31_06_fire_camp_dismissal_asks_for_proof_of_the_fire_crew_service(lang, option, task):
    """Public case S59 (a burglary prison term, a CDCR hand crew, on parole): the PC 1203.4b
    line asked only for "proof of your good conduct, like letters, pay stubs or class papers".
    The relief rests on having successfully taken part as a hand-crew (or institutional
    firehouse) member while in custody (ca-rules.md 3.14), which the clinic's record cannot
    show (the format has no camp dates): the line and the checklist now ask for that proof
    too.  The good-conduct task stays."""
    text = public_case_text("S59", lang)
    assert option in text
    assert task in text
    assert {"en": "Gather proof of your good conduct for the judge",
            "es": "Junte pruebas de su buena conducta para el juez"}[lang] in text


# ---- H31-07: arrest sealing says what it does not do ----------------------------------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang, line", [
    ("en", "A sealed arrest is treated as if it never happened, for most purposes. It can still be used in court "
           "if you are charged with a new crime. Some applications, like for a police job or a state license, may still "
           "need you to tell about it."),
    ("es", "Un arresto sellado se trata, para casi todo, como si nunca hubiera pasado. Todavía se puede usar en el "
           "tribunal si le presentan cargos por un delito nuevo. Algunas solicitudes, como para un trabajo de policía o una "
           "licencia estatal, todavía pueden exigir que lo mencione."),
])
@pytest.mark.parametrize("case_id", ["S30", "S28"])
def test_h31_07_arrest_sealing_says_what_it_does_not_do(case_id, lang, line):
    """Public cases S30 (a misdemeanor charge dismissed) and S28 (no charge filed yet): under
    "What relief does and does not do" an arrest-only client read one line, "A sealed arrest
    is treated as if it never happened, for most purposes.", and nothing it does not do,
    where a dismissal is told "can still count against you if you are charged with a new
    crime".  ca-rules.md 3.10 (851.92) [H/M]: a sealed arrest can still be pleaded and proved
    in a later prosecution, and must still be disclosed, if the law requires, on applications
    for public office, peace-officer jobs, licences and Lottery contracts."""
    assert line in public_case_text(case_id, lang)


# ---- H31-08: an arrest's sealing date holds only if no charge is filed first ----------------


@pytest.mark.pdf
@pytest.mark.parametrize("lang, line", [
    ("en", "Where it stands: No conviction. You can ask to seal this arrest on or after June 2, 2027. "
           "This holds only if no charge is filed before then."),
    ("es", "Cómo está: No hubo condena. Puede pedir que se selle este arresto a partir del 2 de junio de 2027. "
           "Esto vale solo si antes no se presenta ningún cargo."),
])
def test_h31_08_an_arrest_sealing_date_holds_only_if_no_charge_is_filed_first(lang, line):
    """Public case S28 (a misdemeanor arrest on 2026-06-01, no charge filed yet): the card
    said "You can ask to seal this arrest on or after June 2, 2027." as a promise.  The day is
    the end of the one-year limitation period: an arrest can be sealed only once the person
    can no longer be charged (ca-rules.md 3.10 (A)), and DOJ's relief needs a year with no
    proceedings (3.11 (B)); a charge filed before then ends both.  The line now says so."""
    assert line in public_case_text("S28", lang)


@pytest.mark.pdf
def test_h31_08_a_dismissed_charge_is_not_told_about_a_charge_to_come():
    """Public case S30 (a charge dismissed, cannot be refiled): open now, no such words."""
    text = public_case_text("S30", "en")
    assert "No conviction. You can ask the court to seal this arrest now." in text
    assert "no charge is filed" not in text
