"""Y62: the Spanish handout read by a Spanish-speaking client (wording review).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

from handout_clients import _probation, blocked_by_probation, eligible_now, eligible_on, needs_review, non_citizen
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Petition, ReliefGranted

# The case on probation, named as its card is titled (Z80-02).
DUI = "«Manejar con 0.08 % o más de alcohol en la sangre (DUI)»"


def test_y62_01_what_job_and_license_checks_show_after_a_dismissal_names_the_case():
    """«Después de la desestimación, el tribunal no puede dar datos del caso al público. La mayoría
    de las revisiones para empleos y licencias la mostrarán como desestimada»: "la" stood for no
    word before it (the one feminine noun was «la desestimación»; the English "it" is the case).
    Now the checks «mostrarán el caso como desestimado», as «Su récord dirá que fue desestimado»
    two lines up says of the same case."""
    text = pdf_text(eligible_now("es"), "es")
    assert "la mostrarán como desestimada" not in text
    assert ("Después de la desestimación, el tribunal no puede dar datos del caso al público. La mayoría "
            "de las revisiones para empleos y licencias mostrarán el caso como desestimado.") in text


def test_y62_02_a_relief_asked_for_from_a_day_is_not_called_by_the_wrong_gender():
    """«Desestimación (expungement): Puede pedirlo a partir del 2 de junio de 2027»: a masculine
    «lo» right after a feminine name (the option names have both genders: «Sellar el arresto»,
    «Proposición 47»).  Now «Puede pedir esto a partir del ...», right for any name."""
    text = pdf_text(eligible_on("es"), "es")
    assert "Puede pedirlo" not in text
    assert ("Desestimación (expungement): Puede pedir esto a partir del 2 de junio de 2027. Vuelva "
            "entonces y la clínica podrá presentar los papeles para pedir al tribunal que la desestime.") in text


def test_y62_03_come_back_on_a_day_says_what_for_not_because_of():
    """«Vuelva a la clínica a partir del 21 de mayo de 2028 por: Vandalismo; Manejar con ...»:
    «por» before a crime's name reads "because of" it (the English is "about").  Now «para
    hablar de: ...»."""
    text = pdf_text(blocked_by_probation("es"), "es")
    assert "2028 por:" not in text
    assert "Vuelva a la clínica a partir del 21 de mayo de 2028 para hablar de: Vandalismo;" in text


def test_y62_04_the_immigration_notice_warning_is_two_short_sentences():
    """The motion to cancel a conviction ended in one sentence of 42 words, «... avísele a la
    clínica de inmediato: el tribunal puede rechazar una petición que no se haga pronto después
    de recibirlo», its «lo» ten words after the paper it stood for.  Now two sentences, and the
    second names the paper."""
    text = pdf_text(non_citizen("es"), "es")
    assert "después de recibirlo" not in text
    assert ("Si inmigración le envía un papel, como un Aviso de Comparecencia (Notice to Appear), avísele a "
            "la clínica de inmediato. Si la petición no se hace pronto después de recibir ese papel, el "
            "tribunal puede rechazarla.") in text


def survivor() -> Client:
    """A trafficking survivor's PC 647(b) misdemeanor, probation done: a PC 236.14 vacatur is open."""
    conv = Conviction(id="A1", code="PC", section="647(b)", level="misdemeanor", conviction_date=date(2012, 6, 1),
                      trafficking_related=True)
    case = Case(id="A", convictions=[conv],
                sentence=_probation(date(2012, 6, 1), date(2013, 6, 1), "completed"))
    return Client(name="Tina Morales", language="es",
                  person=Person(dob=date(1985, 1, 1), us_citizen=True, trafficking_survivor=True), cases=[case])


def test_y62_05_sealed_records_are_called_by_one_word():
    """A survivor's vacatur said «Después, los registros quedarían sellados» while the same
    handout's SF-86 line says «récords desestimados y sellados» of such records (one thing, two words).
    Now «los récords», which Z141-01 says «se sellan y se destruyen»."""
    text = pdf_text(survivor(), "es")
    assert "registros" not in text
    assert ("porque fue consecuencia de lo que alguien le hizo a usted. Si el juez acepta, esto hace más que una "
            "desestimación: los récords se sellan y se destruyen") in text
    assert "pregunta incluso por récords desestimados y sellados" in text


def test_y62_06_the_motion_to_vacate_carries_its_court_word():
    """The PC 1473.7 option read «Anular la condena:» where the English reads "Cancelling the
    conviction (vacate):": the Spanish reader lost the word the court papers use ("Motion to
    Vacate").  Now «Anular la condena (vacate):», as the other court words are kept."""
    text = pdf_text(non_citizen("es"), "es")
    assert "Anular la condena (vacate): Un abogado puede pedir al tribunal que anule esta condena." in text


def vacated() -> Client:
    """A PC 1473.7 vacatur granted on 2019-01-10: the card's state and the "vacated" column."""
    conv = Conviction(id="A1", section="11350(a)", code="HS", level="misdemeanor", conviction_date=date(2011, 3, 2),
                      relief_granted=[ReliefGranted("pc1473_7", date(2019, 1, 10))])
    case = Case(id="A", convictions=[conv], sentence=_probation(date(2011, 3, 2), date(2012, 3, 2), "completed"))
    return Client(name="Luis Ríos", language="es", person=Person(dob=date(1984, 6, 9), us_citizen=False),
                  cases=[case])


