"""What a handout says for each kind of record, checked on the composed data (no PDF).

The clients are screened by the real engine; each scenario first checks that the
screening really has the status it is named for.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from handout_clients import AS_OF, CLINIC, SCENARIOS, screened

from clinic_app.handouts import ClinicInfo, compose, load_texts
from clinic_app.handouts.document import Guidance, RecordEntry, Task
from clinic_app.model import (Case, Client, Condition, Conviction, Custody, Money, Person, Probation, ReliefGranted, Sentence,
                               Violation)


def entries(handout) -> list[RecordEntry]:
    return [b for s in handout.sections for b in s.blocks if isinstance(b, RecordEntry)]


def guidance(handout) -> dict[str, Guidance]:
    section = handout.section("say")
    return {g.key: g for g in section.blocks} if section else {}


def build(key: str, lang: str = "en", **kw):
    client = SCENARIOS[key][0](lang)
    screening = screened(client)
    return client, screening, compose(client, screening, CLINIC, lang=lang, **kw)


@pytest.mark.parametrize("key", [k for k, (_, state) in SCENARIOS.items() if state])
def test_first_conviction_state_matches_the_screening(key):
    """The headline of the first conviction is the state the scenario is built for."""
    client, screening, handout = build(key)
    assert entries(handout)[0].state == SCENARIOS[key][1]


def test_eligible_now_says_the_clinic_files_and_the_doj_may_act():
    _, screening, handout = build("eligible_now")
    assert {(d.remedy, d.status) for d in screening.results} >= {("pc1203_4", "eligible"),
                                                                ("pc1203_425", "eligible")}
    entry = entries(handout)[0]
    assert entry.title == "Petty theft"
    assert "PC 484(a)/488" in entry.detail and "2015" in entry.detail
    by_remedy = {o.remedy: o for o in entry.options}
    assert by_remedy["pc1203_4"].who == "The clinic"
    assert "judge must grant it" in by_remedy["pc1203_4"].text
    assert by_remedy["pc1203_425"].who.startswith("Automatic")
    assert "PC 1203.4" in by_remedy["pc1203_4"].cite


def test_eligible_on_gives_the_date_in_words_and_a_dated_task():
    _, screening, handout = build("eligible_on")
    first = min(d.date for d in screening.results if d.status == "eligible_on")
    entry = entries(handout)[0]
    assert "June 2, 2027" in entry.where and first == date(2027, 6, 2)
    tasks = [b for b in handout.section("checklist").blocks if isinstance(b, Task)]
    assert any(t.due == first and "Come back" in t.text for t in tasks)


def test_blocked_names_the_probation_and_its_end():
    client, _, handout = build("blocked")
    vandalism = entries(handout)[0]
    assert vandalism.state == "blocked"
    # The other case's probation, named as its card is titled (Z80-02).
    assert "probation for “Driving with a blood alcohol of 0.08% or more (DUI)” must end" in vandalism.where and "May 20, 2028" in vandalism.where
    tasks = [b for b in handout.section("checklist").blocks if isinstance(b, Task)]
    texts = " | ".join(t.text for t in tasks)
    # The day under "By when", not in the words too (H93-01).
    assert any(t.text == "Finish probation." and t.due_text == "May 20, 2028" for t in tasks)
    assert "Finish “First-offender DUI program” (as written in your papers). You have 18 of 30 left to do." in texts
    assert "$600" in texts and "$1,200" in texts  # restitution 800-200, fines 1800-600
    # What can be done now (the fines) first, then the dated tasks in date order (H21-42).
    dated = [t.due for t in tasks if t.due]
    assert dated == sorted(dated) and tasks[0].due is None and "$1,200" in tasks[0].text


def test_excluded_offense_says_no_relief_and_registration_continues():
    _, screening, handout = build("excluded")
    assert {d.status for d in screening.results if d.remedy == "pc1203_4"} == {"not_eligible"}
    entry = entries(handout)[0]
    assert entry.state == "not_available" and entry.column == "not_cleared"
    effects = [n.text for n in handout.section("effects").blocks]
    assert any("keep registering" in t for t in effects)
    assert any("no guns for life" in t for t in effects)


def test_the_felony_gun_line_offers_17b_only_where_every_felony_may_be_reduced():
    """A 288(a) (a straight felony) keeps the gun ban whatever is done: the handout does not
    tell that client a reduction can lift it; a wobbler on felony probation may be reduced."""
    def gun_line(client, lang="en"):
        handout = compose(client, screened(client), CLINIC, lang=lang)
        return next(n for n in handout.section("effects").blocks if "guns for life" in n.text or "armas nunca" in n.text)

    stays = gun_line(SCENARIOS["excluded"][0]())
    assert "17(b)" not in stays.text and "pardon" in stays.text and "PC 4854" in stays.cite
    # The pardon is the convicting state's governor's: an out-of-state felony reads this too.
    assert "pardon from the governor of the state that convicted you" in stays.text
    assert "perdón del gobernador del estado donde recibió la condena" in gun_line(SCENARIOS["excluded"][0]("es"), "es").text
    wobbler = Client(name="Ana Ruiz", person=Person(dob=date(1990, 1, 1)), cases=[Case(
        id="A", convictions=[Conviction(id="A1", section="459/460(b)", level="felony", wobbler=True, conviction_date=date(2015, 3, 2))],
        sentence=Sentence(type="probation", judgment_date=date(2015, 3, 2), imposition_suspended=True,
                          probation=Probation(kind="formal", start=date(2015, 3, 2), end=date(2018, 3, 2), status="completed")))])
    assert "pc17b" in {d.remedy for d in screened(wobbler).results if d.conviction == "A1" and d.status == "eligible"}
    assert "Making it a misdemeanor (PC 17(b)) can" in gun_line(wobbler).text
    # One felony that cannot be reduced keeps the ban, whatever the wobbler's reduction does.
    both = Client(name="Ana Ruiz", person=wobbler.person, cases=[*wobbler.cases, *SCENARIOS["excluded"][0]().cases[:1]])
    both.cases[1] = replace(both.cases[1], id="B", convictions=[replace(both.cases[1].convictions[0], id="B1")])
    assert "17(b)" not in gun_line(both).text


def test_needs_review_points_to_a_clinic_lawyer():
    _, _, handout = build("needs_review")
    options = entries(handout)[0].options
    review = [o for o in options if o.status == "needs_review"]
    assert review and all(o.who == "A clinic lawyer" for o in review)


def test_dismissed_and_reduced_use_their_own_disclosure_columns():
    _, _, handout = build("dismissed")
    burglary, drugs = entries(handout)
    assert (burglary.state, burglary.column) == ("dismissed", "dismissed")
    assert "January 10, 2020" in burglary.where
    assert (drugs.state, drugs.column) == ("reduced", "reduced")
    assert not any(o.remedy in ("pc17b", "prop47") for o in drugs.options)  # already reduced
    job = guidance(handout)["private_job"]
    columns = [line.column for line in job.lines]
    # The drug conviction may still be dismissed: one "now or later" line, not the same answer twice.
    assert columns == ["dismissed", "reduced"]
    dismissed = next(line for line in job.lines if line.column == "dismissed")
    # Two convictions on that line, the dismissed burglary and the drugs: in the plural (W26-06).
    assert dismissed.label == "For convictions that are dismissed, now or later"
    assert dismissed.say == "“No.”" and "432.7" in dismissed.cite


def test_not_cleared_client_gets_fair_chance_rules_and_after_dismissal_lines():
    _, _, handout = build("eligible_now")
    job = guidance(handout)["private_job"]
    assert "before they offer you the job" in job.intro.text and "12952" in job.intro.cite
    assert [line.column for line in job.lines] == ["not_cleared", "after_dismissal"]
    assert set(guidance(handout)) == {"private_job", "government_job", "license", "public_office", "lottery",
                                      "peace_officer", "security_clearance", "firearm", "jury",
                                      "housing"}


def test_public_office_says_a_dismissal_must_still_be_told():
    # Hand-out check H19-04: PC 1203.4(a)(1) names public office, but no row said so.
    _, _, handout = build("dismissed")
    office = guidance(handout)["public_office"]
    dismissed = next(line for line in office.lines if line.column == "dismissed")
    assert "must still tell" in dismissed.note and "PC 1203.4(a)(1)" in dismissed.cite
    _, _, spanish = build("dismissed", "es")
    assert guidance(spanish)["public_office"].title.startswith("Al presentarse a un cargo público")


def test_immigration_guidance_only_for_non_citizens():
    _, _, citizen = build("eligible_now")
    _, _, other = build("non_citizen", lang="en")
    assert "immigration" not in guidance(citizen)
    assert "immigration" in guidance(other)
    # Page 1's line, above the first card, and not again among the effects (I165-03).
    assert "immigration lawyer" in other.first_step
    assert not any("immigration lawyer" in n.text for n in other.section("effects").blocks)


def test_arrest_only_gets_arrest_guidance_and_sealing():
    _, _, handout = build("arrest_only")
    assert handout.section("record") is None
    entry = handout.section("arrests").blocks[0]
    assert entry.title == "Arrest: Public intoxication" and "PC 647(f)" in entry.detail
    assert entry.column == "arrest_not_sealed" and "seal" in entry.where
    assert {line.column for g in guidance(handout).values() for line in g.lines} == {"arrest_not_sealed"}


def test_no_cases_gives_a_short_sensible_handout():
    _, _, handout = build("no_cases")
    keys = [s.key for s in handout.sections]
    assert keys == ["checklist", "empty"]  # what to do first, as the title says (A65-03)
    # No case entered: not "did not find any convictions", nor "Nothing for now" (D64-03).
    assert handout.section("empty").blocks[0].text.startswith("No convictions or arrests are entered for you yet")
    assert handout.section("checklist").blocks[0].text.startswith("Ask the clinic to check your record")


def test_spanish_handout_is_in_spanish():
    _, _, handout = build("non_citizen", lang="es")
    assert handout.lang_tag == "es-US"
    assert handout.title == "Su récord: qué cambió y qué puede decir"
    assert entries(handout)[0].title == "Manejar bajo los efectos del alcohol (DUI)"
    assert "15 de noviembre de 2026" in handout.date_line
    assert guidance(handout)["immigration"].title.startswith("Formularios de inmigración")


def test_handout_shows_no_date_of_birth_or_case_number():
    client, _, handout = build("eligible_now")
    text = handout.all_text()
    assert client.cases[0].case_number not in text
    assert "1984" not in text and "June 9" not in text


def test_missing_clinic_details_fall_back_to_a_default_name():
    client = SCENARIOS["eligible_now"][0]("en")
    handout = compose(client, screened(client), ClinicInfo(), as_of=AS_OF)
    assert handout.author == "Record clearance clinic"
    assert handout.contact_lines == ("Record clearance clinic",)
    partial = compose(client, screened(client), ClinicInfo(name="Eastside", phone="(213) 555-0142"))
    assert partial.contact_lines == ("Eastside", "Phone: (213) 555-0142")


def test_a_client_without_a_name_is_a_clear_error():
    client = SCENARIOS["eligible_now"][0]("en")
    client.name = "   "
    with pytest.raises(ValueError, match="name"):
        compose(client, screened(client), CLINIC)


def test_as_of_defaults_to_the_screening_date():
    client = SCENARIOS["eligible_now"][0]("en")
    handout = compose(client, screened(client), CLINIC)
    assert handout.as_of == AS_OF and "November 15, 2026" in handout.date_line


def test_every_demo_client_composes(demo_pairs):
    """The real engine's output for a demo caseload: every client gets a handout."""
    for client, screening in demo_pairs:
        handout = compose(client, screening, CLINIC)
        assert handout.client_name == client.name.strip()
        assert handout.section("checklist").blocks


