"""R95-01: L94-05 held a clinic detail's label to its value by its last word only, so a label of two
words or more was cut instead: demo client 162 of seed 94, with the clinic's email typed, printed
«Sitio web: eastside-clinic.example.org · Correo» / «electrónico: intake@eastside.org» (standard and
large print), and hours typed in English only «... · Horario (en» / «inglés): Tue and Thu ...»
could be cut the same way.  Each label is now whole on one line with the start of its value."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from handout_clients import CLINIC
from test_values_kept_whole_l94 import AS_OF, cut_values, demo_client

from clinic_app.eligibility import screen
from clinic_app.handouts import compose

KEYS = ("address", "phone", "website", "email", "hours", "hours_in_english")


def handout_with_every_detail(lang: str, large: bool, **typed):
    client = demo_client(162)
    clinic = replace(CLINIC, email="intake@eastside.org", **typed)
    return compose(client, screen(client.person, client.cases, AS_OF), clinic, lang=lang, large_print=large, as_of=AS_OF)


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("hours_es", [None, "mar. y jue., de 9 a. m. a 4 p. m."])
def test_r95_01_a_clinic_details_label_of_two_words_is_not_cut(lang, large, hours_es):
    handout = handout_with_every_detail(lang, large, hours_es=hours_es)
    # Each label with the first word of its value: «Correo electrónico: intake@eastside.org».
    labelled = re.compile("|".join(rf"{re.escape(handout.labels[key])}: \S+" for key in KEYS))
    values, cut = cut_values(labelled, handout)
    assert len(values) >= 5
    assert cut == []
