"""S143-04: an arrest's card said "Arrest in 2016 · HS 11350(a)" and never how the case ended (no
charges filed, diversion completed, DEJ completed, dismissed, acquitted), which the Record tab
shows and the client needs to tell the arrest from another; and an arrest the court sealed read
"No conviction. This arrest was sealed." with no day, where the ruling's day is in the record.
The card's line now says how it ended, as the Record tab names it, and the sealing its day,
English and Spanish.  Each test opens the real PDF."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_arrest_granted_said_d140 import RULED, dej_client
from test_arrest_petition_said_p123 import text_of

from clinic_app.model import Petition, Program

ENDED = {
    ("en", "dej"): "Arrest in 2016 · DEJ completed · HS 11350(a)",
    ("en", "diversion"): "Arrest in 2016 · Diversion completed · HS 11350(a)",
    ("en", "dismissed"): "Arrest in 2016 · Dismissed · HS 11350(a)",
    ("en", "acquitted"): "Arrest in 2016 · Found not guilty · HS 11350(a)",  # T154-03
    ("en", "no_charges_filed"): "Arrest in 2016 · No charges filed · HS 11350(a)",
    ("es", "dej"): "Arresto en 2016 · Programa DEJ completado · HS 11350(a)",
    ("es", "diversion"): "Arresto en 2016 · Programa de desvío (diversion) completado · HS 11350(a)",
    ("es", "dismissed"): "Arresto en 2016 · Caso desestimado · HS 11350(a)",
    ("es", "acquitted"): "Arresto en 2016 · No culpable en el juicio · HS 11350(a)",  # G159-02
    ("es", "no_charges_filed"): "Arresto en 2016 · No se presentaron cargos · HS 11350(a)",
}


def ended(how: str):
    client = dej_client()
    case = client.cases[0]
    if how == "diversion":
        case.program = Program(kind="pretrial", completed_on=date(2018, 2, 1))
    elif how != "dej":
        client.cases[0] = replace(case, outcome=how, program=None)
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("how", ["dej", "diversion", "dismissed", "acquitted", "no_charges_filed"])
def test_s143_04_an_arrest_s_card_says_how_it_ended(lang, how):
    assert ENDED[lang, how] in text_of(ended(how), lang)


SEALED_ON = {"en": "No conviction. The court sealed this arrest on March 1, 2019.",
             "es": "No hubo condena. El tribunal selló este arresto el 1 de marzo de 2019."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s143_04_an_arrest_the_court_sealed_says_the_day(lang):
    sealed = text_of(dej_client(Petition("pc851_91", date(2019, 1, 5), ruling="granted", ruling_on=RULED)), lang)
    assert SEALED_ON[lang] in sealed