@pytest.fixture(scope="module")
def demo_pairs():
    from clinic_app.demo import DEMO_AS_OF, generate_clients
    from clinic_app.eligibility import screen

    return [(c, screen(c.person, c.cases, DEMO_AS_OF)) for c in generate_clients(150, seed=7)]


def test_an_open_case_only_says_to_see_a_lawyer_and_has_no_empty_sections():
    from clinic_app.model import ArrestOffense, Case, Client, Person

    client = Client(name="Luis Ríos", person=Person(pending_charges=True),
                    cases=[Case(id="A", outcome="pending", arrest_date=date(2026, 9, 1),
                                arrest_offenses=[ArrestOffense(section="459")])])
    handout = compose(client, screened(client), CLINIC)
    entry = handout.section("open_cases").blocks[0]
    assert entry.state == "pending" and "Talk to a lawyer" in entry.where
    assert all(section.blocks for section in handout.sections)
    assert handout.section("say") is None


def test_an_unscreened_record_is_a_clear_error_but_an_empty_one_is_not():
    client = SCENARIOS["eligible_now"][0]("en")
    with pytest.raises(ValueError, match="Screen the client"):
        compose(client, None, CLINIC, as_of=AS_OF)
    empty = SCENARIOS["no_cases"][0]("es")
    assert compose(empty, None, CLINIC, as_of=AS_OF).section("empty") is not None


