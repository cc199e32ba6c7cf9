"""S161-01: the attorney reviewed a felony's PC 17(b) reduction the screening left to a lawyer,
and the card said so (A160-01: "A clinic lawyer looked at this on ..."), while the gun note under
"What relief does and does not do" still read "A clinic lawyer will check whether it can be made
a misdemeanor (PC 17(b))", as if nobody had looked.  Once every such reduction is reviewed on
these facts it reads "A clinic lawyer has looked at whether it can be made a misdemeanor", in
each of the notes that said it (one sentence for all of them); not reviewed, as before."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from handout_clients import CLINIC
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Client
from clinic_app.review import answer_key
from tests.handouts.test_firearms_if_reduced_v71 import _client as conspiracy
from tests.handouts.test_firearms_listed_if_reduced_r72 import _client as revoked

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 4)
CHECK = {"en": ("A clinic lawyer will check whether it can be made a misdemeanor (PC 17(b)).",
                "A clinic lawyer will check whether they can be made misdemeanors (PC 17(b))."),
         "es": ("Un abogado de la clínica revisará si se puede reducir a delito menor (PC 17(b)).",
                "Un abogado de la clínica revisará si se pueden reducir a delitos menores (PC 17(b)).")}
LOOKED = {"en": ("A clinic lawyer has looked at whether it can be made a misdemeanor (PC 17(b)); the clinic will tell "
                 "you if it can.",
                 "A clinic lawyer has looked at whether they can be made misdemeanors (PC 17(b)); the clinic will "
                 "tell you if they can."),
          "es": ("Un abogado de la clínica ya revisó si se puede reducir a delito menor (PC 17(b)); la clínica le "
                 "dirá si se puede.",
                 "Un abogado de la clínica ya revisó si se pueden reducir a delitos menores (PC 17(b)); la clínica "
                 "le dirá si se puede.")}
THEN = {"en": ("That would end the California ban.", "That would end the felony ban."),
        "es": ("Eso terminaría la prohibición de California.", "Eso terminaría esa prohibición.")}


def _text(client: Client, lang: str, *, reviewed: bool) -> str:
    result = screen(client.person, client.cases, AS_OF)
    reviews = [(answer_key(d), date(2026, 12, 1)) for d in result.results
               if reviewed and d.remedy == "pc17b" and d.status == "needs_review"]
    assert reviews or not reviewed
    pdf = render_bytes(compose(client, result, CLINIC, lang=lang, as_of=AS_OF, reviews=reviews))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    # A note may go on over a page's foot: read it without the footer between its sentences.
    return re.sub(r" ?(This handout is general information|Esta hoja es información general)\..*?"
                  r"(Page|Página) \d+ (of|de) \d+ \w+ \w+", "", text)


CLIENTS = {  # (the client, "they", the ban the reduction would end)
    "conspiracy": (lambda lang: conspiracy("HS", "182(a)(1)/11352", lang), 0, 0),
    "revoked_245": (lambda lang: revoked(["245(a)(1)"], lang, revoked=True), 0, 1),
    "revoked_two": (lambda lang: revoked(["245(a)(1)", "422"], lang, revoked=True), 1, 1),
}


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("who", sorted(CLIENTS))
@pytest.mark.parametrize("reviewed", [True, False])
def test_s161_01_the_gun_note_says_whether_the_reduction_was_looked_at(lang, who, reviewed):
    """Reviewed: "has looked at"; not reviewed: "will check", as before."""
    make, many, ban = CLIENTS[who]
    text = _text(make(lang), lang, reviewed=reviewed)
    said, unsaid = (LOOKED, CHECK) if reviewed else (CHECK, LOOKED)
    assert f"{said[lang][many]} {THEN[lang][ban]}" in text
    assert unsaid[lang][many] not in text
    assert "{check}" not in text
