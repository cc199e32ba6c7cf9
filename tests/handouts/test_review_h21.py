"""Findings of handout review H21, checked on composed handouts of clients screened by the
real engine, in English and in Spanish (synthetic people only)."""

from __future__ import annotations

from datetime import date

from handout_clients import CLINIC, screened
from handout_render import handout_for as handout

from clinic_app.handouts import compose, load_texts
from clinic_app.handouts.compose import format_date, offense_title
from clinic_app.handouts.document import RecordEntry, Task
from clinic_app.model import (
    ArrestOffense,
    Case,
    Client,
    Condition,
    Conviction,
    Custody,
    Person,
    Probation,
    Money,
    Payment,
    ReliefGranted,
    Sentence,
)


def entries(client: Client, lang: str, section: str | None = None) -> list[RecordEntry]:
    h = handout(client, lang)
    return [b for s in h.sections if section in (None, s.key) for b in s.blocks if isinstance(b, RecordEntry)]


def effects(client: Client, lang: str) -> list[str]:
    section = handout(client, lang).section("effects")
    return [n.text for n in section.blocks] if section else []


def tasks(client: Client, lang: str) -> list[Task]:
    return list(handout(client, lang).section("checklist").blocks)


def person(**kw) -> Person:
    return Person(dob=date(1985, 1, 1), **kw)


def probation_case(case_id: str, conv: Conviction, start: date, end: date, status: str = "completed",
                   kind: str = "formal") -> Case:
    return Case(id=case_id, convictions=[conv], sentence=Sentence(
        type="probation", judgment_date=start, imposition_suspended=True,
        probation=Probation(kind=kind, start=start, end=end, status=status)))


# ---- H21-01: an arrest's section is written as a conviction's is -------------------------


def test_h21_01_an_arrest_citation_names_its_code_once():
    other_state = Case(id="A", outcome="dismissed", jurisdiction="AZ", arrest_date=date(2018, 1, 1),
                       disposition_date=date(2018, 6, 1), arrest_level="misdemeanor",
                       arrest_offenses=[ArrestOffense(section="ARS 13-1805", code="other", level="misdemeanor")])
    written_after = Case(id="B", outcome="dismissed", arrest_date=date(2019, 3, 1),
                         disposition_date=date(2019, 9, 1), arrest_level="misdemeanor",
                         arrest_offenses=[ArrestOffense(section="602 PC", code="PC", level="misdemeanor")])
    client = Client(name="Olivia Reyes", person=person(us_citizen=True), cases=[other_state, written_after])
    for lang in ("en", "es"):
        arizona, trespass = entries(client, lang, "arrests")
        assert arizona.detail.endswith(" · ARS 13-1805") and "other" not in arizona.title + arizona.detail
        assert arizona.title.endswith("ARS 13-1805")
        assert trespass.detail.endswith(" · 602 PC") and "PC 602 PC" not in trespass.detail


# ---- H21-02: "a lawyer will also check" does not name what the card already offers -------


def prison_burglary() -> Client:
    conv = Conviction(id="B1", code="PC", section="459", level="felony", conviction_date=date(2009, 5, 1))
    case = Case(id="B", convictions=[conv], sentence=Sentence(
        type="state_prison", judgment_date=date(2009, 5, 1), completed=True,
        custody=Custody(release_date=date(2010, 6, 1), supervision="parole", supervision_end=date(2011, 6, 1))))
    return Client(name="Pedro Alvarado", person=person(us_citizen=True), cases=[case])


def test_h21_02_the_review_line_does_not_repeat_an_offered_remedy():
    client = prison_burglary()
    statuses = {d.remedy: d.status for d in screened(client).results}
    assert statuses["pc1203_41"] == "eligible" and statuses["pc1203_42"] == "needs_review"
    for lang, dismissal in (("en", "Dismissal (expungement)"), ("es", "Desestimación (expungement)")):
        (entry,) = entries(client, lang, "record")
        offered = [o for o in entry.options if o.name == dismissal]
        assert len(offered) == 1 and offered[0].status == "eligible"
        review = [o for o in entry.options if o.remedy == "other"]
        assert len(review) == 1  # Prop 47, automatic relief, the certificate: still for a lawyer
        assert dismissal not in review[0].text
        assert "PC 1203.42" not in review[0].cite.split("; ") and "PC 1170.18" in review[0].cite


# ---- H21-03: automatic relief that waits on a date is checked for, not come back for ------