def test_a_marijuana_felony_prop_64_may_change_is_sent_to_a_lawyer_about_guns():
    """Review finding: a client whose Prop 64 redesignation is open was told only a pardon
    could give the right back (ca-rules.md 3.9 [L]: whether it does is for a lawyer)."""
    sale = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1)), cases=[Case(
        id="A", convictions=[Conviction(id="A1", code="HS", section="11359", level="felony", conviction_date=date(2012, 3, 2), offense_date=date(2011, 12, 1))],
        sentence=Sentence(type="state_prison", judgment_date=date(2012, 3, 2), custody=Custody(release_date=date(2013, 3, 2), supervision="none")))])
    s = screened(sale)
    assert {d.status for d in s.results if d.remedy == "prop64"} & {"eligible", "eligible_on", "needs_review"}
    for lang, words in (("en", "changing your marijuana felony under Prop 64"), ("es", "Proposición 64 le devolvería")):
        handout = compose(sale, s, CLINIC, lang=lang)
        line = next(n for n in handout.section("effects").blocks if "guns for life" in n.text or "armas nunca" in n.text)
        assert words in line.text and "pardon" not in line.text and "HS 11361.8" in line.cite


def test_a_marijuana_felony_beside_another_felony_is_not_told_prop_64_alone_may_give_guns_back():
    sale = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1)), cases=[Case(
        id="A", convictions=[Conviction(id="A1", code="HS", section="11359", level="felony", conviction_date=date(2012, 3, 2), offense_date=date(2011, 12, 1))],
        sentence=Sentence(type="state_prison", judgment_date=date(2012, 3, 2), custody=Custody(release_date=date(2013, 3, 2), supervision="none")))])
    burglary = _one_count("459/460(b)", "felony", date(2016, 6, 1), wobbler=True).cases[0]
    burglary.id, burglary.convictions[0].id = "B", "B1"
    sale.cases.append(burglary)
    s = screened(sale)
    assert [d.status for d in s.results if (d.case, d.remedy) == ("B", "pc17b")] == ["eligible"]
    line = next(n for n in compose(sale, s, CLINIC).section("effects").blocks if "guns for life" in n.text)
    assert "Prop 64" not in line.text and "pardon" in line.text


