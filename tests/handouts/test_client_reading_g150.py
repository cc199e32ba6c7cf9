"""G150: the Spanish of stop 64's new handout sentences, read in the real PDF by the client who
takes it home, beside the English for the same client.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_registrant_work_with_children_x149 import GOVERNMENT_JOB, PRIVATE_JOB, WITH_CHILDREN
from test_registrant_work_with_children_x149 import _client as registrant

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize(("lang", "old"), [
    ("en", "you must tell them that"),
    ("es", "decirles que está registrado"),
])
def test_g150_01_a_registrant_reads_whom_to_tell_about_work_with_children(lang, old):
    """A registrant read under "Applying for a job with a private employer": "If a job or
    volunteer work would have you alone with children, or in charge of them, the law says you
    must tell them that you are registered."  "Them" comes just after "children": the law
    (PC 290.95) asks the client to tell the employer or the group, not the children.  The
    Spanish said it so too («debe decirles»), and spoke to a man only («lo deja a solas», «está
    registrado»), where the page speaks to anyone (es.yaml's head, H40-02).  Both now name
    whom to tell."""
    text = pdf_text(registrant(lang, True), lang)
    jobs = text[text.index(PRIVATE_JOB[lang]):text.index(GOVERNMENT_JOB[lang])]
    assert WITH_CHILDREN[lang] in jobs
    assert old not in text
    if lang == "es":
        assert "lo deja" not in text and "registrado" not in text


MEANS_SAID = {
    "en": ("The judge said no on May 10, 2025. A clinic lawyer will look at what can be done next. That \u201cno\u201d "
           "means the judge did not make this change. Answer questions about it as \u201cWhat you may say\u201d below "
           "tells you."),
    "es": ("El juez dijo que no el 10 de mayo de 2025. Un abogado de la clínica verá qué se puede hacer ahora. "
           "Ese «no» quiere decir que el juez no hizo este cambio. Conteste las preguntas sobre esto como dice "
           "«Qué puede decir», abajo."),
}
MEANS_OLD = {"en": "This means the judge", "es": "Esto quiere decir que el juez"}


def test_g150_02_a_denial_says_it_is_the_no_that_means_it_and_where_the_answers_are(tmp_path):
    """A client whose dismissal the judge denied read «El juez dijo que no el 10 de mayo de 2025.
    Un abogado de la clínica verá qué se puede hacer ahora. Esto quiere decir que el juez no hizo
    este cambio, y usted contesta las preguntas sobre esto como le dice «Qué puede decir».»:
    «Esto» comes just after the lawyer's look, so it reads as the look meaning the change was not
    made; and «como le dice «Qué puede decir»» names a part of the page without saying where it is
    (the page's other pointers say «arriba», «abajo»).  The English the same ("This means ...",
    "as “What you may say” tells you").  It is now «Ese «no» quiere decir ...» ("That “no”
    means ..."), as a later card's «Qué quiere decir este «no»» names it, and the answers are
    «como dice «Qué puede decir», abajo»."""
    from test_denial_means_said_n148 import _denied_dismissal, _handouts

    said = _handouts(tmp_path, _denied_dismissal())
    for lang in ("en", "es"):
        assert MEANS_SAID[lang] in said[lang], lang
        assert MEANS_OLD[lang] not in said[lang], lang


@pytest.mark.parametrize("lang", ["en", "es"])
def test_g150_03_the_papers_go_to_each_case_s_county_not_the_client_s(lang):
    """A client with cases in Los Angeles, Riverside and San Bernardino read at the end of the
    to-do list «La clínica presenta los papeles de cada caso en el tribunal de su condado.»:
    said to «usted», «su condado» reads as the client's own county, the one they live in,
    where the English says the case's ("with the court of its county") and the line is there
    to say the papers go to three courts.  It now reads «en el tribunal del condado de ese
    caso»; the English keeps its words."""
    from handout_render import flowing_text
    from test_courts_of_counties_c149 import COUNTIES
    from three_counties import AS_OF, three_counties

    text = flowing_text(three_counties(lang=lang), lang, AS_OF)  # the line breaks over a page (R155-04)
    said = {
        "en": (f"Your cases are in the courts of different counties: {COUNTIES['en']}. The clinic files the papers "
               "for each case with the court of its county. If a court sets a hearing, it is at that court."),
        "es": (f"Sus casos son de tribunales de distintos condados: {COUNTIES['es']}. La clínica presenta los papeles "
               "de cada caso en el tribunal del condado de ese caso. Si un tribunal fija una audiencia, es en ese "
               "tribunal."),
    }[lang]
    assert said in text
    assert "tribunal de su condado" not in text


def test_g150_04_restitution_is_collected_as_a_debt_not_a_sentencia():
    """A client who still owes $840 of restitution read under «Lo que el alivio hace y lo que no
    hace» «La desestimación no termina ninguna restitución (dinero para la víctima) que no se
    haya pagado. ... y la víctima puede cobrarla como se cobra una sentencia de un tribunal.»:
    «sentencia» is the word the same page uses for the client's criminal sentence («60 días
    después de la sentencia»), so a civil judgment read as their sentence; and «no termina
    ninguna restitución ... que no se haya pagado» is two negatives and a debt that "ends".  It
    now reads «no le quita la restitución ... que no haya pagado» and «como se cobra cualquier
    deuda que ordena un tribunal», the English's "the way a court judgment is collected" in
    everyday words; the English keeps its own."""
    from test_restitution_stays_owed_f149 import _client, _owing

    text = pdf_text(_client(_owing()), "es")
    assert ("La desestimación no le quita la restitución (dinero para la víctima) que no haya pagado. Tiene que "
            "pagarla aún después de que se desestime su caso, y la víctima puede cobrarla como se cobra cualquier "
            "deuda que ordena un tribunal.") in text
    assert "sentencia de un tribunal" not in text and "ninguna restitución" not in text
