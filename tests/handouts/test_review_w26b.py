"""Finding W26-06: the "What to say" labels and lines spoke of one conviction ("Once your
conviction is dismissed:", "Cuando le desestimen la condena:") over several; checked on the
real PDFs read back with pypdf, in English and Spanish (synthetic people only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from handout_clients import _probation, eligible_now
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

pytestmark = pytest.mark.pdf



def _two_convictions(lang: str) -> Client:
    """Petty theft and trespass in one case, both to be dismissed now."""
    client = eligible_now(lang)
    (case,) = client.cases
    trespass = Conviction(id="A2", section="602", conviction_date=date(2015, 3, 2))
    return replace(client, cases=[replace(case, convictions=[*case.convictions, trespass])])


AFTER_DISMISSAL = {"en": ("Once your conviction is dismissed:", "Once your convictions are dismissed:"),
                   "es": ("Cuando le desestimen la condena:", "Cuando le desestimen las condenas:")}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w26_06_the_after_dismissal_label_agrees_with_the_number_of_convictions(lang):
    one, many = AFTER_DISMISSAL[lang]
    two = pdf_text(_two_convictions(lang), lang)
    assert many in two and one not in two
    single = pdf_text(eligible_now(lang), lang)
    assert one in single and many not in single


def test_w26_06_the_jury_line_agrees_with_the_number_of_convictions():
    assert "If the jury form asks: “Yes, I have convictions.”" in pdf_text(_two_convictions("en"), "en")
    assert "If the jury form asks: “Yes, I have a conviction.”" in pdf_text(eligible_now("en"), "en")
    assert "Si el formulario del jurado pregunta: «Sí, tengo condenas»." in pdf_text(_two_convictions("es"), "es")


def _every_kind(lang: str, n: int, *, open_case: bool = True) -> Client:
    """`n` convictions dismissed, `n` reduced under 17(b), `n` sealed, `n` vacated, and (with
    `open_case`) `n` to be dismissed now: every column of "What to say"."""
    def convictions(prefix: str, section: str, level: str, relief: list[str]) -> list[Conviction]:
        return [Conviction(id=f"{prefix}{i}", section=section, level=level, conviction_date=date(2010 + i, 3, 2),
                           relief_granted=[ReliefGranted(r, date(2019, 1, 10 + i)) for r in relief])
                for i in range(1, n + 1)]

    done = _probation(date(2010, 3, 2), date(2013, 3, 2), "completed")
    cases = [Case(id="A", case_number="4CJ01111", convictions=convictions("A", "602", "misdemeanor", ["pc1203_4"]), sentence=done),
             Case(id="B", case_number="4CJ02222", convictions=convictions("B", "459/460(b)", "felony", ["pc17b"]), sentence=done),
             Case(id="C", case_number="4CJ03333", convictions=convictions("C", "484(a)/488", "misdemeanor", ["pc1203_4", "pc1203_45"]),
                  sentence=done),
             Case(id="D", case_number="4CJ04444", convictions=convictions("D", "647(b)", "misdemeanor", ["pc236_14"]), sentence=done)]
    if open_case:
        cases.append(Case(id="E", case_number="4CJ05555", convictions=convictions("E", "594(a)", "misdemeanor", []),
                          sentence=_probation(date(2014, 3, 2), date(2017, 3, 2), "completed")))
    return Client(name="Rosa Gómez", language=lang, person=Person(dob=date(1984, 6, 9), us_citizen=False), cases=cases)


# (one, several) for each column, and a line of each in both numbers.
LABELS = {
    "en": {"not_cleared": ("If your conviction is not cleared:", "If your convictions are not cleared:"),
           "dismissed": ("For a dismissed conviction:", "For dismissed convictions:"),
           "dismissed_or_soon": ("For a conviction that is dismissed, now or later:", "For convictions that are dismissed, now or later:"),
           "reduced": ("For a conviction made a misdemeanor:", "For convictions made misdemeanors:"),
           "sealed": ("For a sealed conviction:", "For sealed convictions:"),
           "vacated": ("For a cancelled (vacated) conviction:", "For cancelled (vacated) convictions:")},
    "es": {"not_cleared": ("Si la condena no está limpia:", "Si las condenas no están limpias:"),
           "dismissed": ("Si la condena fue desestimada:", "Si las condenas fueron desestimadas:"),
           "dismissed_or_soon": ("Si la condena está desestimada, ahora o más adelante:", "Si las condenas están desestimadas, ahora o más adelante:"),
           "reduced": ("Si la condena se redujo a delito menor:", "Si las condenas se redujeron a delito menor:"),
           "sealed": ("Si la condena fue sellada:", "Si las condenas fueron selladas:"),
           "vacated": ("Si la condena fue anulada (vacated):", "Si las condenas fueron anuladas (vacated):")},
}
LINES = {
    "en": [("“Yes, but it was dismissed under Penal Code 1203.4.”", "“Yes, but they were dismissed under Penal Code 1203.4.”"),
           ("If the form asks: “Yes, a misdemeanor.”", "If the form asks: “Yes, misdemeanors.”"),
           ("You may answer as if the conviction never happened.", "You may answer as if the convictions never happened."),
           ("Tell about it, and say that it was sealed under Penal Code 1203.45.",
            "Tell about them, and say that they were sealed under Penal Code 1203.45."),
           ("Tell about it and attach the court order, to be safe.", "Tell about them and attach each court order, to be safe."),
           ("For immigration it still counts as a conviction.", "For immigration they still count as convictions.")],
    "es": [("«Sí, pero fue desestimada según el artículo 1203.4 del Código Penal»",
            "«Sí, pero fueron desestimadas según el artículo 1203.4 del Código Penal»"),
           ("Si el formulario pregunta: «Sí, un delito menor».", "Si el formulario pregunta: «Sí, delitos menores»."),
           ("Puede responder como si la condena nunca hubiera pasado.", "Puede responder como si las condenas nunca hubieran pasado."),
           ("diga que fue sellada según el artículo 1203.45", "diga que fueron selladas según el artículo 1203.45"),
           ("Por precaución, declárelo y adjunte la orden del tribunal.", "Por precaución, declárelas y adjunte cada orden del tribunal."),
           ("Para inmigración sigue contando como condena.", "Para inmigración siguen contando como condenas.")],
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w26_06_every_column_label_and_its_lines_agree_in_number(lang):
    labels = LABELS[lang]
    several = pdf_text(_every_kind(lang, 2), lang)
    for column in ("not_cleared", "dismissed_or_soon", "reduced", "sealed", "vacated"):
        one, many = labels[column]
        assert many in several and one not in several, column
    for one, many in LINES[lang]:
        assert many in several and one not in several, many
    # One of each kind (the dismissed line also speaks for the one to be dismissed: two).
    single = pdf_text(_every_kind(lang, 1), lang)
    for column in ("not_cleared", "reduced", "sealed", "vacated"):
        one, many = labels[column]
        assert one in single and many not in single, column
    assert labels["dismissed_or_soon"][1] in single
    for one, many in LINES[lang][1:-1]:
        assert one in single and many not in single, one


def _dismissed_only(lang: str, n: int) -> Client:
    """`n` convictions dismissed, nothing else: the "dismissed" column on its own."""
    client = _every_kind(lang, n, open_case=False)
    return replace(client, cases=client.cases[:1])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_w26_06_the_dismissed_label_alone_agrees_in_number(lang):
    one, many = LABELS[lang]["dismissed"]
    several = pdf_text(_dismissed_only(lang, 2), lang)
    assert many in several and one not in several
    assert LINES[lang][0][1] in several and LINES[lang][-1][1] in several
    single = pdf_text(_dismissed_only(lang, 1), lang)
    assert one in single and many not in single
    assert LINES[lang][0][0] in single and LINES[lang][-1][0] in single