def blocked_by_other_probation() -> Client:
    done = probation_case("A", Conviction(id="A1", code="PC", section="594(a)", level="misdemeanor",
                                          conviction_date=date(2018, 1, 1)),
                          date(2018, 1, 1), date(2019, 1, 1), kind="summary")
    running = probation_case("B", Conviction(id="B1", code="PC", section="484(a)", level="misdemeanor",
                                             conviction_date=date(2026, 3, 1)),
                             date(2026, 3, 1), date(2027, 3, 1), status="active")
    return Client(name="Lucía Herrera", person=person(us_citizen=True), cases=[done, running])


def test_h21_03_blocked_automatic_relief_with_a_date_asks_for_a_rap_check():
    client = blocked_by_other_probation()
    found = {(d.conviction, d.remedy): (d.status, d.date) for d in screened(client).results}
    assert found[("A1", "pc1203_425")] == ("blocked", date(2027, 3, 2))
    (vandalism, _theft) = entries(client, "en", "record")
    automatic = next(o for o in vandalism.options if o.remedy == "pc1203_425")
    assert automatic.text == "The DOJ may do it on its own after March 2, 2027. Check your record after that date."
    texts = [task.text for task in tasks(client, "en")]
    # The theft opens the same day: one line names both (finding H22-03).
    assert "After March 2, 2027, check your record (RAP sheet) for “relief granted”: Vandalism; Theft (petty theft)." in texts
    # The petition (PC 1203.4) still waits for the same day: come back for that.
    assert "Come back to the clinic on or after March 2, 2027 about: Vandalism; Theft (petty theft)." in texts
    spanish = [task.text for task in tasks(client, "es")]
    assert ("Después del 2 de marzo de 2027, busque en su récord (RAP sheet) las palabras «relief granted» "
            "(alivio concedido) para: Vandalismo; Hurto (hurto menor).") in spanish


# ---- H21-04: a record from other states only is not told what a California dismissal does -


def nevada_felony() -> Client:
    conv = Conviction(id="A1", code="other", section="NRS 200.481", level="felony", conviction_date=date(2015, 1, 1))
    case = Case(id="A", jurisdiction="NV", convictions=[conv], sentence=Sentence(
        type="state_prison", judgment_date=date(2015, 1, 1), completed=True,
        custody=Custody(release_date=date(2016, 1, 1), supervision="none")))
    return Client(name="Olivia Reyes", person=person(us_citizen=True), cases=[case])


def test_h21_04_an_out_of_state_record_gets_no_california_dismissal_notes():
    client = nevada_felony()
    english, spanish = effects(client, "en"), effects(client, "es")
    assert not any("dismissal does not erase" in t or "dismissed conviction" in t or "probation report" in t
                   for t in english)
    assert not any("desestimación no borra" in t or "condena desestimada" in t or "informe de libertad" in t
                   for t in spanish)
    # A felony from any state still bans guns (PC 29800).
    assert any(t.startswith("A felony means no guns for life.") for t in english)
    assert any(t.startswith("Con un delito grave (felony) no puede tener armas nunca.") for t in spanish)


def test_h21_04_a_california_conviction_beside_it_keeps_them():
    client = nevada_felony()
    client.cases.append(probation_case("B", Conviction(id="B1", code="PC", section="484(a)", level="misdemeanor",
                                                       conviction_date=date(2018, 1, 1)),
                                       date(2018, 1, 1), date(2019, 1, 1), kind="summary"))
    english = effects(client, "en")
    assert any("dismissal does not erase" in t for t in english)
    assert any("probation report" in t for t in english)


# ---- H21-05: reduced and then dismissed says both ----------------------------------------


def test_h21_05_a_reduced_then_dismissed_felony_says_it_is_a_misdemeanor_now():
    conv = Conviction(id="A1", code="PC", section="245(a)(1)", level="felony", conviction_date=date(2012, 1, 1),
                      relief_granted=[ReliefGranted("pc17b", date(2016, 1, 1)), ReliefGranted("pc1203_4", date(2016, 3, 1))])
    client = Client(name="Gloria Navarro", person=person(us_citizen=True),
                    cases=[probation_case("A", conv, date(2012, 1, 1), date(2015, 1, 1))])
    (english,) = entries(client, "en", "record")
    (spanish,) = entries(client, "es", "record")
    assert english.state == spanish.state == "dismissed" and english.column == "dismissed"
    assert english.where == "Reduced to a misdemeanor, then dismissed by the court on March 1, 2016."
    assert spanish.where == ("Se redujo a delito menor y después el tribunal la desestimó (expungement) "
                             "el 1 de marzo de 2016.")
    # Dismissed alone reads as before.
    conv.relief_granted = [ReliefGranted("pc1203_4", date(2016, 3, 1))]
    (english,) = entries(client, "en", "record")
    assert english.where == "Dismissed by the court on March 1, 2016."


# ---- H21-06: Spanish says what the English says, in one voice ------------------------------


