"""Findings of handout review H20, checked on composed handouts of clients screened by the
real engine, in English and in Spanish (the records follow /tmp/hand20/repro.yaml)."""

from __future__ import annotations

from datetime import date

from handout_clients import screened
from handout_render import handout_for as handout

from clinic_app.handouts.document import RecordEntry, Task
from clinic_app.model import (
    ArrestOffense,
    Case,
    Client,
    Conviction,
    Person,
    Probation,
    ReliefGranted,
    Sentence,
)


def effects(client: Client, lang: str) -> list[str]:
    section = handout(client, lang).section("effects")
    return [n.text for n in section.blocks] if section else []


def say(client: Client, lang: str, situation: str) -> dict[str, str]:
    """The "what you may say" lines of one situation, by column."""
    section = handout(client, lang).section("say")
    guidance = next(g for g in section.blocks if g.key == situation)
    return {line.column: line.say for line in guidance.lines}


def label(client: Client, lang: str, situation: str, column: str) -> str:
    """The label of one line of "what you may say"."""
    guidance = next(g for g in handout(client, lang).section("say").blocks if g.key == situation)
    return next(line.label for line in guidance.lines if line.column == column)


def entries(client: Client, lang: str, section: str | None = None) -> list[RecordEntry]:
    h = handout(client, lang)
    return [b for s in h.sections if section in (None, s.key) for b in s.blocks if isinstance(b, RecordEntry)]


def tasks(client: Client, lang: str) -> list[Task]:
    return list(handout(client, lang).section("checklist").blocks)


def probation_case(case_id: str, conv: Conviction, start: date, end: date, status: str = "completed",
                   kind: str = "formal") -> Case:
    return Case(id=case_id, convictions=[conv], sentence=Sentence(
        type="probation", judgment_date=start, imposition_suspended=True,
        probation=Probation(kind=kind, start=start, end=end, status=status)))


def person(**kw) -> Person:
    return Person(dob=date(1985, 1, 1), **kw)


# ---- H20-01: a vacated conviction carries no gun ban ------------------------------------


def vacated_felony(remedy: str = "pc1473_7") -> Client:
    conv = Conviction(id="A1", code="HS", section="11351", level="felony", conviction_date=date(2014, 5, 5),
                      relief_granted=[ReliefGranted(remedy, date(2023, 2, 2))])
    return Client(name="Rocío Castañeda", person=person(us_citizen=False),
                  cases=[probation_case("A", conv, date(2014, 5, 5), date(2017, 5, 5))])


def test_h20_01_a_vacated_felony_is_not_told_no_guns_for_life():
    for remedy in ("pc1473_7", "pc236_14"):
        client = vacated_felony(remedy)
        assert entries(client, "en")[0].state == "vacated"
        english, spanish = effects(client, "en"), effects(client, "es")
        assert not any("guns for life" in t or "right to have a gun" in t for t in english)
        assert not any("armas nunca" in t or "derecho a tener armas" in t for t in spanish)
        # Every conviction is vacated: what a dismissal leaves in place is not said either.
        assert not any("A dismissal does not erase your record" in t or "dismissed conviction" in t for t in english)
        assert not any("La desestimación no borra su récord" in t or "condena desestimada" in t for t in spanish)
        assert say(client, "en", "firearm") == {"vacated": "The cancelled conviction does not stop you from having a gun."}
        assert say(client, "es", "firearm") == {"vacated": "La condena anulada no le impide tener un arma."}
    # Still said for the immigrant client, who was told to see an immigration lawyer: on page 1,
    # once (I165-03).
    assert "immigration lawyer" in handout(vacated_felony(), "en").first_step


def test_h20_01_a_vacated_felony_beside_a_standing_conviction_keeps_the_dismissal_notes():
    client = vacated_felony()
    theft = Conviction(id="B1", section="484(a)/488", conviction_date=date(2016, 3, 2))
    client.cases.append(probation_case("B", theft, date(2016, 3, 2), date(2017, 3, 2), kind="summary"))
    english, spanish = effects(client, "en"), effects(client, "es")
    assert any(t.startswith("A dismissal does not erase your record") for t in english)
    assert any(t.startswith("La desestimación no borra su récord") for t in spanish)
    assert not any("guns for life" in t for t in english)
    assert not any("armas nunca" in t for t in spanish)


# ---- H20-02: an arrest that is not sealed is not "deemed never to have happened" -------------


