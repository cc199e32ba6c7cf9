"""R87-01: a client with one felony already made a misdemeanor and another the clinic can still
ask the judge to make one read, under "What you may say", the same answer twice in nine
situations: "For a conviction made a misdemeanor: To a felony question: “No.” ..." and, the
next line, "Once your conviction is made a misdemeanor (Corporal injury ...): To a felony
question: “No.” ..." (H86-01's line beside the one for the reduction granted).  Where the two
say the same words they are now said once, as a dismissal granted and one to come are
("For a conviction that is dismissed, now or later").  Each test opens the real PDF of a
client of `clinic-app demo --clients 3000 --seed 86`."""

from __future__ import annotations

import io
from datetime import date
from functools import cache

from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes

AS_OF = date(2026, 12, 5)


@cache
def demo_clients() -> tuple:
    """The first 89 clients `clinic-app demo --clients 3000 --seed 86` adds (id = index + 1)."""
    return tuple(file_demo_petitions(generate_clients(89, seed=86), DEMO_AS_OF, seed=86))


def handout(client_id: int, lang: str) -> tuple[str, int]:
    client = demo_clients()[client_id - 1]
    pdf = PdfReader(io.BytesIO(render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC,
                                                      lang=lang, as_of=AS_OF))))
    return " ".join(squash(page.extract_text()) for page in pdf.pages), len(pdf.pages)


def test_r87_01_a_reduction_granted_and_one_to_come_are_said_once_where_their_words_agree():
    """Client 89: an HS 11377(a) felony already made a misdemeanor (PC 17(b)); a PC 273.5 felony whose PC 17(b) is open."""
    english, _pages = handout(89, "en")
    assert "Making it a misdemeanor: You qualify now" in english
    assert ("For convictions made misdemeanors, now or later — Possession of a controlled substance (for example,"
            " methamphetamine); Corporal injury to a spouse, partner or dating partner: To a felony question: “No.”"
            " To a misdemeanor question after an offer: “Yes, misdemeanors.”") in english
    # Said once in the nine situations whose words agree; the gun answers differ (a reduction to
    # come keeps the careful words), and each stays on its own line.
    assert english.count("now or later —") == 9
    assert english.count("For a conviction made a misdemeanor:") == 1
    # under guns beside the line not cleared, whose advice it shares (H89-02)
    assert english.count("once your conviction is made a misdemeanor") == 1
    assert "For a conviction made a misdemeanor: Ask a lawyer before you buy a gun." in english
    assert ("and once your conviction is made a misdemeanor (Corporal injury to a spouse, partner or dating partner):"
            " Do not buy or hold a gun until a lawyer says you may.") in english
    spanish, _pages = handout(89, "es")
    assert spanish.count("Si las condenas están reducidas a delito menor, ahora o más adelante —") == 9
    assert spanish.count("cuando le reduzcan la condena a delito menor") == 1


def test_r87_01_a_reduction_to_come_alone_reads_as_before():
    """Client 21: a PC 459/460(b) felony whose 17(b) is open, nothing reduced yet (H86-01's line)."""
    english, _pages = handout(21, "en")
    # nine lines of its own, and guns beside the line not cleared, whose advice it shares (H89-02)
    assert english.count("Once your conviction is made a misdemeanor — Second-degree (commercial) burglary:") == 9
    assert english.count("once your conviction is made a misdemeanor — Second-degree (commercial) burglary: Do not buy") == 1
    assert "now or later —" not in english.replace("dismissed, now or later", "")


def test_r87_03_a_felony_question_answered_no_for_one_conviction_is_said_yes_while_another_stands():
    """R87-03: client 21, a robbery felony (PC 211) not cleared beside a PC 459/460(b) felony whose
    PC 17(b) is open, read "Once your conviction is made a misdemeanor — Second-degree (commercial)
    burglary: To a felony question: “No.”" for a job with a private employer or a government: an
    answer for that conviction alone, untrue of the whole record while the robbery stands.  The
    line now says so, in English and Spanish, where a felony question is answered."""
    english, _pages = handout(21, "en")
    said = ("Once your conviction is made a misdemeanor — Second-degree (commercial) burglary: To a felony question:"
            " “No.” To a misdemeanor question after an offer: “Yes, a misdemeanor.” While another felony of yours is not"
            " made a misdemeanor or dismissed, answer “Yes” to a felony question.")
    assert said in english
    assert english.count("While another felony of yours") == 2  # the private and the government job
    spanish, _pages = handout(21, "es")
    assert spanish.count("Mientras otra condena suya por delito grave no se reduzca a delito menor ni se desestime,"
                         " a una pregunta por delitos graves responda «Sí».") == 2


def test_r87_03_no_other_felony_no_note():
    """Client 89: its felonies are the one made a misdemeanor and the one the clinic can make one;
    the line said once for both (R87-01) has no such note."""
    english, _pages = handout(89, "en")
    assert "While another felony of yours" not in english