def test_h21_06_spanish_checklist_speaks_to_the_client_like_the_rest():
    from clinic_app.model import Condition, Money

    conv = Conviction(id="A1", code="PC", section="484(a)", level="misdemeanor", conviction_date=date(2026, 3, 1))
    case = probation_case("A", conv, date(2026, 3, 1), date(2027, 3, 1), status="active")
    case.conditions = [Condition(kind="class", label="Clase sobre robo", required=8, done=2)]
    case.money = Money(fines_ordered=300, fines_paid=100)
    client = Client(name="Lucía Herrera", person=person(us_citizen=True), cases=[case])
    spanish = [task.text for task in tasks(client, "es")]
    # The day under "Fecha límite", not in the words too (H93-01).
    assert ("Cumpla toda su libertad condicional.", "1 de marzo de 2027") in [(task.text, task.due_text) for task in tasks(client, "es")]
    assert "Termine «Clase sobre robo» (así dice en sus papeles). Le faltan 6 de 8." in spanish
    assert "Pague las multas que todavía debe: $200." in spanish
    # Every task tells the client what to do ("usted"), none is an infinitive.
    assert not any(text.startswith(("Terminar", "Pagar")) for text in spanish)


def test_h21_06_a_vacated_conviction_is_not_said_to_leave_no_conviction_at_all():
    vacated = Conviction(id="A1", code="PC", section="470(a)", level="felony", conviction_date=date(2015, 1, 1),
                         relief_granted=[ReliefGranted("pc1473_7", date(2022, 3, 1))])
    standing = Conviction(id="B1", code="PC", section="484(a)", level="misdemeanor", conviction_date=date(2018, 1, 1))
    client = Client(name="Carmen Ortiz", person=person(us_citizen=False), cases=[
        probation_case("A", vacated, date(2015, 1, 1), date(2018, 1, 1)),
        probation_case("B", standing, date(2018, 1, 1), date(2019, 1, 1), kind="summary")])
    section = handout(client, "es").section("say")
    jury = next(g for g in section.blocks if g.key == "jury")
    lines = {line.column: line.say for line in jury.lines}
    assert lines["vacated"] == "«No hay condena»."
    assert "No tengo condenas" not in handout(client, "es").all_text()


# ---- H21-07: relief that waits after the bar lifts says so ---------------------------------


def on_parole() -> Client:
    conv = Conviction(id="A1", code="HS", section="11378", level="felony", conviction_date=date(2022, 1, 1))
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="state_prison", judgment_date=date(2022, 1, 1), completed=False,
        custody=Custody(release_date=date(2025, 6, 1), supervision="parole")))
    return Client(name="Pablo Medina", person=person(us_citizen=True), cases=[case])


def test_h21_07_a_blocked_petition_or_felony_path_relief_says_a_waiting_time_follows():
    client = on_parole()
    found = {d.remedy: (d.status, d.date) for d in screened(client).results}
    assert found["pc1203_41"] == found["pc1203_425"] == found["cor"] == ("blocked", None)
    (entry,) = entries(client, "en", "record")
    text = {o.remedy: o.text for o in entry.options}
    waits = ("This has to wait until that changes. After that, the law may also set a waiting "
             "time. Come back to the clinic then. The clinic will tell you the date.")
    # The certificate's line adds the California residence it needs (N163-03).
    assert text["pc1203_41"] == waits and text["cor"] == (
        f"{waits} To ask for the certificate, you must live in California. If you move to another state, ask the clinic first.")
    assert text["pc1203_425"] == (
        "This has to wait until that changes. After that, the law sets a waiting time. "
        "Then the DOJ may do it on its own. No papers are needed.")
    (entry,) = entries(client, "es", "record")
    text = {o.remedy: o.text for o in entry.options}
    assert "la ley puede fijar además un tiempo de espera" in text["pc1203_41"]
    assert "la ley fija un tiempo de espera. Luego el DOJ puede hacerlo por su cuenta" in text["pc1203_425"]


def test_h21_07_relief_with_no_wait_after_the_bar_reads_as_before():
    # PC 1203.4 and the probation path of automatic relief wait on nothing once an open case ends.
    conv = Conviction(id="A1", code="PC", section="594(a)", level="misdemeanor", conviction_date=date(2014, 2, 3))
    client = Client(name="Bo Reyes", person=person(us_citizen=True, pending_charges=True),
                    cases=[probation_case("A", conv, date(2014, 2, 3), date(2017, 2, 3), kind="summary")])
    (entry,) = entries(client, "en", "record")
    text = {o.remedy: o.text for o in entry.options}
    assert text["pc1203_4"] == ("This has to wait until that changes. "
                                "Then come back to the clinic.")
    assert text["pc1203_425"] == ("This has to wait until that changes. After that, "
                                  "the DOJ may do it on its own. No papers are needed.")


