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
