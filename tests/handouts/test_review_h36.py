"""H36: handout leftovers a client trips on, each checked on the real PDF, English and Spanish."""

from __future__ import annotations

import pytest
from handout_render import render_scenario

pytestmark = pytest.mark.pdf

COME_BACK = {"en": "Who does it: You come back; the clinic files",
             "es": "Quién lo hace: Usted vuelve; la clínica presenta los papeles"}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("key, remedy, status", [("blocked", "pc1203_4", "blocked"),
                                                 ("eligible_on", "pc1203_4a", "eligible_on")])
def test_h36_01_who_does_it_says_the_client_comes_back_and_the_clinic_files(key, remedy, status, lang):
    """"Dismissal: This has to wait ... Then come back to the clinic on or after ..." over
    "Who does it: You" read as "you file the papers yourself".  Where the client's part is to
    wait and come back and the clinic files, "Who does it" says so."""
    rendered = render_scenario(key, lang)
    options = [o for e in rendered.handout.section("record").blocks for o in getattr(e, "options", ())]
    waiting = [o for o in options if o.remedy == remedy and o.status == status]
    assert waiting, f"{key} no longer has a {status} {remedy}"
    who = COME_BACK[lang].split(": ", 1)[1]
    assert {o.who for o in waiting} == {who}
    # Each on the page, under its option.
    assert rendered.text().count(COME_BACK[lang]) == sum(o.who == who for o in options)
