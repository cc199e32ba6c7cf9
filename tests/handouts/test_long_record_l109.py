"""L109: a client with a long record (14 cases over 25 years, 28 counts, three counties, one
case out of state, one arrest with no charge) read her handout as a client would.  Each test
opens the real PDF of the synthetic client in `long_record_l109.yaml`."""

from __future__ import annotations

import io
import re
from datetime import date
from functools import cache
from pathlib import Path

import yaml
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.document import Handout, RecordEntry, Task
from clinic_app.screening_format import client_from_request

AS_OF = date(2026, 12, 5)
RECORD = Path(__file__).with_name("long_record_l109.yaml")


@cache
def composed(lang: str) -> Handout:
    """The client's handout in `lang`, as composed (once per language)."""
    client = client_from_request(yaml.safe_load(RECORD.read_text(encoding="utf-8")))
    return compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang=lang, as_of=AS_OF)


@cache
def pages_of(lang: str) -> tuple[str, ...]:
    """Each page's words, as the client reads the real PDF (rendered once per language)."""
    pdf = PdfReader(io.BytesIO(render_bytes(composed(lang))))
    return tuple(squash(page.extract_text()) for page in pdf.pages)


def handout(lang: str) -> tuple[str, int]:
    pages = pages_of(lang)
    return " ".join(pages), len(pages)


def test_l109_01_a_long_list_of_convictions_is_named_once_under_what_you_may_say_not_in_every_situation():
    """Twenty-two convictions to be dismissed were named in full in each of the nine situations
    of "What you may say" (and six to be made misdemeanors beside them): nine of the handout's
    24 pages said the same names again.  They are named under the first situation, and the
    later ones say which list they mean."""
    english, pages = handout("en")
    # Named after the answer, its label counting them (H330-01).
    whole = "“Once your convictions are dismissed” means these 22: Petty theft (Misdemeanor, 2001 · PC 484(a)/488 · Los Angeles County · Case LA01M10001);"
    assert english.count(whole) == 1
    assert english.count("Once your convictions are dismissed (the same 22 as under “Applying for a job with a"
                         " private employer”): “No.”") == 1  # a government job
    assert english.count("Once your convictions are dismissed (the same 22 as under “Applying for a job with a"
                         " private employer”): To a landlord: “No.”") == 1  # renting a home (F134-01)
    assert english.count("Once your convictions are made misdemeanors (the same 6 as under “Applying for a job with a"
                         " private employer”)") >= 7
    # The convictions are still named in full where they are first said, each once.
    assert english.count("Damaging a telephone or utility line;") == 1
    # 20 since Y141-01: what a certificate of rehabilitation does not do, three short sentences,
    # moved the last task and the clinic's address to a page of their own.
    assert pages <= 20
    spanish, _pages = handout("es")
    assert spanish.count("(las mismas 22 que en «Al pedir trabajo en una empresa privada»)") >= 7


def test_l109_02_a_sentence_still_to_finish_says_which_case_where_the_client_has_several():
    """"Finish your sentence. Tell the clinic when it is done." stood alone in a list of tasks
    for fourteen cases, the revocations and fines beside it each naming its case: which
    sentence (a 2021 fine-only sentence in San Bernardino, case SB21M12012) went unsaid."""
    english, _pages = handout("en")
    # Its $550 of fines unpaid are said to be part of it (T274-03).
    assert "Case SB21M12012: Finish your sentence. Paying the fines is part of it. Tell the clinic when it is done." in english
    assert "☐ Finish your sentence." not in english
    spanish, _pages = handout("es")
    assert "Caso SB21M12012: " in spanish and spanish.count("Caso SB21M12012: Termine") == 1


def test_l109_03_read_this_first_names_a_sentence_still_to_finish_beside_the_probation():
    """"Read this first: your probation for “Disobeying a court order (contempt)” must end (it
    ends on February 3, 2027)." was all the client was told stood in the way of 22 convictions,
    while the screening found her 2021 sentence in case SB21M12012 not served, a bar too: she
    would have come back in February 2027 to find relief still waiting."""
    english, _pages = handout("en")
    assert ("Read this first: your probation for “Disobeying a court order (contempt)” must end (it ends on"
            " February 3, 2027), and your sentence for “Driving on a suspended or revoked license” must be finished."
            " Until then, relief must wait for 22 of your convictions below.") in english  # its case named (O250-01)
    spanish, _pages = handout("es")
    assert ("debe terminar el 3 de febrero de 2027 y su sentencia por «Manejar con la"
            " licencia suspendida o revocada» debe quedar cumplida. Hasta entonces, el alivio de 22 de sus condenas de abajo tiene que"
            " esperar.") in spanish


def test_g112_01_the_ten_year_gun_note_names_the_conviction_it_runs_from_beside_the_others():
    """"Your conviction means no guns until July 11, 2027, 10 years after the conviction." did
    not say which of her 28 counts (the 2017 PC 243(e)(1)), just under "A felony means no guns
    for life".  It names it as its card does, with its year; one conviction alone is told as
    before (test_compose)."""
    english, _pages = handout("en")
    assert ("Under California law, your conviction for “Battery on a spouse, partner or dating partner” (2017) means no guns until"
            " July 11, 2027, 10 years after that conviction. A dismissal does not make this shorter.") in english
    assert "our conviction means no guns" not in english
    spanish, _pages = handout("es")
    assert ("Según la ley de California, por su condena por «Agresión física a la pareja o expareja» (2017) no puede tener armas"
            " hasta el 11 de julio de 2027, 10 años después de esa condena.") in spanish
    assert "or su condena no puede tener armas" not in spanish