def arrest(case_id: str, section: str, level: str, arrested: date, outcome: str = "no_charges_filed",
           **kw) -> Case:
    return Case(id=case_id, outcome=outcome, arrest_date=arrested, arrest_level=level,
                arrest_offenses=[ArrestOffense(section=section, level=level)], **kw)


def test_h20_02_an_arrest_that_is_not_sealed_gets_the_answers_for_an_unsealed_arrest():
    murder = Client(name="Anthony Jackson", person=person(us_citizen=True),
                    cases=[arrest("A", "187", "felony", date(2015, 1, 10))])
    chargeable = Client(name="Robert Park", person=person(us_citizen=True),
                        cases=[arrest("F", "459/460(b)", "felony", date(2025, 6, 10))])
    nevada = Client(name="Rosa Pérez", person=person(us_citizen=True),
                    cases=[arrest("A", "602", "misdemeanor", date(2015, 1, 10), outcome="dismissed",
                                  disposition_date=date(2015, 5, 1), jurisdiction="NV")])
    statuses = {d.remedy: d.status for d in screened(murder).results}
    assert statuses["pc851_91"] == "not_eligible"
    assert {d.remedy: d.status for d in screened(chargeable).results}["pc851_91"] == "eligible_on"
    for client in (murder, chargeable, nevada):
        assert [e.column for e in entries(client, "en", "arrests")] == ["arrest_not_sealed"]
        assert say(client, "en", "jury") == {"arrest_not_sealed": "An arrest alone does not stop you from serving."}
        assert say(client, "es", "jury") == {"arrest_not_sealed": "Un arresto por sí solo no le impide servir en un jurado."}
        assert say(client, "en", "license") == {
            "arrest_not_sealed": "If the form asks about arrests: “Yes, but it did not lead to a conviction.”"}
        assert say(client, "es", "license") == {
            "arrest_not_sealed": "Si el formulario pregunta por arrestos: «Sí, pero no terminó en condena»."}
        # Employers and landlords may not use any arrest that did not lead to a conviction.
        assert say(client, "en", "private_job") == say(client, "en", "housing") == {"arrest_not_sealed": "“No.”"}
        assert say(client, "es", "private_job") == {"arrest_not_sealed": "«No»."}
        for lang in ("en", "es"):
            h = handout(client, lang)
            lines = [line for g in h.section("say").blocks for line in g.lines]
            assert not any("851.92" in line.cite for line in lines)
            assert not any("never happened" in line.say or "nunca hubiera pasado" in line.say for line in lines)
    # What sealing would do is explained where sealing is still open, not for another state's arrest.
    assert any("sealed arrest" in t for t in effects(chargeable, "en"))
    assert any("arresto sellado" in t for t in effects(chargeable, "es"))
    assert not any("sealed arrest" in t for t in effects(nevada, "en"))


# ---- H20-03: gun guidance only where the record bans guns --------------------------------

NO_BAN_EN = "This conviction does not by itself stop you from having a gun. Ask a lawyer before you fill in a gun form."
NO_BAN_ES = ("Esta condena, por sí sola, no le impide tener un arma. Consulte a un abogado antes de llenar un "
             "formulario para comprar armas.")
HOLD_EN = "Do not buy or hold a gun until a lawyer says you may."
FORM_EN = "On the federal gun form, answer “Yes” to the conviction question. Get legal advice first."


def speeding() -> Client:
    """S12: a VC 22350 speeding infraction."""
    case = Case(id="A", convictions=[Conviction(id="A1", code="VC", section="22350", level="infraction",
                                                conviction_date=date(2024, 4, 2))],
                sentence=Sentence(type="no_probation", judgment_date=date(2024, 4, 2), completed=True))
    return Client(name="S12 client", person=Person(us_citizen=True), cases=[case])


def dismissed_petty_theft() -> Client:
    """S48: a PC 488 petty theft dismissed in 2010."""
    conv = Conviction(id="A1", section="488", conviction_date=date(2008, 1, 15),
                      relief_granted=[ReliefGranted("pc1203_4", date(2010, 3, 1))])
    return Client(name="S48 client", person=Person(dob=date(1990, 5, 10), us_citizen=True),
                  cases=[probation_case("A", conv, date(2008, 1, 15), date(2009, 1, 15), kind="summary")])


