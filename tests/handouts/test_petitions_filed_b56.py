"""B56-01: the handout says where a petition the clinic filed stands with the court.

A client whose 1203.4 petition was filed 2026-11-02, a hearing set for 2027-01-10, read only
"You qualify now. The clinic can file papers to ask the court to dismiss it", as if nothing had
been done.  Under the option the petition asks for, the card now says when it was filed, the
hearing set (the clinic says whether to go: the page neither tells them to nor not to), and
what the judge said and when; the option's own words, the engine's answer, stay, and so does
the "not legal advice" line on every page.  Each test opens the real PDF.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import AS_OF, CLINIC, eligible_now, screened
from handout_render import squash
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Person, Petition, Probation, Sentence

FILED = date(2026, 11, 2)

# What the court has done, and the words each language says of it (AS_OF is 2026-11-15).
STATES = {
    "filed_with_hearing": (
        dict(hearing_on=date(2027, 1, 10)),
        {"en": ["At the court: Your papers were filed with the court on November 2, 2026.",
                "The court set a hearing for January 10, 2027. The clinic will tell you if you need to go.",
                "The judge has not decided yet."],
         "es": ["En el tribunal: Sus papeles se presentaron en el tribunal el 2 de noviembre de 2026.",
                "El tribunal fijó una audiencia para el 10 de enero de 2027. La clínica le dirá si tiene que ir.",
                "El juez todavía no ha decidido."]}),
    "filed_no_hearing": (
        {},
        {"en": ["At the court: Your papers were filed with the court on November 2, 2026. The judge has not "
                "decided yet. If the court sets a hearing, the clinic will tell you."],
         "es": ["En el tribunal: Sus papeles se presentaron en el tribunal el 2 de noviembre de 2026. El juez "
                "todavía no ha decidido. Si el tribunal fija una audiencia, la clínica le avisará."]}),
    "denied": (
        dict(hearing_on=date(2026, 11, 10), ruling="denied", ruling_on=date(2026, 11, 10)),
        {"en": ["Dismissal (expungement): The judge said no on November 10, 2026. A clinic lawyer will look at what can "
                "be done next."],
         "es": ["Desestimación (expungement): El juez dijo que no el 10 de noviembre de 2026. Un abogado de la clínica verá "
                "qué se puede hacer ahora."]}),
    "granted": (
        dict(ruling="granted", ruling_on=date(2026, 11, 12)),
        {"en": ["Dismissal (expungement): The judge said yes on November 12, 2026. Keep a copy of the court order. This "
                "page does not show the change yet. Ask the clinic for a new one."],
         "es": ["Desestimación (expungement): El juez dijo que sí el 12 de noviembre de 2026. Guarde una copia de la orden "
                "del tribunal. Esta hoja todavía no muestra el cambio. Pida una nueva a la clínica."]}),
    "withdrawn": (
        dict(ruling="withdrawn", ruling_on=date(2026, 11, 5)),
        {"en": ["At the court: Your papers were taken back (withdrawn) on November 5, 2026. The judge will not "
                "decide on them."],
         "es": ["En el tribunal: Sus papeles se retiraron (withdrawn) del tribunal el 5 de noviembre de 2026. El juez no va "
                "a decidir sobre ellos."]}),
}
# The words no petition may bring: the page does not tell the client to go, nor not to.
NEVER = {"en": ["you must go", "you do not need to go", "you need not go"],
         "es": ["usted tiene que ir", "no tiene que ir"]}


def pages(client: Client, lang: str) -> list[str]:
    pdf = render_bytes(compose(client, screened(client), CLINIC, lang=lang, as_of=AS_OF))
    return [squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def with_petition(lang: str, **court) -> Client:
    client = eligible_now(lang)  # PC 1203.4 open now: "You qualify now"
    client.cases[0].petitions.append(Petition("pc1203_4", FILED, **court))
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("state", list(STATES))
def test_b56_01_the_card_says_where_the_petition_stands(state, lang):
    court, said = STATES[state]
    texts = load_texts(lang)
    got = pages(with_petition(lang, **court), lang)
    text = " ".join(got)
    for words in said[lang]:
        assert words in text
    # Awaiting the judge: beside the engine's answer, not in its place.  Ruled: in its place,
    # "You qualify now ... the judge must grant it" over "The judge said no" read as a
    # contradiction; a denial is a lawyer's to look at, headline and all.
    engine = texts["option"]["eligible_petition"].format(action=texts["remedies"]["pc1203_4"]["action"])
    # Awaiting the judge, said as filed ("The clinic filed papers", P61-03); withdrawn, as before.
    filed = texts["option"]["filed_petition"].format(action=texts["remedies"]["pc1203_4"]["action"])
    assert (engine in text) == (state == "withdrawn")
    assert (filed in text) == state.startswith("filed")
    if state == "denied":
        # Not "You can get relief now" over it (the automatic relief still open heads the card).
        assert texts["state"]["eligible"] not in text and texts["state"]["automatic"] in text
        assert f'{texts["labels"]["who"]}: {texts["who"]["lawyer"]}' in text
    # The notice stays on every page.
    assert all(texts["doc"]["notice"] in page for page in got)
    assert not any(words in text.lower() for words in NEVER[lang])
    if state == "granted":  # no effect claimed until the relief is recorded on the count
        assert texts["state"]["granted_unrecorded"] in text and texts["state"]["eligible"] not in text
        assert texts["state"]["dismissed_on"].format(date="").strip() not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_b56_01_a_client_with_no_petitions_reads_as_before(lang):
    texts = load_texts(lang)
    text = " ".join(pages(eligible_now(lang), lang))
    assert f"{texts['labels']['court']}:" not in text
    assert not any(words.format(date="", reviewed="", title="").split("{")[0][:25] in text for words in texts["court"].values())
    handout = compose(eligible_now(lang), screened(eligible_now(lang)), CLINIC, lang=lang, as_of=AS_OF)
    assert all(option.court == "" for entry in handout.sections[0].blocks for option in entry.options)


def test_b56_01_a_petition_for_one_count_is_said_on_that_count_only():
    counts = [Conviction(id=f"A{n}", section="484(a)/488", conviction_date=date(2015, 3, 2), offense_date=day)
              for n, day in ((1, date(2015, 1, 5)), (2, date(2015, 2, 9)))]
    case = Case(id="A", case_number="4CJ01234", convictions=counts,
                sentence=Sentence(type="probation", judgment_date=date(2015, 3, 2), imposition_suspended=True,
                                  probation=Probation(kind="summary", start=date(2015, 3, 2), end=date(2018, 3, 2),
                                                      status="completed")),
                petitions=[Petition("pc1203_4", FILED, ["A1"], hearing_on=date(2027, 1, 10))])
    client = Client(name="Synthetic Client", person=Person(dob=date(1984, 6, 9), us_citizen=True), cases=[case])
    handout = compose(client, screened(client), CLINIC, lang="en", as_of=AS_OF)
    court = {entry.conviction: [o.court for o in entry.options if o.court] for entry in handout.sections[0].blocks}
    assert len(court["A1"]) == 1 and "January 10, 2027" in court["A1"][0]
    assert court["A2"] == []
    text = " ".join(pages(client, "en"))
    assert text.count("At the court:") == 1


# B56-02: the checklist's step for each, and whether "Go to the court hearing if the court sets
# one. The clinic will tell you the date." (a petition still to file) stays on it.
STEPS = {
    "filed_with_hearing": ({"en": "The clinic will tell you if you need to go to the court hearing on January 10, "
                                  "2027 about: Petty theft.",
                            "es": "La clínica le dirá si tiene que ir a la audiencia del 10 de enero de 2027 sobre: "
                                  "Hurto menor."}, False),
    "filed_no_hearing": (None, False),
    "denied": ({"en": "Wait for a clinic lawyer to review: Petty theft.",
                "es": "Espere a que un abogado de la clínica revise: Hurto menor."}, False),
    "granted": ({"en": "Keep a copy of the court order, and ask the clinic for a new copy of this page: Petty theft.",
                 "es": "Guarde una copia de la orden del tribunal y pida a la clínica una nueva copia de esta hoja: "
                       "Hurto menor."}, False),
    "withdrawn": (None, True),  # nothing at the court: the clinic may file again
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("state", list(STEPS))
def test_b56_02_the_checklist_follows_the_petition(state, lang):
    tasks = load_texts(lang)["tasks"]
    text = " ".join(pages(with_petition(lang, **STATES[state][0]), lang))
    step, generic = STEPS[state]
    if step:
        assert step[lang] in text
    assert (tasks["hearing"] in text) is generic
    assert not any(words in text.lower() for words in NEVER[lang])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_b56_02_with_no_petition_the_checklist_still_says_to_go_if_the_court_sets_a_hearing(lang):
    assert load_texts(lang)["tasks"]["hearing"] in " ".join(pages(eligible_now(lang), lang))


# B56-03: a petition for relief the card has no line for (here 17(b), which the screening does
# not find open for a misdemeanor) was said nowhere on the handout.
SIDE = {"en": "• Making it a misdemeanor: Your papers were filed with the court on November 2, 2026. The court set "
              "a hearing for January 10, 2027. The clinic will tell you if you need to go.",
        "es": "• Reducirla a delito menor: Sus papeles se presentaron en el tribunal el 2 de noviembre de 2026. El "
              "tribunal fijó una audiencia para el 10 de enero de 2027. La clínica le dirá si tiene que ir."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_b56_03_a_petition_for_relief_the_card_does_not_offer_gets_its_own_line(lang):
    texts = load_texts(lang)
    client = eligible_now(lang)
    client.cases[0].petitions.append(Petition("pc17b", FILED, hearing_on=date(2027, 1, 10)))
    text = " ".join(pages(client, lang))
    assert texts["remedies"]["pc17b"]["name"] == SIDE[lang][2:].split(":")[0]
    assert SIDE[lang] in text
    assert f"{texts['labels']['who']}: {texts['who']['court']}" in text
    assert STEPS["filed_with_hearing"][0][lang] in text  # on the checklist too (B56-02)


def test_b56_03_a_grant_the_count_records_is_not_said_again():
    from clinic_app.model import ReliefGranted

    client = with_petition("en", ruling="granted", ruling_on=date(2026, 11, 12))
    client.cases[0].convictions[0].relief_granted.append(ReliefGranted("pc1203_4", date(2026, 11, 12)))
    text = " ".join(pages(client, "en"))
    assert "Dismissed by the court on November 12, 2026." in text  # the record says it
    assert "The judge said yes" not in text