# ---- H21-08: a survivor's vacatur is not about immigration ---------------------------------


def test_h21_08_a_survivor_vacatur_says_what_it_does_not_immigration():
    conv = Conviction(id="A1", code="PC", section="647(b)", level="misdemeanor", conviction_date=date(2012, 6, 1),
                      trafficking_related=True)
    client = Client(name="Tina Morales", person=person(us_citizen=True, trafficking_survivor=True),
                    cases=[probation_case("A", conv, date(2012, 6, 1), date(2013, 6, 1), kind="summary")])
    found = {d.remedy: d.status for d in screened(client).results}
    assert found["pc236_14"] == "eligible"
    for lang, words in (("en", "because it came from what someone did to you. If the judge agrees, this does more "
                               "than a dismissal: the records are sealed and destroyed"),
                        ("es", "porque fue consecuencia de lo que alguien le hizo a usted. Si el juez acepta, esto "
                               "hace más que una desestimación: los récords se sellan y se destruyen")):
        (entry,) = entries(client, lang, "record")
        (option,) = [o for o in entry.options if o.remedy == "pc236_14"]
        assert words in option.text
        assert "immigration" not in option.text and "inmigración" not in option.text


# ---- H21-09: every bar that stands in the way is named --------------------------------------


def test_h21_09_an_open_case_beside_supervision_names_both():
    conv = Conviction(id="A1", code="PC", section="484(a)", level="misdemeanor", conviction_date=date(2015, 1, 1))
    client = Client(name="Fabián Soto", person=person(us_citizen=True, pending_charges=True, on_supervision="prcs"),
                    cases=[probation_case("A", conv, date(2015, 1, 1), date(2016, 1, 1), kind="summary")])
    (entry,) = entries(client, "en", "record")
    assert entry.where == ("Not cleared yet. Something must change first: your open criminal case must end, "
                           "and your post-release supervision must end.")
    texts = [task.text for task in tasks(client, "en")]
    assert ("Come back to the clinic when this changes: your open criminal case must end, "
            "and your post-release supervision must end. This is about: Theft (petty theft).") in texts
    (entry,) = entries(client, "es", "record")
    assert entry.where == ("Todavía no está limpia. Primero algo tiene que cambiar: su caso penal abierto debe terminar "
                           "y su supervisión después de salir de prisión (PRCS) debe terminar.")


def test_h21_09_one_bar_reads_as_before():
    conv = Conviction(id="A1", code="PC", section="484(a)", level="misdemeanor", conviction_date=date(2015, 1, 1))
    client = Client(name="Fabián Soto", person=person(us_citizen=True, pending_charges=True),
                    cases=[probation_case("A", conv, date(2015, 1, 1), date(2016, 1, 1), kind="summary")])
    (entry,) = entries(client, "en", "record")
    assert entry.where == "Not cleared yet. Something must change first: your open criminal case must end."


# ---- H21-10: a headline over relief only the DOJ gives does not say "You can ask" ----------


def infraction_on_probation() -> Client:
    conv = Conviction(id="A1", code="VC", section="12500(a)", level="infraction", conviction_date=date(2025, 7, 21))
    return Client(name="Diego Paredes", person=person(us_citizen=True),
                  cases=[probation_case("A", conv, date(2025, 7, 21), date(2028, 7, 20), status="active")])


def test_h21_10_only_automatic_relief_later_reads_as_the_state_doing_it():
    client = infraction_on_probation()
    dated = {d.remedy: d.date for d in screened(client).results if d.status == "eligible_on"}
    assert dated == {"pc1203_425": date(2028, 7, 21)}
    (entry,) = entries(client, "en", "record")
    assert entry.where == "Not cleared yet. The state may clear it on its own after July 21, 2028."
    assert "You can ask" not in entry.where
    (entry,) = entries(client, "es", "record")
    assert entry.where == "Todavía no está limpia. El estado puede limpiarla por su cuenta después del 21 de julio de 2028."


def test_h21_10_a_petition_later_still_reads_you_can_ask():
    conv = Conviction(id="A1", code="PC", section="484(a)", level="misdemeanor", conviction_date=date(2026, 3, 1))
    client = Client(name="Lucía Herrera", person=person(us_citizen=True),
                    cases=[probation_case("A", conv, date(2026, 3, 1), date(2027, 3, 1), status="active")])
    (entry,) = entries(client, "en", "record")
    assert entry.where == "Not cleared yet. You can ask to clear it on or after March 2, 2027."


# ---- H21-11: a completed DEJ plea is no conviction in California, but may be one for immigration