def test_h20_03_no_gun_ban_no_gun_form_advice():
    # The same words for both columns: said once, for every kind of record (not twice).
    assert say(speeding(), "en", "firearm") == {"all": NO_BAN_EN}
    assert say(speeding(), "es", "firearm") == {"all": NO_BAN_ES}
    # 17 at conviction (born 1990-05-10, convicted 2008-01-15): PC 1203.45 may seal it too, and
    # the sealed words agree with the dismissed ones: said once (J140-01).
    assert say(dismissed_petty_theft(), "en", "firearm") == {"all": NO_BAN_EN}
    assert say(dismissed_petty_theft(), "es", "firearm") == {"all": NO_BAN_ES}
    for client in (speeding(), dismissed_petty_theft()):
        text = handout(client, "en").all_text()
        assert HOLD_EN not in text and "federal gun form" not in text
        assert "formulario federal para comprar armas" not in handout(client, "es").all_text()


def test_h20_03_a_gun_ban_keeps_the_gun_form_advice_column_by_column():
    # A felony no dismissal reaches, and a dismissed petty theft: each column says its own.
    felony = Conviction(id="B1", section="288(a)", level="felony", conviction_date=date(2005, 9, 1))
    client = dismissed_petty_theft()
    client.cases.append(probation_case("B", felony, date(2005, 9, 1), date(2010, 9, 1)))
    assert say(client, "en", "firearm") == {"not_cleared": HOLD_EN, "dismissed": NO_BAN_EN}
    assert say(client, "es", "firearm") == {
        "not_cleared": "No compre ni tenga un arma hasta que un abogado le diga que puede.", "dismissed": NO_BAN_ES}
    # A felony that may be dismissed later shares the "now or later" line: the ban is said there.
    burglary = Conviction(id="B1", section="459/460(b)", level="felony", conviction_date=date(2024, 3, 1))
    client = dismissed_petty_theft()
    client.cases.append(probation_case("B", burglary, date(2024, 3, 1), date(2027, 3, 1), status="active"))
    # Its PC 17(b) reduction, open too, says the careful reduced answer of its own (H86-01): the
    # same advice as the line not cleared, said once under both labels (H89-02), a line of its
    # own kind, whose label is printed even alone (R90b-03).
    assert say(client, "en", "firearm") == {"joined": HOLD_EN, "dismissed": FORM_EN}
    assert "once your conviction is made a misdemeanor" in label(client, "en", "firearm", "joined")
    # A domestic violence battery, dismissed: PC 29805 for ten years, and the federal ban.
    conv = Conviction(id="A1", section="243(e)(1)", conviction_date=date(2022, 3, 1),
                      relief_granted=[ReliefGranted("pc1203_4", date(2025, 6, 1))])
    battery = Client(name="Dee Vee", person=person(us_citizen=True),
                     cases=[probation_case("A", conv, date(2022, 3, 1), date(2025, 3, 1), kind="summary")])
    assert say(battery, "en", "firearm") == {"dismissed": FORM_EN}
    assert say(battery, "es", "firearm")["dismissed"].startswith("En el formulario federal para comprar armas, conteste «Sí»")


# ---- H20-05: an infraction is not a conviction a board may deny a license for ------------


def test_h20_05_an_infraction_only_record_gets_the_infraction_rules():
    client = speeding()
    license_en = next(g for g in handout(client, "en").section("say").blocks if g.key == "license")
    line = next(line for line in license_en.lines if line.column == "not_cleared")
    assert line.say == "If the form asks about it: “Yes, an infraction.”"
    assert line.note.startswith("A Consumer Affairs board may not deny a license for an infraction.")
    assert line.cite == "B&P 480(d)" and "7 years" not in line.note
    assert say(client, "es", "license")["not_cleared"] == "Si el formulario pregunta por esto: «Sí, una infracción»."
    assert say(client, "en", "jury")["not_cleared"] == "An infraction does not stop you from serving."
    assert say(client, "es", "jury")["not_cleared"] == "Una infracción no le impide servir en un jurado."
    # A misdemeanor beside the infraction keeps the rules for convictions.
    client.cases.append(probation_case("B", Conviction(id="B1", section="484(a)/488", conviction_date=date(2024, 3, 2)),
                                       date(2024, 3, 2), date(2025, 3, 2), kind="summary"))
    assert say(client, "en", "license")["not_cleared"] == "If the form asks: “Yes.” Add what you have done since then."
    # Two convictions not cleared, the infraction and the theft: in the plural (W26-06).
    assert say(client, "en", "jury")["not_cleared"] == "If the jury form asks: “Yes, I have convictions.”"


