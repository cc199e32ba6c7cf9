"""P61: handouts read as a client: records no California relief reaches, and units.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation, eligible_now
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person

# What a California dismissal does, and the section's heading when relief is in view.
DISMISSAL = {
    "en": ("A dismissal does not", "What relief does and does not do", "governor"),
    "es": ("La desestimación no", "Lo que el alivio hace y lo que no hace", "gobernador"),
}
NO_RELIEF_HEADING = {"en": "What to know about your record", "es": "Lo que debe saber sobre su récord"}
CANNOT_CLEAR = {
    "en": "This case is not from a California court, so a California court cannot clear it. "
          "Ask a clinic lawyer where you can get help with it.",
    "es": "Este caso no es de un tribunal de California, así que un tribunal de California no puede "
          "limpiar esta condena. Pregunte a un abogado de la clínica dónde le pueden ayudar con este caso.",
}
ASK_TASK = {
    "en": "Ask a clinic lawyer where you can get help with a case from outside California:",
    "es": "Pregunte a un abogado de la clínica dónde le pueden ayudar con un caso de fuera de California:",
}
NOTHING = {"en": "Nothing for now.", "es": "Por ahora, nada."}


def federal_felony(lang: str, jurisdiction: str = "federal") -> Client:
    """A federal theft felony, probation done: the client's only conviction."""
    conv = Conviction(id="A1", code="USC", section="641", level="felony", conviction_date=date(2014, 3, 1))
    case = Case(id="A", jurisdiction=jurisdiction, convictions=[conv],
                sentence=_probation(date(2014, 3, 1), date(2017, 3, 1), "completed", kind="formal"))
    return Client(name="Marcus Lee", language=lang, person=Person(dob=date(1980, 1, 5), us_citizen=True),
                  cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("jurisdiction", ["federal", "NV"])
def test_p61_01_a_record_from_outside_california_only_is_not_told_of_a_dismissal(lang, jurisdiction):
    """A client whose only conviction is a federal (or Nevada) felony read "What relief does
    and does not do", "A dismissal does not change this" and a governor's pardon, all
    California relief they cannot get, a card telling a federal client to "ask a lawyer from
    the state where the case was", and "Nothing for now" under it.  Now: what to know about
    the record, that a California court cannot clear it, and to ask a clinic lawyer where."""
    text = pdf_text(federal_felony(lang, jurisdiction), lang)
    line, heading, pardon = DISMISSAL[lang]
    assert line not in text and heading not in text and pardon not in text
    assert NO_RELIEF_HEADING[lang] in text
    assert CANNOT_CLEAR[lang] in text
    assert {"en": "A felony means no guns for life. This holds for a felony from another state or a "
                  "federal court too. A California court cannot clear it.",
            "es": "Con un delito grave (felony) no puede tener armas nunca. Eso vale también para un "
                  "delito grave de otro estado o de un tribunal federal."}[lang] in text
    assert ASK_TASK[lang] in text and NOTHING[lang] not in text
    assert "abogado del estado" not in text and "from the state where" not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p61_01_beside_a_california_conviction_relief_is_still_explained(lang):
    """A California petty theft eligible now beside the federal felony: what a dismissal does
    is the client's to read, as before; the federal card still says no California court can
    clear it, and the checklist says where to ask."""
    client = eligible_now(lang)
    client.cases.append(Case(**{**federal_felony(lang).cases[0].__dict__, "id": "B"}))
    text = pdf_text(client, lang)
    line, heading, _pardon = DISMISSAL[lang]
    assert line in text and heading in text and NO_RELIEF_HEADING[lang] not in text
    assert CANNOT_CLEAR[lang] in text and ASK_TASK[lang] in text


# ---- P61-02: the staff checklist's count of a class says what it is -----------------------


def test_p61_02_the_worksheet_checklist_says_a_class_count_as_the_handout_does():
    """The filing worksheet's "Still outstanding (checklist)" (the window's checklist, the same
    label) read "First-offender DUI program: 12 of 30": 30 what?  The record keeps no unit for
    a class (sessions or hours), so it now reads as the handout's "Done so far: 12 of 30";
    community service keeps its hours."""
    import io

    from handout_clients import blocked_by_probation, screened
    from handout_render import squash
    from pypdf import PdfReader

    from clinic_app.model import Condition
    from clinic_app.worksheet import compose as worksheet
    from clinic_app.worksheet.render import render_bytes

    client = blocked_by_probation("en")
    client.id = 61
    client.cases[1].conditions.append(Condition(kind="community_service", label="Caltrans", required=40, done=8))
    pdf = render_bytes(worksheet(client, screened(client)))
    text = squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert "First-offender DUI program: done so far 12 of 30" in text
    assert "Caltrans: 8 of 40 hours" in text


# ---- P61-03: a petition filed and awaiting the judge is not one still to file --------------

FILED_READS = {
    "en": ("Where it stands: Not cleared yet. Your papers are with the court, waiting for the judge.",
           "Dismissal (expungement): You qualify now. The clinic filed papers to ask the court to dismiss it. "
           "If the facts we have are right, the judge must grant it.",
           "At the court: Your papers were filed with the court on October 1, 2026.",
           "You can get relief now", "The clinic can file papers"),
    "es": ("Cómo está: Todavía no está limpia. Sus papeles están en el tribunal, esperando la decisión del juez.",
           "Desestimación (expungement): Ya califica. La clínica presentó los papeles para pedir al tribunal que "
           "la desestime. Si los datos que tenemos son correctos, el juez tiene que concederlo.",
           "En el tribunal: Sus papeles se presentaron en el tribunal el 1 de octubre de 2026.",
           "Ya puede pedir alivio", "La clínica puede presentar los papeles"),
}


def petty_theft_filed(lang: str, counts: list[str] | None = None, second_count: bool = False) -> Client:
    from clinic_app.model import Petition

    client = eligible_now(lang)
    case = client.cases[0]
    if second_count:
        case.convictions.append(Conviction(id="A2", section="484(a)/488", conviction_date=date(2015, 3, 2),
                                           offense_date=date(2015, 2, 9)))
        case.convictions[0].offense_date = date(2015, 1, 5)
    case.petitions = [Petition("pc1203_4", date(2026, 10, 1), counts or [], hearing_on=date(2027, 1, 12))]
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p61_03_a_petition_awaiting_the_judge_reads_as_filed(lang):
    """Filed 2026-10-01, a hearing set: the card read "Not cleared yet. You can get relief now."
    and "You qualify now. The clinic can file papers to ask the court to dismiss it." over
    "Your papers were filed with the court on October 1, 2026", as if a filing were still to
    make.  Now the headline says the papers are with the court and the option that they were
    filed; what the engine found (the judge must grant it) stays."""
    headline, option, court, eligible, can_file = FILED_READS[lang]
    text = pdf_text(petty_theft_filed(lang), lang)
    assert headline in text and option in text and court in text
    assert eligible not in text and can_file not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p61_03_a_count_not_asked_for_still_reads_open(lang):
    """A petition for count A1 only: count A2's card still says relief may be asked for now."""
    headline, option, _court, eligible, can_file = FILED_READS[lang]
    text = pdf_text(petty_theft_filed(lang, ["A1"], second_count=True), lang)
    assert headline in text and option in text
    assert eligible in text and can_file in text


# ---- P61-04: "Once your conviction is dismissed: No." beside a conviction that stays ------

NAMED_DISMISSAL = {
    "en": ("Once your conviction is dismissed (Petty theft): “No.”", "Once your conviction is dismissed: “No.”"),
    "es": ("Cuando le desestimen la condena (Hurto menor): «No».", "Cuando le desestimen la condena: «No»."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p61_04_a_dismissal_s_answer_names_its_conviction_where_another_stays(lang):
    """A petty theft eligible now beside a Nevada conviction: "Once your conviction is
    dismissed: “No.”" read as the answer for the whole record, while the Nevada one, which no
    California court can clear, must still be told of.  The label now names the conviction
    it speaks for; the "not cleared" answer stands beside it for the other."""
    client = eligible_now(lang)
    nevada = Case(id="B", jurisdiction="NV", convictions=[Conviction(
        id="B1", code="NRS", section="205.240", level="misdemeanor", conviction_date=date(2016, 3, 1))],
        sentence=_probation(date(2016, 3, 1), date(2017, 3, 1), "completed"))
    client.cases.append(nevada)
    named, bare = NAMED_DISMISSAL[lang]
    text = pdf_text(client, lang)
    assert named in text and bare not in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_p61_04_a_record_all_to_be_dismissed_reads_as_before(lang):
    named, bare = NAMED_DISMISSAL[lang]
    text = pdf_text(eligible_now(lang), lang)
    assert bare in text and named not in text