def completed_dej(us_citizen: bool | None) -> Client:
    from clinic_app.model import Program

    case = Case(id="A", outcome="diversion_completed", arrest_date=date(2014, 1, 1), disposition_date=date(2015, 6, 1),
                arrest_level="felony", arrest_offenses=[ArrestOffense(section="11377(a)", code="HS", level="felony")],
                program=Program(kind="dej", plea_entered=True, completed_on=date(2015, 6, 1)))
    return Client(name="Darío Vega", person=person(us_citizen=us_citizen), cases=[case])


def test_h21_11_a_non_citizen_with_a_dej_plea_is_told_it_may_count_for_immigration():
    client = completed_dej(us_citizen=False)
    assert {d.remedy: d.status for d in screened(client).results}["pc1203_43"] == "eligible"
    (entry,) = entries(client, "en", "arrests")
    assert entry.where.startswith("No conviction.")
    assert entry.where.endswith("But for immigration, your guilty plea may still count as a conviction until the "
                                "court lets you take it back.")
    (entry,) = entries(client, "es", "arrests")
    assert entry.where.endswith("Pero para inmigración, su declaración de culpabilidad puede seguir contando como "
                                "condena hasta que el tribunal le permita retirarla.")


def test_h21_11_a_citizen_reads_as_before():
    (entry,) = entries(completed_dej(us_citizen=True), "en", "arrests")
    assert entry.where == "No conviction. You can ask the court to seal this arrest now."


# ---- H21-12: a dismissed felony can still be made a misdemeanor ---------------------------


def dismissed_wobbler() -> Client:
    conv = Conviction(id="A1", code="PC", section="496(a)", level="felony", conviction_date=date(2016, 1, 1),
                      value_dollars=5000, relief_granted=[ReliefGranted("pc1203_4", date(2020, 2, 1))])
    return Client(name="Wendy Salas", person=person(us_citizen=True),
                  cases=[probation_case("A", conv, date(2016, 1, 1), date(2019, 1, 1))])


def test_h21_12_an_open_17b_after_a_dismissal_is_offered_not_hidden():
    client = dismissed_wobbler()
    found = {d.remedy: d.status for d in screened(client).results}
    assert found["pc17b"] == "eligible"
    for lang in ("en", "es"):
        (entry,) = entries(client, lang, "record")
        assert entry.state == "dismissed"
        assert [o.remedy for o in entry.options if o.status == "eligible"] == ["pc17b"]
        assert not any(o.remedy == "granted" for o in entry.options)
    texts = [task.text for task in tasks(client, "en")]
    assert not any(t.startswith("Nothing for now") for t in texts)
    assert "Go to the court hearing if the court sets one. The clinic will tell you the date." in texts
    # The gun note beside it says what the card now offers.
    assert any("Making it a misdemeanor (PC 17(b)) can end the California ban." in t for t in effects(client, "en"))


# ---- H21-20: an attempt's offense is written in lower case inside the phrase -------------------


def test_h21_20_an_attempt_reads_as_one_phrase():
    from clinic_app.handouts import load_texts
    from clinic_app.handouts.compose import offense_title

    robbery = Conviction(id="A1", code="PC", section="664/211", level="felony")
    assert offense_title(robbery, load_texts("en")) == "Attempted robbery"
    assert offense_title(robbery, load_texts("es")) == "Tentativa de robo con violencia o intimidación"
    assert offense_title(Conviction(id="A2", code="PC", section="211", level="felony"), load_texts("en")) == "Robbery"


# ---- H21-21: a non-citizen's first task is the immigration lawyer ------------------------------


def test_h21_21_the_immigration_lawyer_comes_before_anything_is_filed():
    conv = Conviction(id="A1", code="HS", section="11377(a)", level="misdemeanor", conviction_date=date(2009, 1, 1))
    client = Client(name="Nguyen Van Ba", person=person(us_citizen=False),
                    cases=[probation_case("A", conv, date(2009, 1, 1), date(2010, 1, 1), kind="summary")])
    english = [task.text for task in tasks(client, "en")]
    assert english[0] == "Talk to an immigration lawyer before you file anything."
    assert "Go to the court hearing if the court sets one. The clinic will tell you the date." in english[1:]
    assert [task.text for task in tasks(client, "es")][0] == (
        "Hable con un abogado de inmigración antes de presentar cualquier papel.")


# ---- H21-22: the jury note names every felony supervision (CCP 203(a)(10)) -------------------