# ---- H20-06: unpaid restitution does not stop a dismissal -------------------------------


def unpaid_restitution() -> Client:
    """S33: grand theft, probation completed, $4,200 restitution ordered and none paid."""
    from clinic_app.model import Money

    conv = Conviction(id="A1", section="487(a)", level="felony", wobbler=True, conviction_date=date(2019, 3, 4),
                      value_dollars=1500)
    case = probation_case("A", conv, date(2019, 3, 4), date(2022, 3, 4))
    case.money = Money(restitution_ordered=4200, restitution_paid=0)
    return Client(name="S33 client", person=Person(us_citizen=True), cases=[case])


def test_h20_06_restitution_is_still_owed_but_does_not_stop_the_dismissal_and_comes_last():
    client = unpaid_restitution()
    assert ("pc1203_4", "eligible") in {(d.remedy, d.status) for d in screened(client).results}
    english, spanish = tasks(client, "en"), tasks(client, "es")
    assert english[-1].text == "Restitution (money for the victim) you still owe: $4,200. You must still pay it, but it does not stop a dismissal."
    assert spanish[-1].text == ("Restitución (dinero para la víctima) que todavía debe: $4,200. Todavía tiene que pagarla, pero eso no "
                                "impide la desestimación.")
    assert any(t.text.startswith("Go to the court hearing") for t in english[:-1])
    assert not any(t.text.startswith("Pay the restitution") for t in english)


# ---- H20-07: a motion to vacate is not "relief now" -------------------------------------


def test_h20_07_when_only_a_motion_to_vacate_is_open_the_headline_says_it_depends_on_the_facts():
    # A pending charge stops the dismissal but not the motion (S25-06: probation in another
    # case, as this test first had it, is criminal custody, which stops the motion too).
    sale = Conviction(id="A1", code="HS", section="11351", level="felony", conviction_date=date(2015, 3, 2))
    client = Client(name="Alejandra Ñúñez", person=person(us_citizen=False, pending_charges=True), cases=[
        probation_case("A", sale, date(2015, 3, 2), date(2018, 3, 2))])
    statuses = {d.remedy: d.status for d in screened(client).results if d.conviction == "A1"}
    assert statuses["pc1473_7"] == "eligible" and statuses["pc1203_4"] == "blocked"
    english, spanish = entries(client, "en")[0], entries(client, "es")[0]
    assert english.state == "vacate_possible"
    assert english.where == ("Not cleared yet. A lawyer may be able to ask the court to cancel it. "
                             "This depends on the facts.")
    assert spanish.where == ("Todavía no está limpia. Tal vez un abogado pueda pedir al tribunal que la anule. "
                             "Eso depende de los hechos.")
    assert "relief now" not in handout(client, "en").all_text()
    assert "Ya puede pedir alivio" not in handout(client, "es").all_text()


# ---- H20-08: the checklist follows the arrests too ---------------------------------------


def dv_arrest_pattern() -> Client:
    """Robert Park: five domestic violence arrests within three years, and a 2025 felony arrest."""
    cases = [
        arrest("A", "243(e)(1)", "misdemeanor", date(2019, 1, 10), outcome="dismissed", disposition_date=date(2019, 3, 1)),
        arrest("B", "243(e)(1)", "misdemeanor", date(2019, 6, 10)),
        arrest("C", "273.5", "felony", date(2020, 1, 10), outcome="acquitted", disposition_date=date(2020, 8, 1)),
        arrest("D", "243(e)(1)", "misdemeanor", date(2020, 9, 10)),
        arrest("E", "273.6", "misdemeanor", date(2021, 2, 10), outcome="dismissed", disposition_date=date(2021, 4, 1)),
        arrest("F", "459/460(b)", "felony", date(2025, 6, 10)),
    ]
    return Client(name="Robert Park", person=person(us_citizen=True), cases=cases)


