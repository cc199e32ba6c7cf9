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
from test_values_kept_whole_l94 import AS_OF, cut_values, demo_client, lines_of

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes

KEYS = ("address", "phone", "website", "email", "hours", "hours_in_english")


def handout_with_every_detail(lang: str, large: bool, **typed):
    client = demo_client(162)
    clinic = replace(CLINIC, **{"email": "intake@eastside.org", **typed})
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


LONG_EMAIL = "volunteers@eastside-record-clearance-clinic.org"
LONG_WEBSITE = "www.eastside-record-clearance-clinic-los-angeles.org"


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("large", [False, True])
@pytest.mark.parametrize("website", [CLINIC.website, LONG_WEBSITE])
def test_r95_02_a_long_email_or_website_is_never_cut_to_keep_its_label(lang, large, website):
    """R95-02: held to «Correo electrónico:», an address as long as the line (large print, Spanish)
    was cut inside itself by ReportLab, «Correo electrónico: expungement.volu» / «nteers@...»:
    an email or a website copied wrong.  It goes whole onto a line of its own, as before L94-05."""
    handout = handout_with_every_detail(lang, large, email=LONG_EMAIL, website=website)
    lines = lines_of(render_bytes(handout))
    # Cut inside a word, neither is in the text at all (cut_values finds what is cut at a space):
    # «... los-angeles.org · C» / «orreo electrónico: volunteers@...», «Correo electrónico: volunte» / «ers@...».
    whole = [LONG_EMAIL, website, f"{handout.labels['email']}:", f"{handout.labels['website']}:"]
    assert [words for words in whole if not any(words in line for line in lines)] == []