def test_y62_07_a_vacated_conviction_keeps_the_word_of_the_court_order():
    """A vacated conviction read «Anulada el 10 de enero de 2019» and «Si la condena fue
    anulada:», where the English keeps the order's word ("Vacated on ...", "For a cancelled
    (vacated) conviction:"): a client holding an order that says VACATED could not match it.
    Now «Anulada (vacated) el ...» and «Si la condena fue anulada (vacated):»."""
    text = pdf_text(vacated(), "es")
    assert "Anulada (vacated) el 10 de enero de 2019. El tribunal dejó sin efecto esta condena." in text
    assert "Si la condena fue anulada (vacated):" in text
    assert "anulada:" not in text


def test_y62_08_withdrawn_papers_keep_the_court_word():
    """Papers taken back read «Sus papeles se retiraron del tribunal el ...», where the English
    keeps the court's word ("taken back (withdrawn)"), the one on the docket.  Now «Sus papeles se
    retiraron (withdrawn) del tribunal el ...»."""
    client = eligible_now("es")
    client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 2), ruling="withdrawn",
                                              ruling_on=date(2026, 11, 5)))
    text = pdf_text(client, "es")
    assert ("En el tribunal: Sus papeles se retiraron (withdrawn) del tribunal el 5 de noviembre de 2026. "
            "El juez no va a decidir sobre ellos.") in text


def test_y62_09_what_must_change_first_is_not_read_as_the_client_changing_something():
    """«Todavía no está limpia. Primero tiene que cambiar algo: su libertad condicional ...»:
    with «usted» unsaid, «tiene que cambiar algo» reads "you have to change something" (the
    English is "Something must change first").  Now «Primero algo tiene que cambiar: ...»."""
    text = pdf_text(blocked_by_probation("es"), "es")
    assert "tiene que cambiar algo" not in text
    assert ("Cómo está: Todavía no está limpia. Primero algo tiene que cambiar: su libertad condicional "
            f"(probation) por {DUI} debe terminar el 20 de mayo de 2028.") in text


def test_y62_10_what_relief_waits_for_is_not_read_as_the_client_changing_something():
    """«Esto tiene que esperar hasta que cambie lo siguiente: su libertad condicional ...»: with
    «usted» unsaid, «hasta que cambie lo siguiente» also reads "until you change the following"
    (the English is "until this changes").  Now «hasta que pase lo siguiente»."""
    text = pdf_text(blocked_by_probation("es"), "es")
    assert "cambie lo siguiente" not in text
    # The cause said on the card's "Cómo está", its relief "hasta que eso cambie" (D154-03).
    assert ("Primero algo tiene que cambiar: su libertad condicional (probation) por "
            f"{DUI} debe terminar el 20 de mayo de 2028.") in text
    assert f"Desestimación (expungement): {'Esto tiene que esperar hasta que eso cambie.'}" in text


def test_y62_11_who_must_look_at_a_conviction_first_is_said_before_the_verb():
    """«Todavía no está limpia. Primero debe revisarla un abogado»: the client, spoken to as
    «usted» all through, reads «Primero debe revisarla» as their own task until the last two
    words.  Now «Primero un abogado debe revisarla» ("A lawyer must look at it first")."""
    text = pdf_text(needs_review("es"), "es")
    assert "Primero debe revisarla" not in text
    assert "Cómo está: Todavía no está limpia. Primero un abogado debe revisarla." in text


def assault_and_battery() -> Client:
    """A PC 240 assault and a PC 242 battery, both misdemeanors, probation done."""
    done = _probation(date(2015, 4, 1), date(2016, 4, 1), "completed")
    cases = [Case(id="A", convictions=[Conviction(id="A1", section="240", level="misdemeanor",
                                                  conviction_date=date(2015, 4, 1))], sentence=done),
             Case(id="B", convictions=[Conviction(id="B1", section="242", level="misdemeanor",
                                                  conviction_date=date(2016, 5, 1))],
                  sentence=_probation(date(2016, 5, 1), date(2017, 5, 1), "completed"))]
    return Client(name="Rosa Gómez", language="es", person=Person(dob=date(1984, 6, 9), us_citizen=True),
                  cases=cases)


def test_y62_12_assault_and_battery_read_as_two_different_offenses():
    """A PC 240 conviction was titled «Agresión (asalto)» beside a PC 242 «Agresión física
    (battery)»: two offenses both called «Agresión», while the PC 241 and 245 titles call
    assault «Asalto».  Now PC 240 is «Asalto (assault)»."""
    text = pdf_text(assault_and_battery(), "es")
    assert "Agresión (asalto)" not in text
    assert "Asalto (assault) Delito menor (misdemeanor), 2015 · PC 240" in text
    assert "Agresión física (battery) Delito menor (misdemeanor), 2016 · PC 242" in text