def test_h21_22_the_jury_note_does_not_leave_out_prcs_or_mandatory_supervision():
    conv = Conviction(id="A1", code="VC", section="10851(a)", level="felony", conviction_date=date(2023, 1, 1))
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="county_jail_1170h", judgment_date=date(2023, 1, 1), completed=False,
        custody=Custody(split=True, release_date=date(2024, 1, 1), supervision="mandatory_supervision")))
    client = Client(name="Priya Nair", person=person(us_citizen=True), cases=[case])
    for lang, words in (("en", "on felony probation, parole or other supervision after release"),
                        ("es", "en libertad bajo palabra (parole) u otra supervisión después de salir")):  # S37-06
        jury = next(g for g in handout(client, lang).section("say").blocks if g.key == "jury")
        (line,) = [line for line in jury.lines if line.column == "not_cleared"]
        assert words in line.note


def test_h21_07_no_waiting_time_is_promised_once_the_own_sentence_is_done():
    # Parole ended in 2016, so PC 1203.41's two years and the felony path's four have run; only
    # an open case stands in the way (the engine: "relief here would be automatic now").
    conv = Conviction(id="A1", code="HS", section="11378", level="felony", conviction_date=date(2012, 5, 1))
    case = Case(id="A", convictions=[conv], sentence=Sentence(
        type="state_prison", judgment_date=date(2012, 5, 1), completed=True,
        custody=Custody(release_date=date(2014, 5, 1), supervision="parole", supervision_end=date(2016, 5, 1))))
    client = Client(name="Óscar Luna", person=person(us_citizen=True, pending_charges=True), cases=[case])
    found = {d.remedy: (d.status, d.date) for d in screened(client).results}
    assert found["pc1203_41"] == found["pc1203_425"] == ("blocked", None)
    (entry,) = entries(client, "en", "record")
    text = {o.remedy: o.text for o in entry.options}
    assert text["pc1203_41"] == ("This has to wait until that changes. "
                                 "Then come back to the clinic.")
    assert text["pc1203_425"] == ("This has to wait until that changes. After that, "
                                  "the DOJ may do it on its own. No papers are needed.")


# ---- H21-16: a conviction sealed under PC 1203.45 is deemed not to have occurred ----------


def sealed_as_minor(us_citizen: bool = True) -> Client:
    """A misdemeanor committed at 17, dismissed and then sealed under PC 1203.45."""
    conv = Conviction(id="S1", code="PC", section="488", level="misdemeanor", conviction_date=date(2012, 5, 1),
                      relief_granted=[ReliefGranted(remedy="pc1203_4", date=date(2015, 3, 1)),
                                      ReliefGranted(remedy="pc1203_45", date=date(2016, 3, 1))])
    case = probation_case("S", conv, date(2012, 5, 1), date(2013, 5, 1), kind="summary")
    return Client(name="Lucía Pérez", person=Person(dob=date(1994, 6, 1), us_citizen=us_citizen), cases=[case])


def test_h21_16_a_sealed_conviction_is_answered_as_never_having_happened():
    for lang in ("en", "es"):
        h = handout(sealed_as_minor(us_citizen=False), lang)
        texts = load_texts(lang)
        (card,) = [b for s in h.sections if s.key == "record" for b in s.blocks]
        assert card.column == "sealed"
        assert card.where == texts["state"]["sealed_conviction_on"].format(date=format_date(date(2016, 3, 1), texts))
        assert "1203.45" in card.where
        lines = {g.key: g.lines for g in h.section("say").blocks}
        said = " ".join(f"{line.say} {line.note}" for key in lines for line in lines[key])
        assert "1203.4." not in said and "1203.4»" not in said  # no "dismissed under Penal Code 1203.4"
        for key in ("license", "public_office", "lottery", "private_job", "housing"):
            (line,) = lines[key]
            assert line.column == "sealed" and line.say == texts["situations"][key]["sealed"]["say"]
            assert "1203.45" in line.cite
        # Only what ca-rules.md names still asks: peace-officer forms (4.4), the SF-86 (4.9)
        # and immigration forms (4.8).
        for key in ("peace_officer", "security_clearance", "immigration"):
            (line,) = lines[key]
            assert line.say == texts["situations"][key]["sealed"]["say"]
        notes = [n.text for n in h.section("effects").blocks]
        assert texts["effects"]["sealed_conviction"]["text"] in notes
        assert texts["effects"]["not_erased"]["text"] not in notes
        assert texts["effects"]["prior"]["text"] not in notes


def test_h21_16_a_sealed_conviction_that_may_ban_guns_is_told_not_to_hold_one():
    """ca-rules.md does not say whether PC 1203.45 lifts a gun ban: the careful answer."""
    client = sealed_as_minor()
    conv = client.cases[0].convictions[0]
    conv.section = "243(e)(1)"  # battery on a partner: the federal domestic-violence ban
    for lang in ("en", "es"):
        texts = load_texts(lang)["situations"]["firearm"]
        (line,) = next(g for g in handout(client, lang).section("say").blocks if g.key == "firearm").lines
        assert line.column == "sealed" and line.say == texts["not_cleared"]["say"]
    conv.section = "488"  # petty theft: no ban, the words every such conviction gets
    (line,) = next(g for g in handout(client, "en").section("say").blocks if g.key == "firearm").lines
    assert line.say == load_texts("en")["situations"]["firearm"]["no_ban"]["say"]


