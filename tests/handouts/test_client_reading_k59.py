"""K59: the handout's loose ends a client would stumble on (G58's left-alone list).

Each test opens the real PDF (pypdf text) of a synthetic client screened by the real engine.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from handout_clients import blocked_by_probation, eligible_now, excluded
from handout_render import pdf_text

from clinic_app.model import Client

# What a dismissal does, said in full: a line of it, and the section's heading.
DISMISSAL = {
    "en": ("A dismissal does not erase your record.", "What relief does and does not do"),
    "es": ("La desestimación no borra su récord.", "Lo que el alivio hace y lo que no hace"),
}
NO_RELIEF_HEADING = {"en": "What to know about your record", "es": "Lo que debe saber sobre su récord"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k59_01_a_client_no_relief_reaches_is_not_told_what_a_dismissal_does(lang):
    """A PC 288 registrant ("We found no relief for it right now") read "What relief does and
    does not do" and what a dismissal does, as if one were coming.  Now the section is headed
    as what to know about the record, and keeps what holds for them: the gun ban and the
    duty to register."""
    text = pdf_text(excluded(lang), lang)
    line, heading = DISMISSAL[lang]
    assert line not in text
    assert heading not in text
    assert NO_RELIEF_HEADING[lang] in text
    assert {"en": "You must keep registering as before.",
            "es": "Usted debe seguir registrándose como hasta ahora."}[lang] in text
    assert {"en": "A felony means no guns for life.", "es": "no puede tener armas nunca"}[lang] in text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k59_01_a_dismissal_open_for_another_conviction_is_still_explained(lang):
    """Beside a conviction relief reaches, what a dismissal does is theirs to read, as before."""
    both = eligible_now(lang)
    lewd = excluded(lang).cases[0]
    lewd = replace(lewd, id="B", convictions=[replace(lewd.convictions[0], id="B1")])
    both = Client(name=both.name, language=lang, person=both.person, cases=[*both.cases, lewd])
    both.person.registrant_290 = True
    text = pdf_text(both, lang)
    line, heading = DISMISSAL[lang]
    assert line in text and heading in text
    assert NO_RELIEF_HEADING[lang] not in text


# A class's count as the handout says it: the record keeps no unit for it (hours or
# sessions, Condition), so the tally is said of the class named just before it.
PROGRESS = {
    "en": ("Finish: “First-offender DUI program” (as written in your papers). Done so far: 12 of 30.",
           "You have done 12 of 30"),
    "es": ("Termine: «First-offender DUI program» (así dice en sus papeles). Lo que ya hizo: 12 de 30.",
           "Ya lleva 12 de 30"),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_k59_02_a_class_s_count_reads_without_a_unit_the_record_does_not_keep(lang):
    """"You have done 12 of 30" / "Ya lleva 12 de 30" asked "30 what?": a class's count may be
    hours or sessions, and the record does not say which.  Now a tally of the class named: "Done
    so far: 12 of 30" / "Lo que ya hizo: 12 de 30" (community service, whose unit is known,
    still says its hours: test_review_h29)."""
    now, before = PROGRESS[lang]
    text = pdf_text(blocked_by_probation(lang), lang)
    assert now in text
    assert before not in text
