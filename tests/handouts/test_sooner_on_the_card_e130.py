"""E130-03: the client most often met at an event: on probation for a 2024 battery, and a 2022
petty theft whose dismissal waits on that probation (PC 1203.4(a)(1)).  The theft's card said
only "This has to wait until this changes: your probation for “Battery” must end (it ends on
September 15, 2027). Then come back to the clinic on or after September 16, 2027.", though the
clinic can ask now to end that probation early (the battery's card) and the screening's step
for the theft says so ("Ask the court to end probation early (PC 1203.3) in case 24CR01234").
Said where three or more cards wait on the bar (H35-01's "Read this first"), it was said
nowhere where one or two do.  The waiting card now says it, en and es."""

from __future__ import annotations

from datetime import date

from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 6)
EN = ("Then come back to the clinic on or after September 16, 2027. The clinic can ask the judge to end your probation "
      "early. See “Ending probation early” under “Battery”. If the judge agrees, the wait can end sooner.")
ES = ("La clínica puede pedir al juez que termine antes su libertad condicional. Vea «Terminar la libertad condicional "
      "antes» en «Agresión física (battery)». Si el juez acepta, la espera puede ser más corta.")


def _case(case_id: str, number: str, section: str, convicted: date, end: date, state: str = "CA") -> Case:
    return Case(id=case_id, case_number=number, jurisdiction=state,
                convictions=[Conviction(id=f"{case_id}-1", section=section, level="misdemeanor", conviction_date=convicted)],
                sentence=Sentence(type="probation", judgment_date=convicted,
                                  probation=Probation(kind="summary", start=convicted, end=end)))


def client(battery_state: str = "CA") -> Client:
    return Client(name="Rosa Testprob", person=Person(dob=date(1990, 4, 2), us_citizen=True), cases=[
        _case("c1", "24CR01234", "242", date(2024, 9, 16), date(2027, 9, 15), battery_state),
        _case("c2", "22CR05678", "484", date(2022, 6, 1), date(2024, 6, 1))])


def text(c: Client, lang: str = "en") -> str:
    return pdf_text(c, lang, AS_OF)


def test_e130_03_the_waiting_card_says_the_wait_can_end_sooner():
    en, es = text(client(), "en"), text(client(), "es")
    assert EN in en and en.count("The clinic can ask the judge to end your probation early.") == 1
    assert ES in es


def test_s137_03_the_spanish_card_says_antes_once():
    """S137-03: the Spanish sentence said «antes» twice ("que termine antes su libertad
    condicional ... la espera puede terminar antes"), the heading it names a third time: the
    English's "the wait can end sooner" is said «la espera puede ser más corta»."""
    es = " ".join(text(client(), "es").split())
    said = es[es.index("La clínica puede pedir al juez"):]
    said = said[:said.index("Si el juez acepta,") + 60]
    # Outside the heading it names («Terminar la libertad condicional antes»), «antes» once.
    assert said.replace("«Terminar la libertad condicional antes»", "").count("antes") == 1, said


def test_e130_03_no_sooner_where_no_california_court_can_end_it():
    # Another state's probation: no PC 1203.3 offered (O112-01), so nothing said of it.
    assert "end your probation early" not in text(client("NV"), "en")