def test_h20_08_arrest_relief_is_in_the_checklist():
    client = dv_arrest_pattern()
    found = {(d.case, d.remedy): (d.status, d.mode, d.date) for d in screened(client).results}
    assert found[("F", "pc851_91")][0::2] == ("eligible_on", date(2028, 6, 11))
    assert found[("A", "pc851_91")][:2] == ("eligible", "discretionary")
    english = [t.text for t in tasks(client, "en")]
    spanish = [t.text for t in tasks(client, "es")]
    assert "Come back to the clinic on or after June 11, 2028 about: the arrest for second-degree (commercial) burglary." in english
    assert "Gather proof of your good conduct for the judge: letters, pay stubs, class papers." in english
    assert any(t.startswith("Check your record (RAP sheet) for “relief granted”:\n• the arrest for") for t in english)  # one a line (H35-02); H68-02
    assert any(t.startswith("Vuelva a la clínica a partir del 11 de junio de 2028 para hablar de: el arresto por") for t in spanish)
    assert "Junte pruebas de su buena conducta para el juez: cartas, talones de pago, constancias de clases." in spanish
    assert not any(t.startswith("Nothing for now") for t in english)
    assert not any(t.startswith("Por ahora, nada") for t in spanish)


# ---- H20-09: a case from another state ---------------------------------------------------


def test_h20_09_a_case_from_another_state_says_california_relief_does_not_reach_it():
    burglary = Conviction(id="B1", code="other", section="NRS 205.060", level="felony", conviction_date=date(2012, 1, 1))
    convicted = probation_case("B", burglary, date(2012, 1, 1), date(2014, 1, 1))
    convicted.jurisdiction = "NV"
    trespass = arrest("A", "602", "misdemeanor", date(2015, 1, 10), outcome="dismissed",
                      disposition_date=date(2015, 5, 1), jurisdiction="NV")
    client = Client(name="Anthony Jackson", person=person(us_citizen=True), cases=[trespass, convicted])
    assert {d.status for d in screened(client).results} == {"not_applicable"}
    (conviction,) = entries(client, "en", "record")
    (arrest_entry,) = entries(client, "en", "arrests")
    assert conviction.state == "out_of_state" and conviction.where == (
        "Not cleared. This case is not from a California court, so a California court cannot clear it. "
        "Ask a clinic lawyer where you can get help with it.")  # P61-01: where to ask
    assert arrest_entry.where == (
        "No conviction. This arrest is not a California case, so California relief does not reach it. "
        "Ask a clinic lawyer where you can get help with it.")
    (conviction,) = entries(client, "es", "record")
    (arrest_entry,) = entries(client, "es", "arrests")
    assert conviction.where == (
        "No está limpia. Este caso no es de un tribunal de California, así que un tribunal de California no "
        "puede limpiar esta condena. Pregunte a un abogado de la clínica dónde le pueden ayudar con este caso.")
    assert arrest_entry.where == (
        "No hubo condena. Este arresto no es un caso de California, así que el alivio de California no lo "
        "alcanza. Pregunte a un abogado de la clínica dónde le pueden ayudar con este caso.")
    assert "right now" not in handout(client, "en").all_text()


def test_h20_09_the_spanish_arrest_line_says_what_the_english_says():
    from clinic_app.handouts import load_texts

    assert load_texts("en")["state"]["arrest_open"] == "No conviction. We found no relief for this arrest right now."
    assert load_texts("es")["state"]["arrest_open"] == "No hubo condena. Por ahora no encontramos alivio para este arresto."


# ---- H20-10: a blocked option names what stops it ----------------------------------------


def fire_camp_on_parole() -> Client:
    """S59: a fire-camp participant still on parole."""
    from clinic_app.model import Custody

    conv = Conviction(id="A1", section="459/460(b)", level="felony", conviction_date=date(2020, 2, 1))
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="state_prison", judgment_date=date(2020, 2, 1),
        custody=Custody(split=False, release_date=date(2023, 1, 15), supervision="parole")))
    return Client(name="S59 client", person=Person(us_citizen=True, fire_camp=True, on_supervision="parole"),
                  cases=[case])