def _one_count(section: str, level: str, convicted: date, **conv) -> Client:
    return Client(name="Dee Vee", person=Person(dob=date(1990, 1, 1)), cases=[Case(
        id="A", convictions=[Conviction(id="A1", section=section, level=level, conviction_date=convicted, **conv)],
        sentence=Sentence(type="probation", judgment_date=convicted, imposition_suspended=True,
                          probation=Probation(kind="formal" if level == "felony" else "summary", start=convicted,
                                              end=date(convicted.year + 3, convicted.month, convicted.day), status="completed")))])


def _effects_text(client: Client, lang: str = "en") -> list[str]:
    return [n.text for n in compose(client, screened(client), CLINIC, lang=lang).section("effects").blocks]


def test_a_felony_273_5_since_2019_is_not_told_a_reduction_gives_guns_back():
    # Hand-out check H19-01: "Making it a misdemeanor (PC 17(b)) can" was printed for a felony
    # PC 273.5 convicted in 2020, which as a misdemeanor bans guns for life (PC 29805(b)).
    client = _one_count("273.5", "felony", date(2020, 6, 1), wobbler=True)
    assert "pc17b" in {d.remedy for d in screened(client).results if d.status == "eligible"}
    (line,) = [t for t in _effects_text(client) if "guns for life" in t and "felony" in t]
    assert "does not change it either" in line and "can end" not in line
    assert any("tampoco" in t and "273.5" in t for t in _effects_text(client, "es"))
    # Before 2019 the misdemeanor ban is ten years, and the federal DV ban: said, not "can".
    older = _one_count("273.5", "felony", date(2016, 6, 1), wobbler=True)
    (line,) = [t for t in _effects_text(older) if "guns for life" in t and "felony" in t]
    assert "10 years" in line and "federal" in line
    # A wobbler off the gun lists keeps the plain line, which now leaves federal law to a lawyer.
    burglary = _one_count("459/460(b)", "felony", date(2016, 6, 1), wobbler=True)
    (line,) = [t for t in _effects_text(burglary) if "guns for life" in t]
    assert "can end the California ban" in line and "federal law" in line


def test_domestic_violence_and_listed_misdemeanors_say_their_gun_bans():
    # Hand-out check H19-02: a DV misdemeanor's 10-year state ban and federal lifetime ban
    # were not told; only "if you could not have a gun before, you still cannot".
    battery = _one_count("243(e)(1)", "misdemeanor", date(2022, 3, 1))
    texts = _effects_text(battery)
    assert "Under California law, your conviction means no guns until March 2, 2032, 10 years after the conviction. A dismissal does not make this shorter." in texts
    assert any(t.startswith("Federal law bans guns for life after a domestic violence conviction") for t in texts)
    assert any("hasta el 2 de marzo de 2032" in t for t in _effects_text(battery, "es"))
    assert any("Your PC 273.5 domestic violence conviction means no guns for life" in t
               for t in _effects_text(_one_count("273.5", "misdemeanor", date(2020, 6, 1))))
    simple = _effects_text(_one_count("242", "misdemeanor", date(2022, 3, 1)))
    assert any(t.startswith("If the victim was your spouse, partner or family member, federal law bans guns for life") for t in simple)
    long_ago = _effects_text(_one_count("242", "misdemeanor", date(2010, 3, 1)))
    assert not any("no guns until" in t for t in long_ago)  # the ten years have run
    assert not any("guns until" in t or "Federal law" in t for t in _effects_text(_one_count("484", "misdemeanor", date(2022, 3, 1))))