def test_h21_16_a_dismissed_conviction_beside_a_sealed_one_keeps_the_dismissal_answers():
    dismissed = Conviction(id="D1", code="PC", section="484", level="misdemeanor", conviction_date=date(2018, 5, 1),
                           relief_granted=[ReliefGranted(remedy="pc1203_4", date=date(2020, 3, 1))])
    client = sealed_as_minor()
    client = Client(name=client.name, person=client.person, cases=[
        *client.cases, probation_case("D", dismissed, date(2018, 5, 1), date(2019, 5, 1), kind="summary")])
    h = handout(client, "en")
    license_ = next(g for g in h.section("say").blocks if g.key == "license")
    assert [line.column for line in license_.lines] == ["dismissed", "sealed"]
    assert load_texts("en")["effects"]["not_erased"]["text"] in [n.text for n in h.section("effects").blocks]


# ---- H21-41: a reduced conviction that still bans guns is not told "Ask a lawyer" alone --


def test_h21_41_a_reduced_conviction_that_still_bans_guns_says_do_not_hold_one():
    dv = Conviction(id="V1", code="PC", section="273.5", level="felony", conviction_date=date(2020, 3, 1),
                    relief_granted=[ReliefGranted(remedy="pc17b", date=date(2022, 1, 1))])
    burglary = Conviction(id="B1", code="PC", section="459", level="felony", conviction_date=date(2012, 3, 1),
                          relief_granted=[ReliefGranted(remedy="pc17b", date=date(2014, 1, 1))])
    with_ban = Client(name="Rosa Ibarra", person=person(us_citizen=True),
                      cases=[probation_case("V", dv, date(2020, 3, 1), date(2022, 3, 1))])
    without = Client(name="Rosa Ibarra", person=person(us_citizen=True),
                     cases=[probation_case("B", burglary, date(2012, 3, 1), date(2013, 3, 1))])
    for lang in ("en", "es"):
        texts = load_texts(lang)["situations"]["firearm"]
        assert firearm_line(with_ban, lang).say == texts["reduced_ban"]["say"] == texts["not_cleared"]["say"]
        # A reduced burglary bans no guns: the words stay as they were.
        assert firearm_line(without, lang).say == texts["reduced"]["say"]


def firearm_line(client: Client, lang: str):
    """The "Buying or owning a gun" line for the conviction made a misdemeanor."""
    lines = next(g for g in handout(client, lang).section("say").blocks if g.key == "firearm").lines
    (line,) = [line for line in lines if line.column == "reduced"]
    return line


# ---- H21-45: an arrest with two counts of one section names it once ----------------------


def test_h21_45_an_arrest_names_each_offense_once():
    counts = [ArrestOffense(section="23152(b)", code="VC", level="misdemeanor"),
              ArrestOffense(section="23152(b)", code="VC", level="misdemeanor"),
              ArrestOffense(section="23152(a)", code="VC", level="misdemeanor")]
    case = Case(id="A", outcome="dismissed", arrest_date=date(2005, 3, 1), disposition_date=date(2005, 9, 1),
                arrest_level="misdemeanor", arrest_offenses=counts)
    client = Client(name="Olivia Reyes", person=person(us_citizen=True), cases=[case])
    for lang in ("en", "es"):
        (arrest,) = entries(client, lang, "arrests")
        b = offense_title(Conviction(id="", section="23152(b)", code="VC"), load_texts(lang))
        assert b and arrest.title.count(b) == 1
        assert arrest.detail.endswith(" · VC 23152(b) · VC 23152(a)")


# ---- H21-46: money owed in two cases is told in full -------------------------------------


def test_h21_46_fines_and_restitution_owed_in_two_cases_are_added_up():
    def owing(case_id: str, section: str) -> Case:
        conv = Conviction(id=f"{case_id}1", code="PC", section=section, level="misdemeanor",
                          conviction_date=date(2019, 5, 1))
        case = probation_case(case_id, conv, date(2019, 5, 1), date(2020, 5, 1), kind="summary")
        case.money = Money(fines_ordered=300, fines_paid=200, restitution_ordered=500, restitution_paid=450)
        return case

    client = Client(name="Nora Vidal", person=person(us_citizen=True), cases=[owing("A", "488"), owing("B", "602")])
    for lang in ("en", "es"):
        t = load_texts(lang)["tasks"]
        texts = [task.text for task in tasks(client, lang)]
        # $100 in each case: the total, then each case with its own (H36-02), never one alone
        (fines,) = [x for x in texts if x.startswith(t["pay_fines_cases"].format(amount="200", cases=""))]
        assert [line.endswith(": " + t["amount"].format(amount="100")) for line in fines.split("\n")[1:]] == [True, True]
        # The restitution's total too, then each case's own (T122-03)
        (restitution,) = [x for x in texts if x.startswith(t["restitution_owed"].format(amount="100"))]
        assert [line.endswith(": " + t["amount"].format(amount="50")) for line in restitution.split("\n")[1:]] == [True, True]
        assert not any(t["pay_fines"].format(amount="100") == x for x in texts)