def test_h20_10_a_blocked_option_says_what_must_change_not_the_problem_above():
    client = fire_camp_on_parole()
    statuses = {d.remedy: d.status for d in screened(client).results}
    assert statuses["pc1203_4b"] == "eligible" and "blocked" in statuses.values()
    entry = entries(client, "en")[0]
    assert entry.state == "eligible"  # the headline names no problem
    blocked = {o.remedy: o.text for o in entry.options if o.status == "blocked"}
    # H21-07: both also wait after parole ends (PC 1203.41(a)(2); the felony path's four years).
    assert blocked["pc1203_41"] == ("This has to wait until this changes: your parole must end. After that, the law "
                                    "may also set a waiting time. Come back to the clinic then. The clinic will tell "
                                    "you the date.")
    assert blocked["pc1203_425"] == ("This has to wait until this changes: your parole must end. After that, the law "
                                     "sets a waiting time. Then the DOJ may do it on its own. No papers are needed.")
    spanish = [o.text for o in entries(client, "es")[0].options if o.status == "blocked"]
    assert all("su libertad bajo palabra (parole) debe terminar" in t and "arriba" not in t for t in spanish)
    english_tasks = [t.text for t in tasks(client, "en")]
    spanish_tasks = [t.text for t in tasks(client, "es")]
    assert not any("above" in t for t in english_tasks) and not any("arriba" in t for t in spanish_tasks)
    # The cause first, then what it is about (finding H22-03 put the convictions last).
    assert any(t.startswith("Come back to the clinic when this changes: your parole must end. This is about: ")
               for t in english_tasks)
    assert any(t.startswith("Vuelva a la clínica cuando pase lo siguiente: su libertad bajo palabra (parole) debe terminar.")
               for t in spanish_tasks)


# ---- H20-12: a stay-away condition is obeyed, not finished ------------------------------


def stay_away(order_until: date | None) -> Client:
    """Demo #17: a DV battery on probation to 2030, a batterer program and a stay-away order."""
    from clinic_app.model import Condition

    conv = Conviction(id="A1", section="243(e)(1)", conviction_date=date(2025, 10, 20))
    case = probation_case("A", conv, date(2025, 10, 20), date(2030, 10, 20), status="active", kind="summary")
    case.protective_order_until = order_until
    case.conditions = [Condition(kind="class", label="52-week batterer's intervention program", required=52, done=18),
                       Condition(kind="stay_away", label="Stay away from the protected person")]
    return Client(name="Darnell Petrosyan", person=person(us_citizen=True), cases=[case])


def test_h20_12_a_stay_away_condition_says_obey_until_and_is_not_said_twice():
    client = stay_away(date(2028, 10, 19))
    english, spanish = tasks(client, "en"), tasks(client, "es")
    (line,) = [t for t in english if "Stay away" in t.text]
    assert line.text == ("Obey the court's stay-away order, “Stay away from the protected person”"
                         " (as written in your papers), until October 20, 2030.")
    assert line.due_text == ""  # the date is in the words, not also under "By when"
    # Named as a stay-away order in Spanish, the clinic's English label quoted (H28-09).
    assert ("Cumpla la orden de alejamiento del tribunal, "
            "«Stay away from the protected person» (así dice en sus papeles), hasta el 20 de octubre de 2030.") in [t.text for t in spanish]
    assert not any(t.text.startswith(("Finish: Stay away", "Terminar: Stay away")) for t in english + spanish)
    # Until when under "By when", once (H93-01).
    assert ("Obey the protective order until it ends.", "October 19, 2028") in [(t.text, t.due_text) for t in english]
    # A protective order that lasts longer already says until when to stay away.
    longer = stay_away(date(2031, 1, 1))
    assert not any("Stay away" in t.text for t in tasks(longer, "en"))
    assert ("Obey the protective order until it ends.", "January 1, 2031") in [(t.text, t.due_text) for t in tasks(longer, "en")]
    assert ("Cumpla la orden de protección hasta su fecha final.", "1 de enero de 2031") in [(t.text, t.due_text) for t in tasks(longer, "es")]


# ---- H20-13: an open case is not an arrest that did not lead to a conviction -------------


def test_h20_13_an_open_case_has_its_own_section():
    theft = Conviction(id="A1", section="484(a)/488", conviction_date=date(2019, 2, 1))
    client = Client(name="S26 client", person=Person(us_citizen=True, pending_charges=True), cases=[
        probation_case("A", theft, date(2019, 2, 1), date(2022, 2, 1), kind="summary"),
        Case(id="B", outcome="pending", arrest_date=date(2026, 8, 20), arrest_level="felony")])
    for lang, heading, where in (("en", "Open cases", "This case is still open. Talk to a lawyer about it."),
                                 ("es", "Casos abiertos", "Este caso sigue abierto. Hable con un abogado sobre él.")):
        h = handout(client, lang)
        assert [s.key for s in h.sections][:2] == ["record", "open_cases"]
        assert h.section("arrests") is None
        section = h.section("open_cases")
        assert section.heading == heading and [e.where for e in section.blocks] == [where]
        assert "Arrests that did not lead" not in h.all_text() and "Arrestos que no terminaron" not in h.all_text()