def test_d179_01_a_ten_year_gun_date_beside_the_federal_ban_for_life_is_said_to_be_californias():
    """A client with a 2017 PC 273.5(a) and a 2020 PC 243(e)(1) read "Your convictions mean no
    guns until August 21, 2030", then "Federal law bans guns for life": the date read as the day
    guns come back.  Beside the federal ban it is California's; a ban with no federal one keeps
    its plain words."""
    both = _two_counts(_one_count("273.5(a)", "misdemeanor", date(2017, 5, 10)),
                       _one_count("243(e)(1)", "misdemeanor", date(2020, 8, 20)))
    texts = _effects_text(both)
    state = texts.index("Under California law, your convictions mean no guns until August 21, 2030, 10 years after"
                        " the last of them (“Battery on a spouse, partner or dating partner”, 2020). A dismissal"
                        " does not make this shorter.")
    assert texts[state + 1].startswith("Federal law bans guns for life")
    assert any(t.startswith("Según la ley de California, por sus condenas no puede tener armas hasta el 21 de agosto"
                            " de 2030") for t in _effects_text(both, "es"))
    threat = _effects_text(_one_count("422", "misdemeanor", date(2022, 3, 1)))
    assert "Your conviction means no guns until March 2, 2032, 10 years after the conviction. A dismissal does not make this shorter." in threat
    assert not any("federal law" in t.lower() and "life" in t for t in threat)


def test_d179_02_a_dismissal_left_to_the_judge_says_the_program_not_finished():
    """A client whose 52-week batterer's program stopped at week 38, her probation over, read
    "You qualify now ... The judge decides" and not what stood in the way: the screening leaves
    it to the judge because the program was not finished.  Finished, the card says nothing of it."""
    def dismissal(done: int, lang: str) -> str:
        client = _one_count("273.5(a)", "misdemeanor", date(2017, 5, 10))
        client.cases[0].conditions = [Condition(kind="program", label="52-week batterer's program", required=52, done=done)]
        (option,) = [o for e in entries(compose(client, screened(client), CLINIC, lang=lang)) for o in e.options
                     if o.remedy == "pc1203_4"]
        return option.text
    assert dismissal(38, "en").endswith("The judge decides. Bring proof of your good conduct, like letters, pay stubs"
                                         " or class papers. Your papers show that you did not finish “52-week batterer's"
                                         " program”: that is why it is up to the judge. If the court excused it, tell the clinic.")
    assert "Usted no terminó «52-week batterer's program» (así dice en sus papeles). Por eso depende del juez." in dismissal(38, "es")
    assert "did not finish" not in dismissal(52, "en") and "judge must grant it" in dismissal(52, "en")


def test_g182_01_a_condition_the_court_may_have_excused_is_asked_about_in_plain_words_and_in_its_number():
    """A Spanish-reading client read «Si el tribunal se lo dispensó»: «dispensar», a word of the
    courts, read as forgiving her; it asks whether the court told her she need not finish it.
    Two conditions unfinished read "If the court excused it" and «se lo dispensó», one of them."""
    def dismissal(conditions: list[Condition], lang: str) -> str:
        client = _one_count("273.5(a)", "misdemeanor", date(2017, 5, 10))
        client.cases[0].conditions = conditions
        (option,) = [o for e in entries(compose(client, screened(client), CLINIC, lang=lang)) for o in e.options
                     if o.remedy == "pc1203_4"]
        return option.text
    program = Condition(kind="program", label="52-week batterer's program", required=52, done=38)
    hours = Condition(kind="community_service", label="Community service", required=40, done=10)
    assert dismissal([program], "es").endswith(
        "Usted no terminó «52-week batterer's program» (así dice en sus papeles). Por eso depende del juez."
        " Si el tribunal le dijo que no tenía que terminarlo, dígaselo a la clínica.")
    assert dismissal([program, hours], "es").endswith(
        "no terminó «52-week batterer's program» y «Community service» (así dice en sus papeles). Por eso depende del juez."
        " Si el tribunal le dijo que no tenía que terminarlos, dígaselo a la clínica.")
    assert dismissal([program, hours], "en").endswith(
        "did not finish “52-week batterer's program” and “Community service”: that is why it is up to the judge."
        " If the court excused them, tell the clinic.")


def test_g182_02_a_condition_typed_in_english_is_said_on_the_spanish_card_as_written_in_the_papers():
    """«Sus papeles muestran que usted no terminó «52-week batterer's program»» put English in a
    Spanish sentence with nothing to say whose words they are, as H29-01 says every typed
    condition (the to-do list: «Termine «…» (así dice en sus papeles)»)."""
    client = _one_count("273.5(a)", "misdemeanor", date(2017, 5, 10))
    client.cases[0].conditions = [Condition(kind="program", label="52-week batterer's program", required=52, done=38),
                                  Condition(kind="community_service", label="Community service", required=40, done=10)]
    handout = compose(client, screened(client), CLINIC, lang="es")
    (option,) = [o for e in entries(handout) for o in e.options if o.remedy == "pc1203_4"]
    assert ("Usted no terminó «52-week batterer's program» y «Community service» (así dice en sus papeles)."
            " Por eso depende del juez. Si el tribunal le dijo que no tenía que terminarlos, dígaselo a la clínica.") in option.text
    assert any("«52-week batterer's program» (así dice en sus papeles)" in task.text for task in handout.section("checklist").blocks
               if isinstance(task, Task))


