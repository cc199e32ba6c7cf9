"""G161: the day's new Spanish (M160, A160, H160) read by a Spanish-speaking client in Los
Angeles.  Each test opens the real Spanish PDF of a synthetic client screened by the real engine."""

from __future__ import annotations

from handout_render import pdf_text

from tests.juvenile_court_client import tanya


def test_g161_01_the_juvenile_courts_sealing_is_of_juvenile_cases_not_all_of_hers():
    """«El tribunal de menores puede sellar sus casos.»: to a client spoken to as «usted», «sus
    casos» reads "your cases", her adult theft too, where the English says the juvenile court's
    own ("its cases")."""
    text = pdf_text(tanya("es"), "es")
    assert "El tribunal de menores puede sellar los casos de menores. W&I 781; W&I 786" in text
    assert "sellar sus casos" not in text


def test_g161_02_the_juvenile_employer_line_says_who_need_not_tell():
    """«Un empleador no puede preguntarle por un caso ... ni usarlo. No tiene que hablar de él cuando
    pide un trabajo.»: the sentence before has the employer for subject, so «no tiene que» read
    as the employer's and «de él» as of him; the English "You do not have to tell about it"."""
    text = pdf_text(tanya("es"), "es")
    assert ("Un empleador no puede preguntarle por un caso del tribunal de menores ni usarlo. Usted no tiene que hablar "
            "de ese caso cuando pide un trabajo. Los trabajos de policía son diferentes: consulte a un abogado.") in text
    assert "hablar de él" not in text


def _made_meth_dismissed(lang: str):
    """A 2012 HS 11379.6 felony on probation, dismissed under PC 1203.4 in 2016."""
    from datetime import date

    from clinic_app.model import Case, Client, Conviction, Person, Probation, ReliefGranted, Sentence

    start = date(2012, 4, 2)
    case = Case(id="A", case_number="BA398812", sentence=Sentence(
        type="probation", judgment_date=start, imposition_suspended=True, completed=True,
        probation=Probation(kind="formal", start=start, end=date(2015, 4, 2), status="completed")),
        convictions=[Conviction(id="A1", code="HS", section="11379.6", level="felony", conviction_date=start,
                                relief_granted=[ReliefGranted("pc1203_4", date(2016, 3, 1))])])
    return Client(name="Prueba Vivienda", language=lang, person=Person(dob=date(1980, 1, 9), us_citizen=True), cases=[case])


def test_g161_03_the_meth_ban_reaches_a_conviction_dismissed_as_the_english_says():
    """«Si tiene una condena por fabricar metanfetamina ...»: a client whose conviction the court
    dismissed reads that she no longer has one, where the English "If you were convicted" (and
    federal law, ca-rules.md 4.10 [M]) reach her all the same.  «Recibió una condena», as
    es.yaml's own rule for "convicted" says (H40-02)."""
    text = pdf_text(_made_meth_dismissed("es"), "es")
    assert ("Al alquilar una vivienda Si recibió una condena por fabricar metanfetamina en una vivienda pagada con "
            "fondos federales, nunca le podrán dar vivienda pública ni la Sección 8.") in text
    assert "Si tiene una condena" not in text
    assert "If you were convicted of making meth" in pdf_text(_made_meth_dismissed("en"), "en")


def test_g161_04_the_day_the_lawyer_looked_is_not_read_as_the_day_she_qualifies(tmp_path):
    """«... también revisó si usted califica para la desestimación (expungement) o la reducción a
    delito menor, el 1 de diciembre de 2026.»: the day after the relief read as when she
    qualifies for it.  The day now beside «revisó», as «revisó esto el ...» says it (A160-01)."""
    from test_reviewed_result_said_a160 import _caseload, _said

    from tests.test_worksheet_review_printed_c70 import _paper

    db, client_id = _caseload(tmp_path, ("pc1203_4", "pc17b"))
    handout = _said(_paper(tmp_path, db, "handout", "--client", str(client_id), "--lang", "es"))
    assert ("Otro alivio: Un abogado de la clínica también revisó el 1 de diciembre de 2026 si usted califica para la "
            "desestimación (expungement) o la reducción a delito menor. La clínica le dirá qué se puede hacer ahora.") \
        in handout
    assert "delito menor, el 1 de diciembre" not in handout
