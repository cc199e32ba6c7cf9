"""H434-03: a client whose 2013 felony possession for sale (HS 11359) the court changed under
Prop 64 in 2020, a dismissal still to file, read under "Buying or owning a gun" "Once your
conviction is dismissed: This conviction does not by itself stop you from having a gun.", while
the screening says whether the felony ban still applies after a Prop 64 redesignation is
unsettled and an attorney must confirm before the person has a firearm (HS 11361.8(h);
ca-rules.md 3.9 Firearms [L]).  The dismissal's gun answer is now the careful one."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted

NO_BAN = {"en": "This conviction does not by itself stop you from having a gun.",
          "es": "Esta condena, por sí sola, no le impide tener un arma."}
CAREFUL = {"en": "On the federal gun form, answer “Yes” to the conviction question.",
           "es": "En el formulario federal para comprar armas, conteste «Sí» a la pregunta sobre condenas."}


def changed(lang: str, level: str = "felony", section: str = "11359") -> Client:
    """HS 11359 (2013), formal probation ended 2016, changed under Prop 64 on 2020-05-01."""
    conv = Conviction(id="f1", code="HS", section=section, level=level, conviction_date=date(2013, 10, 1),
                      offense_date=date(2013, 6, 1), relief_granted=[ReliefGranted("prop64", date(2020, 5, 1))])
    case = Case(id="f", case_number="3CJ11360", convictions=[conv],
                sentence=_probation(date(2013, 10, 1), date(2016, 10, 1), "completed", kind="formal"))
    return Client(name="Dolores Testferrante", language=lang, person=Person(dob=date(1970, 6, 6), us_citizen=True),
                  cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h434_03_a_felony_changed_under_prop_64_is_not_told_it_bans_no_gun(lang):
    text = pdf_text(changed(lang), lang)
    assert NO_BAN[lang] not in text
    assert CAREFUL[lang] in text


UNSETTLED = {"en": "Your marijuana conviction was a felony. Whether the Prop 64 change gave back the right to have a gun is not settled.",
             "es": "Su condena de marihuana era un delito grave (felony). No está claro si el cambio de la Proposición "
                   "64 le devolvió el derecho a tener armas."}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_h434_03_the_gun_notes_the_answer_points_to_say_it_is_unsettled(lang):
    """The Prop 64 gun answer says "See the gun notes in “What relief does and does not do”",
    where nothing was said of a felony changed under Prop 64."""
    assert UNSETTLED[lang] in pdf_text(changed(lang), lang)
    assert UNSETTLED[lang] not in pdf_text(changed(lang, level="misdemeanor", section="11357(c)"), lang)