def _dismissal_option(client: Client, lang: str = "en") -> str:
    (option,) = [o for e in entries(compose(client, screened(client), CLINIC, lang=lang)) for o in e.options
                 if o.remedy == "pc1203_4"]
    return option.text


def test_r183_01_unpaid_restitution_is_not_said_to_be_why_the_judge_decides():
    """A client whose probation ended with a condition "Pay restitution to the victim in full"
    unpaid read on her card "you did not finish “Pay restitution ...”: that is why it is up to
    the judge", and on the same page "it does not stop a dismissal": since SB 1106 unpaid
    restitution is no unfulfilled condition (PC 1203.4(c)(3)(B), ca-rules.md 2.3).  Beside a
    program not finished, the program alone is named."""
    restitution = Condition(kind="other", label="Pay restitution to the victim in full")
    program = Condition(kind="program", label="52-week batterer's program", required=52, done=38)
    alone = _one_count("273.5(a)", "misdemeanor", date(2017, 5, 10))
    alone.cases[0].conditions, alone.cases[0].money = [restitution], Money(restitution_ordered=1500, restitution_paid=700)
    assert "did not finish" not in _dismissal_option(alone) and "no terminó" not in _dismissal_option(alone, "es")
    beside = _one_count("273.5(a)", "misdemeanor", date(2017, 5, 10))
    beside.cases[0].conditions, beside.cases[0].money = [program, restitution], alone.cases[0].money
    assert "you did not finish “52-week batterer's program”: that is why" in _dismissal_option(beside)


def test_r183_02_a_program_not_finished_is_not_said_to_be_why_where_a_violation_leaves_it_to_the_judge_too():
    """A client whose program stopped at week 38 and whose probation was revoked and reinstated
    read "you did not finish “52-week batterer's program”: that is why it is up to the judge. If
    the court excused it, tell the clinic.": the violation leaves the dismissal to the judge
    whatever the program (PC 1203.4(a)(1)), so an excused program changes nothing; so does a DUI."""
    client = _one_count("273.5(a)", "misdemeanor", date(2017, 5, 10))
    client.cases[0].conditions = [Condition(kind="program", label="52-week batterer's program", required=52, done=38)]
    client.cases[0].sentence.probation.violations = [Violation(date=date(2018, 1, 1), outcome="reinstated")]
    assert "The judge decides." in _dismissal_option(client)
    assert "did not finish" not in _dismissal_option(client) and "no terminó" not in _dismissal_option(client, "es")
    # A DUI is the judge's whatever its classes (VC 12810, PC 1203.4(c)(1)-(2)).
    dui = _one_count("23152(a)", "misdemeanor", date(2017, 5, 10), code="VC")
    dui.cases[0].conditions = [Condition(kind="class", label="DUI school (3-month)", required=12, done=4)]
    assert "The judge decides." in _dismissal_option(dui) and "did not finish" not in _dismissal_option(dui)
    # Fines unpaid, whether paying them was a condition not known (D179's client): the route
    # would then be a question, so the program is why it is the judge's now, and said.
    fines = _one_count("273.5(a)", "misdemeanor", date(2017, 5, 10))
    fines.cases[0].conditions, fines.cases[0].money = client.cases[0].conditions, Money(fines_ordered=500, fines_paid=200)
    assert "you did not finish “52-week batterer's program”: that is why" in _dismissal_option(fines)


def _two_counts(first: Client, second: Client) -> Client:
    case = second.cases[0]
    case.id, case.convictions[0].id = "B", "B1"
    first.cases.append(case)
    return first


def test_a_ten_year_gun_ban_over_several_convictions_is_said_in_the_plural_and_an_undated_one_is_not_dropped():
    """W26B-02: two PC 29805 misdemeanors were told "Your conviction means no guns until ..."
    (the later date, in the singular); and one with no conviction date beside a dated one was
    dropped, so the dated one's last day was given, too early a date for the undated one."""
    both = _two_counts(_one_count("242", "misdemeanor", date(2021, 3, 1)), _one_count("243(e)(1)", "misdemeanor", date(2022, 3, 1)))
    assert any(t.startswith("Under California law, your convictions mean no guns until March 2, 2032, 10 years after the last of them") for t in _effects_text(both))
    assert any(t.startswith("Según la ley de California, por sus condenas no puede tener armas hasta el 2 de marzo de 2032, 10 años después de la última") for t in _effects_text(both, "es"))
    undated = _two_counts(_one_count("242", "misdemeanor", date(2022, 3, 1)), _one_count("243(e)(1)", "misdemeanor", date(2022, 3, 1)))
    undated.cases[1].convictions[0].conviction_date = None
    texts = _effects_text(undated)
    assert "Under California law, your convictions mean no guns until at least March 2, 2032. One of them has no date in our records: no guns for 10 years after its date, too. A dismissal does not make this shorter." in texts
    assert not any(t.startswith("Under California law, your conviction means no guns until") for t in texts)
    assert any(t.startswith("Según la ley de California, por sus condenas no puede tener armas por lo menos hasta el 2 de marzo de 2032. Una de ellas no tiene fecha") for t in _effects_text(undated, "es"))