def test_h308_01_page_one_says_where_what_you_may_say_and_the_to_do_list_begin():
    """A client with 40 counts found "What you may say" on page 16 of 25, and what he still had
    to do on page 23, only by turning every page: page 1 said neither.  A handout of ten pages
    or more now says on page 1 where each later part begins, and each page it names is the one."""
    for lang, may_say, to_do, page in (("en", "What you may say", "What you still need to do", "page"),
                                       ("es", "Qué puede decir", "Lo que todavía le toca hacer", "en la página")):
        pages = pages_of(lang)
        assert len(pages) >= 10
        quote_open, quote_close = ("“", "”") if lang == "en" else ("«", "»")
        for heading in (may_say, to_do):
            said = re.search(f"{quote_open}{heading}{quote_close}, {page} (\\d+)", pages[0])
            assert said, (lang, heading, pages[0][:900])
            named = int(said.group(1))
            assert heading in pages[named - 1] and heading not in pages[named - 2], (lang, heading, named)


def test_h308_02_come_back_counts_the_convictions_whose_cards_point_to_read_this_first():
    """"Come back to the clinic when this changes: ... This is about:" named each of the 22
    convictions the bar holds back, one a line, in the to-do list (37 for a client with 40
    counts: two pages, the rest of his list after them), while each of their cards already says
    "see “Read this first”".  The step now counts them and points to the cards."""
    english, _pages = handout("en")
    # The step's row may break across a page, its words on both.
    assert "your sentence for “Driving on a suspended or revoked license” must be finished. This is about 22 of" in english
    assert "convictions: the ones above that tell you to see “Read this first”." in english
    assert "This is about:" not in english
    # Each card still says it, as the step says.
    assert english.count("see “Read this first” above") >= 22
    spanish, _pages = handout("es")
    # Not «las que le piden ver «Lea esto primero» arriba» (G324-02): "ask you to see" is stiff,
    # and its «arriba» hung on "Read this first", not on the cards the step sends the client to.
    assert "Se trata de 22 de sus condenas: las de arriba que le dicen que vea «Lea esto primero»." in spanish
    assert "le piden ver" not in spanish
    assert "Se trata de:" not in spanish


def test_r313_01_the_step_quotes_the_words_its_cards_print():
    """The step counting the convictions held back told the client to look for the ones that
    say “see Read this first”, words no card prints: each says "see “Read this first” above".
    What the step quotes is now what the cards print, in English and Spanish."""
    for lang, said in (("en", "This is about 22 of your convictions"), ("es", "Se trata de 22 de sus condenas")):
        handout = composed(lang)
        step = next(block.text for section in handout.sections for block in section.blocks
                    if isinstance(block, Task) and said in block.text)
        quoted = re.findall("[“«][^”»]+[”»]", step[step.index(said):])
        assert quoted, (lang, step)
        cards = [" ".join([card.where, *(option.text for option in card.options)])
                 for card in handout.section("record").blocks if isinstance(card, RecordEntry)]
        for words in quoted:
            assert sum(words in card for card in cards) >= 22, (lang, words, step)


def test_r313_03_page_one_says_what_its_pages_are_for():
    """Page 1's line began "Where to find it:", an "it" the client had read nothing of; the
    Spanish said "Dónde encontrar cada parte".  Both now say each part."""
    for lang, said in (("en", "Where to find each part: “What you may say”, page "),
                       ("es", "Dónde encontrar cada parte: «Qué puede decir», en la página ")):
        assert said in pages_of(lang)[0], (lang, pages_of(lang)[0][:900])


def test_h330_01_the_employer_answer_comes_before_a_long_list_of_the_convictions_it_is_for():
    """Under "Applying for a job with a private employer", "Once your convictions are dismissed"
    named the 22 convictions it speaks for (a third of a page; 37 names over a page for a client
    with 41 counts) before its answer, “No.”.  The label counts them and the answer follows it;
    the same 22 are named, each once, just after the answer and its note."""
    for lang, label, named, note in (
            ("en", "Once your convictions are dismissed (the 22 named after this answer): “No.” The employer",
             "“Once your convictions are dismissed” means these 22: ", "under Penal Code 1203.4, 1203.4a or 1203.41.”"),
            ("es", "Cuando le desestimen las condenas (las 22 nombradas después de esta respuesta): «No». El empleador",
             "«Cuando le desestimen las condenas» se refiere a estas 22: ", "1203.41 del Código Penal»")):
        whole, _pages = handout(lang)
        job = whole.index(label)
        assert job < whole.index(named)
        # All 22 named, one list: the answer is for these and no others.
        said = next(line.named for block in composed(lang).section("say").blocks for line in block.lines if line.named)
        assert said.startswith(named) and said.count("; ") == 21, said
        # Each in the PDF's text after the label, none cut by a page's end (which the list may meet
        # between two of them, the rest under the situation's title again).
        at = whole.index(named)
        for name in said.split("; "):
            assert squash(name) in whole[at:], (lang, name)
        assert whole.index(note, job) < whole.index(named)  # its note before the list, with its answer
        assert whole.count(named) == 1
    # A shorter list, the 6 to be made misdemeanors, is still named in its label, before its answer.
    assert ("Once your convictions are made misdemeanors — Possession of a controlled substance (narcotics);"
            in handout("en")[0])
