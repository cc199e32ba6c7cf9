"""G327: Spanish handouts read before they are handed to a client, by a bilingual paralegal:
three of a 200-client demo caseload and the long record (L109).  Each test reads the real PDF."""

from __future__ import annotations

from handout_render import render_scenario


def test_g327_01_nobody_does_it_says_there_is_nothing_to_do_as_spanish_says_it():
    """A conviction no relief reaches answered "Quién lo hace" with «Nadie: nada que hacer», the
    English "Nobody: nothing to do" word for word, a note's shorthand, not a sentence a client
    reads.  It says «Nadie: no hay nada que hacer»."""
    text = render_scenario("excluded", "es").text()
    assert "Quién lo hace: Nadie: no hay nada que hacer" in text
    assert "Nadie: nada que hacer" not in text


def test_g327_02_page_one_says_on_which_page_each_part_is_as_spanish_says_it():
    """The long record's page 1 said «Dónde encontrar cada parte: «Qué puede decir», página 13;
    «Lo que todavía le toca hacer», página 19»: "page 13" bare, a label's words, where Spanish
    says where a thing is «en la página 13».  Each page it names is still the one."""
    import re

    from test_long_record_l109 import pages_of

    pages = pages_of("es")
    said = re.findall(r"«([^»]+)», (en la )?página (\d+)", pages[0])
    assert [(title, at) for title, at, _page in said] == [("Qué puede decir", "en la "),
                                                          ("Lo que todavía le toca hacer", "en la ")], pages[0][:900]
    for title, _at, page in said:
        assert title in pages[int(page) - 1] and title not in pages[int(page) - 2]


def test_g327_03_come_back_when_says_what_must_happen_not_an_order():
    """The long record's to-do step read «Vuelva a la clínica cuando pase lo siguiente: su libertad
    condicional (probation) ... debe terminar el 3 de febrero de 2027 y usted debe terminar de
    cumplir su sentencia por «Manejar con la licencia suspendida o revocada»»: "come back when
    the following happens: you must finish", an order in the middle of what to wait for.  The
    sentence is said as the probation is, what must happen: «su sentencia ... debe quedar
    cumplida», here and in «Lea esto primero»."""
    from test_long_record_l109 import pages_of

    text = " ".join(pages_of("es"))
    assert "usted debe terminar" not in text
    assert ("Vuelva a la clínica cuando pase lo siguiente: su libertad condicional (probation) por «Desobedecer una"
            " orden del tribunal (desacato)» debe terminar el 3 de febrero de 2027 y su sentencia por «Manejar con la"
            " licencia suspendida o revocada» debe quedar cumplida.") in text
    assert text.count("su sentencia por «Manejar con la licencia suspendida o revocada» debe quedar cumplida.") == 2


def test_g327_04_a_dismissed_dui_counts_if_charges_are_brought_as_the_page_says_it():
    """Rosa Testlong (tests/long_record.py, a 2024 DUI) read «Un DUI desestimado sigue contando
    como DUI anterior si hay cargos contra usted por un nuevo DUI por manejar hasta el 18 de
    marzo de 2034 a más tardar»: "if there are charges against you", the English word for word
    where every other line says «le presentan cargos», and «por un nuevo DUI por manejar hasta
    el ...», two «por» in a row, read as driving until that day.  It says a new DUI «cometido»
    up to that day."""
    from handout_render import pdf_text

    from tests.long_record import long_record

    text = pdf_text(long_record(lang="es"), "es")
    assert ("Un DUI desestimado sigue contando como DUI anterior si le presentan cargos por un nuevo DUI cometido"
            " en los diez años después de él, un plazo que termina a más tardar el 18 de marzo de 2034.") in text
    assert "hay cargos contra usted" not in text and "por manejar hasta" not in text


def test_g327_05_a_probation_ends_before_a_date_it_is_not_shorter_than_one():
    """Rosa Peña (demo client 46, a 2026 petty theft on probation to March 2028) read «Un abogado
    de la clínica revisará si una ley de 2021 (AB 1950) hace que su libertad condicional sea más
    corta que la fecha que le dio el tribunal»: a time "shorter than a date", as the English
    ("makes your probation shorter than the date the court gave") said it too.  Both say it
    ends before that date.  Read on K28's client, whose probation runs past AB 1950's cap."""
    from datetime import date

    from handout_render import pdf_text
    from test_ab1950_task_k28 import client

    c = client(date(2029, 1, 19))
    es, en = pdf_text(c, "es"), pdf_text(c, "en")
    assert ("revisará si una ley de 2021 (AB 1950) hace que su libertad condicional termine antes de la fecha que le"
            " dio el tribunal.") in es
    assert "más corta que la fecha" not in es
    assert "(AB 1950) makes your probation end before the date the court gave." in en
    assert "shorter than the date" not in en