def test_m58_01_several_ten_year_gun_bans_name_the_last_conviction_the_date_runs_from():
    """Two PC 29805 misdemeanors were told "... 10 years after the last of them.", not which one
    that is; a client with several counts could not tell which conviction the date is counted
    from (G112 named it only where a single one bans).  It is named as its card names it."""
    both = _two_counts(_one_count("242", "misdemeanor", date(2021, 3, 1)), _one_count("243(e)(1)", "misdemeanor", date(2022, 3, 1)))
    assert ("Under California law, your convictions mean no guns until March 2, 2032, 10 years after the last of them"
            " (“Battery on a spouse, partner or dating partner”, 2022). A dismissal does not make this shorter.") in _effects_text(both)
    assert ("Según la ley de California, por sus condenas no puede tener armas hasta el 2 de marzo de 2032, 10 años después de la última"
            " («Agresión física a la pareja o expareja», 2022). La desestimación no acorta ese plazo.") in _effects_text(both, "es")
    same_day = _two_counts(_one_count("242", "misdemeanor", date(2022, 3, 1)), _one_count("243(e)(1)", "misdemeanor", date(2022, 3, 1)))
    assert ("Under California law, your convictions mean no guns until March 2, 2032, 10 years after the last of them."
            " A dismissal does not make this shorter.") in _effects_text(same_day)  # either is the last: neither named


def test_a_reduced_felony_is_not_told_it_can_serve_on_a_jury_without_the_custody_caveat():
    # Hand-out check H19-03: "You can serve" was printed while felony probation ran in another case.
    _client, _, handout = build("dismissed")
    line = next(line for line in guidance(handout)["jury"].lines if line.column == "reduced")
    assert "You can serve" not in line.say and "in any case, you cannot serve while you are in custody or on felony probation, parole or other supervision after release" in line.note


def test_a_late_prop_47_application_says_the_deadline_passed():
    # Hand-out check H19-06: after 2022-11-04 a Prop 47 application needs good cause, but the
    # handout said only "You qualify now".
    client = _one_count("11350(a)", "felony", date(2012, 7, 11), code="HS")
    screening = screened(client)
    (d,) = [d for d in screening.results if d.remedy == "prop47"]
    assert (d.status, d.mode) == ("eligible", "good_cause")
    for lang, words in (("en", "the deadline to ask has passed"), ("es", "el plazo para pedirlo ya venció")):
        (option,) = [o for e in entries(compose(client, screening, CLINIC, lang=lang)) for o in e.options if o.remedy == "prop47"]
        assert words in option.text and "You qualify now" not in option.text


@pytest.mark.parametrize("bar", [{"pending_charges": True}, {"on_supervision": "parole"}])
def test_blocked_automatic_relief_is_done_by_the_doj_once_the_problem_is_over(bar):
    # Seen in a demo handout: "Who does it: You" beside automatic relief (PC 1203.425) that
    # waits on parole or an open case, as if the client had to file for it.
    old = Case(id="A", convictions=[Conviction(id="A1", section="594(a)", conviction_date=date(2014, 2, 3))],
               sentence=Sentence(type="probation", judgment_date=date(2014, 2, 3), probation=Probation(
                   kind="summary", start=date(2014, 2, 3), end=date(2017, 2, 3), status="completed")))
    client = Client(name="Bo Blocked", person=Person(dob=date(1979, 10, 3), **bar), cases=[old])
    screening = screened(client)
    (d,) = [d for d in screening.results if d.remedy == "pc1203_425"]
    assert (d.status, d.date) == ("blocked", None)
    for lang, who, words in (("en", "Automatic", "the DOJ may do it on its own"),
                             ("es", "Automático", "el DOJ puede hacerlo por su cuenta")):
        (option,) = [o for e in entries(compose(client, screening, CLINIC, lang=lang)) for o in e.options
                     if o.remedy == "pc1203_425"]
        assert option.who.startswith(who) and words in option.text
        petition = [o for e in entries(compose(client, screening, CLINIC, lang=lang)) for o in e.options
                    if o.remedy == "pc1203_4"]
        assert [o.who for o in petition] == ([load_texts(lang)["who"]["come_back"]])  # a petition still waits on the client coming back (H36-01)


