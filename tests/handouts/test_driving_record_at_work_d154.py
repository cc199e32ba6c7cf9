"""D154-01: Marco, two misdemeanor DUIs (VC 23152(a) in 2017, VC 23152(b) from a 2020 offense,
on five years' summary probation to January 2027), asked what to tell an employer who asks
about his driving record, for a job driving a company car.  Under "Applying for a job with a
private employer" he read "Once your convictions are dismissed: “No.” The employer may not ask
about or use them", and nothing there of his driving record, which a dismissal does not change
(VC 13555; ca-rules.md 2.4, 2.5): read so, "No" was his answer to "any DUI on your driving
record?".  The job answers now open, for a client with a Vehicle Code conviction, with the DMV
record unchanged and the clinic to ask before answering about it (whether an employer may see
or use it is not in ca-rules.md: a question, not the law applied, as X149-01's line is).  A
client with no driving conviction reads nothing of it.

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

import re
from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.handouts.texts import load_texts
from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence

pytestmark = pytest.mark.pdf

PRIVATE_JOB = {"en": "Applying for a job with a private employer", "es": "Al pedir trabajo en una empresa privada"}
GOVERNMENT_JOB = {"en": "Applying for a government job", "es": "Al pedir trabajo en el gobierno"}
DRIVING_RECORD = {
    "en": "A dismissal does not change your driving record at the DMV. If an employer asks about your driving"
          " record, or the job would have you drive, ask the clinic what to say before you answer. The answers"
          " below may not be right for it.",
    "es": "La desestimación no cambia su récord de manejo en el DMV. Si un empleador le pregunta por su récord de"
          " manejo, o si en el trabajo tendrá que manejar, pregunte en la clínica qué decir antes de contestar. Las"
          " respuestas de abajo pueden no servir para eso.",
}
ANSWER = {"en": "Once your convictions are dismissed", "es": "Cuando le desestimen las condenas"}


def _read_on(client: Client, lang: str) -> str:
    """The real PDF's text read on across its pages: each page's foot (the notice, "Page 2 of 5",
    the name) and the private job's title said again with "(continued)" at the next page's top left
    out (the job answers', which Marco's page breaks), so a sentence the page breaks reads whole."""
    t = load_texts(lang)
    text = pdf_text(client, lang)
    page = re.escape(t["doc"]["page"]).replace(r"\{page\}", r"\d+").replace(r"\{pages\}", r"\d+")
    text = re.sub(f"{re.escape(t['doc']['notice'])} {page} {re.escape(client.name)} ", "", text)
    return text.replace(f'{PRIVATE_JOB[lang]} {t["labels"]["continued"]} ', "")


def _probation(start: date, end: date, status: str) -> Sentence:
    return Sentence(type="probation", judgment_date=start, imposition_suspended=True,
                    probation=Probation(kind="summary", start=start, end=end, status=status))


def _marco(lang: str, first: tuple[str, str] = ("VC", "23152(a)"), second: tuple[str, str] = ("VC", "23152(b)")) -> Client:
    older = Case(id="A", case_number="7VN01234",
                 convictions=[Conviction(id="A1", code=first[0], section=first[1], level="misdemeanor",
                                         offense_date=date(2017, 4, 8), conviction_date=date(2017, 6, 20))],
                 sentence=_probation(date(2017, 6, 20), date(2020, 6, 20), "completed"))
    later = Case(id="B", case_number="1VN05678",
                 convictions=[Conviction(id="B1", code=second[0], section=second[1], level="misdemeanor",
                                         offense_date=date(2020, 11, 2), conviction_date=date(2022, 1, 10))],
                 sentence=_probation(date(2022, 1, 10), date(2027, 1, 10), "active"),
                 money=Money(fines_ordered=2400, fines_paid=1500, fines_condition_of_probation=True))
    return Client(name="Marco Prueba", language=lang, person=Person(dob=date(1988, 7, 14), us_citizen=True),
                  cases=[older, later])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d154_01_a_client_with_duis_is_told_his_driving_record_stays_above_the_job_answers(lang):
    text = _read_on(_marco(lang), lang)
    jobs = text[text.index(PRIVATE_JOB[lang]):text.index(GOVERNMENT_JOB[lang])]
    assert DRIVING_RECORD[lang] in jobs
    assert "VC 13555" in jobs
    # Above the "No." a dismissal gives, and said once on the page.
    assert jobs.index(DRIVING_RECORD[lang]) < jobs.index(ANSWER[lang])
    assert text.count(DRIVING_RECORD[lang]) == 1


@pytest.mark.parametrize("lang", ["en", "es"])
def test_d154_01_a_client_with_no_driving_conviction_reads_nothing_of_it(lang):
    text = pdf_text(_marco(lang, first=("PC", "484(a)"), second=("PC", "594(a)")), lang)
    assert PRIVATE_JOB[lang] in text
    assert DRIVING_RECORD[lang] not in text
