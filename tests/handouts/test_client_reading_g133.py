"""G133: the Spanish of stop 62's new handout sentences, read in the real PDF by the client who
takes it home, beside the English for the same client.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text
from test_licence_client_n131 import would_be_contractor, would_be_nurse
from test_open_case_plea_immigration_i129 import _text as open_case_text

from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

pytestmark = pytest.mark.pdf


@pytest.mark.parametrize("citizen", [False, None])
def test_g133_01_the_open_case_s_plea_deal_is_a_deal_with_the_prosecutor(citizen):
    """A non-citizen with a case still open read «... antes de declararse culpable o aceptar
    cualquier acuerdo en este caso.»: "any agreement in this case", which a client may take for
    her probation terms or a payment plan, where the English says "any plea deal", the one she
    can be hurt most by.  The card now names the deal: one with the prosecutor."""
    text = open_case_text(citizen, "es")
    assert "declararse culpable o aceptar cualquier acuerdo con el fiscal en este caso." in text
    assert "aceptar cualquier acuerdo en este caso" not in text


def test_g133_02_the_reduced_felony_s_police_job_note_says_what_may_keep_her_out():
    """The would-be nurse, her HS 11378 felony made a misdemeanor, read under «Al pedir trabajo
    como policía» «Antes era un delito grave (felony). La ley no dice con certeza si todavía le
    impide este trabajo.»: with no subject, «le impide» takes «la ley», the nearest, and
    «impedir» wants what is kept from her («tener este trabajo»).  The English says "it", the
    conviction.  The note now names it and the job to have."""
    text = pdf_text(would_be_nurse(), "es")
    assert ("Antes era un delito grave (felony). La ley no dice con certeza si esa condena todavía le impide "
            "tener este trabajo. Consulte a un abogado antes de presentar la solicitud.") in text
    assert "si todavía le impide este trabajo" not in text


def two_reduced_felonies() -> Client:
    """Two felonies, HS 11378 in 2016 and PC 459 in 2014, each made a misdemeanor under PC 17(b)."""
    def reduced(key: str, number: str, code: str, section: str, on: date) -> Case:
        return Case(id=key, case_number=number,
                    convictions=[Conviction(id=f"{key}1", section=section, code=code, level="felony", conviction_date=on,
                                            relief_granted=[ReliefGranted("pc17b", date(2021, 4, 1))])],
                    sentence=_probation(on, on.replace(year=on.year + 3), "completed", kind="formal"))
    return Client(name="Synthetic Officer", person=Person(dob=date(1990, 3, 4), us_citizen=True),
                  cases=[reduced("A", "BA400111", "HS", "11378", date(2016, 2, 10)),
                         reduced("B", "BA300222", "PC", "459", date(2014, 5, 6))])


def test_g133_02_several_reduced_felonies_agree_in_the_plural():
    text = pdf_text(two_reduced_felonies(), "es")
    assert ("Antes eran delitos graves (felony). La ley no dice con certeza si esas condenas todavía le "
            "impiden tener este trabajo.") in text
    assert "si todavía le impiden este trabajo" not in text


def test_g133_03_the_board_s_seven_years_are_counted_from_release():
    """The would-be contractor read «Si estuvo en la cárcel o en prisión por ella, los 7 años
    cuentan desde el día en que salió.»: «cuentan», with no «se», says the years matter, not that
    they are counted; the English says "the 7 years count from the day you got out".  It now
    reads «los 7 años se cuentan desde el día en que salió»."""
    text = pdf_text(would_be_contractor(), "es")
    assert "Si estuvo en la cárcel o en prisión por ella, los 7 años se cuentan desde el día en que salió." in text
    assert "los 7 años cuentan" not in text