def test_the_cause_named_is_the_supervision_the_record_shows():
    # Hand-out check H20 (left from its 15): mandatory supervision running in a case, with the
    # client's own supervision field blank, was told "you must finish your sentence".
    old = Case(id="A", convictions=[Conviction(id="A1", section="594(a)", conviction_date=date(2014, 2, 3))],
               sentence=Sentence(type="probation", judgment_date=date(2014, 2, 3), probation=Probation(
                   kind="summary", start=date(2014, 2, 3), end=date(2017, 2, 3), status="completed")))
    jail = Case(id="B", convictions=[Conviction(id="B1", section="11378", code="HS", level="felony",
                                                conviction_date=date(2024, 1, 10))],
                sentence=Sentence(type="county_jail_1170h", judgment_date=date(2024, 1, 10), custody=Custody(
                    split=True, release_date=date(2025, 1, 10), supervision="mandatory_supervision",
                    supervision_end=date(2027, 1, 10))))
    client = Client(name="Mo Supervised", person=Person(dob=date(1980, 1, 1)), cases=[old, jail])
    screening = screened(client)
    assert [d.status for d in screening.results if (d.case, d.remedy) == ("A", "pc1203_4")] == ["blocked"]
    for lang, words in (("en", "your mandatory supervision must end"), ("es", "supervisión obligatoria")):
        (entry,) = [e for e in entries(compose(client, screening, CLINIC, lang=lang)) if e.case == "A"]
        assert words in entry.where, entry.where


def test_two_open_petitions_that_read_alike_keep_both_statutes():
    # Hand-out check H20 (left from its 15): public case S23, pre-realignment prison for HS 11378:
    # 1203.42 and 1203.41 both open read the same to a client, and the card kept one line with
    # PC 1203.41 only; ca-rules.md 3.4 says to offer both, so the attorney sees both statutes.
    case = Case(id="A", convictions=[Conviction(id="A1", section="11378", code="HS", level="felony", wobbler=False,
                                                conviction_date=date(2009, 3, 1))],
                sentence=Sentence(type="state_prison", judgment_date=date(2009, 3, 1), custody=Custody(
                    split=False, release_date=date(2010, 6, 1), supervision="parole", supervision_end=date(2011, 8, 1))))
    client = Client(name="S23 client", person=Person(ca_resident_since=date(2000, 1, 1)), cases=[case])
    screening = screened(client)
    assert {d.remedy for d in screening.results if d.status == "eligible"} >= {"pc1203_41", "pc1203_42"}
    (entry,) = entries(compose(client, screening, CLINIC))
    dismissal = [o for o in entry.options if o.name == "Dismissal (expungement)"]
    assert len(dismissal) == 1
    assert "PC 1203.41" in dismissal[0].cite and "PC 1203.42" in dismissal[0].cite


def _effect_cites(client: Client) -> set[str]:
    return {n.cite for n in compose(client, screened(client), CLINIC).section("effects").blocks}


def test_registration_dmv_and_probation_report_notes_only_where_the_record_may_touch_them():
    """Finding H21-18: a petty theft on probation was told that a dismissal does not end
    sex-offender registration and that a DUI still counts for the DMV."""
    petty = SCENARIOS["eligible_now"][0]("en")
    assert _effect_cites(petty) >= {"PC 1203.05"}
    assert not _effect_cites(petty) & {"PC 290.007", "VC 13555"}
    # A DUI on probation: the DMV note, still no registration note.
    dui = SCENARIOS["blocked"][0]("en")
    assert "VC 13555" in _effect_cites(dui) and "PC 290.007" not in _effect_cites(dui)
    # A registrable offense of a client not (yet) known to register: the general note.
    lewd = replace(SCENARIOS["excluded"][0]("en"))
    lewd.person = replace(lewd.person, registrant_290=False)
    assert "PC 290.007" in _effect_cites(lewd)
    # A section the catalog does not know may be either: the careful side says both.
    unknown = Client(name="Ana Ruiz", person=Person(dob=date(1980, 1, 1)), cases=[Case(
        id="A", convictions=[Conviction(id="A1", code="PC", section="99999", conviction_date=date(2015, 3, 2))],
        sentence=Sentence(type="state_prison", judgment_date=date(2015, 3, 2),
                          custody=Custody(release_date=date(2016, 1, 1), supervision="none")))])
    cites = _effect_cites(unknown)
    assert {"PC 290.007", "VC 13555"} <= cites
    # Nor is a probation report said of a state-prison sentence.
    assert "PC 1203.05" not in cites


def test_the_peace_officer_felony_note_is_said_only_where_a_felony_is():
    """Finding H21-43: "A felony still bars this job after a dismissal" was printed for a
    client whose only conviction is a dismissed petty theft."""
    def peace_officer_notes(client):
        handout = compose(client, screened(client), CLINIC)
        return [line.note for line in guidance(handout)["peace_officer"].lines]

    petty = SCENARIOS["eligible_now"][0]("en")
    petty.cases[0].convictions[0].relief_granted = [ReliefGranted("pc1203_4", date(2019, 1, 7))]
    assert not any("felony" in note.casefold() for note in peace_officer_notes(petty))
    burglary = _one_count("459", "felony", date(2012, 4, 2), wobbler=False)
    burglary.cases[0].convictions[0].relief_granted = [ReliefGranted("pc1203_4", date(2019, 1, 7))]
    assert any("felony still bars" in note for note in peace_officer_notes(burglary))