# ---- H21-13: a bar, then summary probation elsewhere: no DOJ date beside the later bar -----


def test_h21_13_automatic_relief_after_a_bar_followed_by_summary_probation_names_no_doj_date():
    # Case A's probation path is open; formal probation in B ends 2027-06-01, then summary
    # probation in C runs to 2028-01-01 (whether it stops automatic relief is open, ca-rules 2.1).
    done = probation_case("A", Conviction(id="A1", section="484(a)/488", conviction_date=date(2022, 3, 1)),
                          date(2022, 3, 1), date(2023, 3, 1), kind="summary")
    formal = probation_case("B", Conviction(id="B1", section="459", level="felony", conviction_date=date(2025, 6, 1)),
                            date(2025, 6, 1), date(2027, 6, 1), status="active")
    summary = probation_case("C", Conviction(id="C1", section="415(1)", conviction_date=date(2026, 6, 1)),
                             date(2026, 6, 1), date(2028, 1, 1), status="active", kind="summary")
    client = Client(name="Ana Lopez", person=person(us_citizen=True), cases=[done, formal, summary])
    automatic = next(d for d in screened(client).results if d.case == "A" and d.remedy == "pc1203_425")
    assert (automatic.status, automatic.date) == ("needs_review", None)
    assert any("summary probation in case C (PC 415(1), convicted 2026-06-01, Los Angeles County) runs through 2028-01-01" in r.text for r in automatic.reasons)
    entry = next(e for e in entries(client, "en", "record") if e.case == "A")
    # "The DOJ may do it on its own after June 2, 2027" had stood beside a headline naming
    # the probation to 2028; now a lawyer checks it, and no card line names that day.
    # The grant ending last named (B118-04): "your probation must end" on case A's card, its
    # own probation over in 2023, read as A's (Z80-02).
    assert entry.where == ("Not cleared yet. Something must change first: your probation for “Disturbing the peace by "
                           "fighting or challenging to fight” must end (it ends on January 1, 2028).")
    assert not any("June 2, 2027" in o.text or "on its own after" in o.text for o in entry.options)
    assert entry.options[-1].text == "A clinic lawyer will also check whether you qualify for automatic relief."


# ---- O22-02: a condition finished after the handout's day is still a task on it ------------


def test_o22_02_a_condition_completed_after_the_handouts_day_is_still_to_finish():
    conv = Conviction(id="A1", code="PC", section="242", level="misdemeanor", conviction_date=date(2025, 6, 1))
    case = probation_case("A", conv, date(2025, 6, 1), date(2027, 6, 1), status="active", kind="summary")
    case.conditions = [Condition("class", "Anger management", required=12, done=12, completed_on=date(2027, 1, 5))]
    client = Client(name="Rosa Diaz", person=person(us_citizen=True), cases=[case])
    texts = [task.text for task in tasks(client, "en")]
    assert any("Anger management" in text for text in texts), texts
    later = compose(client, screened(client, date(2027, 1, 6)), CLINIC, lang="en")
    assert not any("Anger management" in task.text for task in later.section("checklist").blocks)


# ---- O22-09: a payment made after the handout's day is still owed on it -------------------


def test_o22_09_a_fine_paid_after_the_handouts_day_is_still_to_pay_on_it():
    conv = Conviction(id="A1", code="PC", section="415(1)", level="misdemeanor", conviction_date=date(2025, 2, 10))
    case = Case(id="A", convictions=[conv], sentence=Sentence(type="no_probation", judgment_date=date(2025, 2, 10)),
                money=Money(fines_ordered=400, fines_paid=0))
    case.money.record_payment(Payment("fine", date(2026, 12, 1), 400))
    client = Client(name="Rosa Diaz", person=person(us_citizen=True), cases=[case])
    texts = [task.text for task in tasks(client, "en")]  # as of 2026-11-15
    assert any("$400" in text for text in texts), texts
    later = compose(client, screened(client, date(2026, 12, 1)), CLINIC, lang="en")
    assert not any("$400" in task.text for task in later.section("checklist").blocks)
