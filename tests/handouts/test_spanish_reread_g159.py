"""G159: a Spanish reread of the handout words added in rounds 154-158, beside their English,
as a client reading Spanish at a sixth-grade level reads them.  Each test opens the real PDF
(pypdf text) of a synthetic client screened by the real engine."""

from __future__ import annotations

import pytest
from handout_render import pdf_text
from test_another_state_o155 import teresa
from test_arrest_card_how_it_ended_s143 import ended
from test_arrest_petition_said_p123 import text_of

from tests.handouts.test_driving_record_at_work_d154 import _marco, _read_on
from tests.handouts.test_not_erased_beside_an_arrest_s156 import _client, _dismissed_arrest, _flat, _theft

# ---- G159-01: what a check in another state may show -------------------------------------
# O155-03's "ask the clinic what it may show" (the check) read «pregunte en la clínica qué
# puede mostrar»: on a page that speaks to «usted» throughout, that says "what you may show",
# as if the client chose what to show.  The check is named as what shows.
WHAT_THE_CHECK_SHOWS = "pregunte en la clínica qué puede mostrar esa revisión."


def test_g159_01_the_check_not_the_client_is_what_may_show():
    assert WHAT_THE_CHECK_SHOWS in _flat(pdf_text(teresa("es"), "es"))


def test_g159_01_beside_a_dismissed_arrest_too():
    assert WHAT_THE_CHECK_SHOWS in _flat(pdf_text(_client("es", _theft(), _dismissed_arrest()), "es"))


# ---- G159-02: an acquittal in words the client uses ------------------------------------------
# T154-03 took "Acquitted", the court's word, off the English card ("Found not guilty"); the
# Spanish kept «Absolución en juicio», as much the court's word, and «absolución» is first the
# Church's.  «No culpable en el juicio» says what the client heard, and «culpable» has no gender
# to agree with the client (S143-04's rule for these words).


def test_g159_02_an_acquittal_reads_not_guilty_at_trial_in_spanish():
    page = text_of(ended("acquitted"), "es")
    assert "Arresto en 2016 · No culpable en el juicio · HS 11350(a)" in page
    assert "Absolución" not in page


# ---- G159-03: a job that has the client drive ----------------------------------------------
# D154-01's "or the job would have you drive" read «o el trabajo es manejando» ("the job is
# driving"), a gerund standing for a noun, spoken but not written, and without the «si» that
# makes it the second "if".  «o si en el trabajo tendrá que manejar» says it as written Spanish.
DRIVES = "o si en el trabajo tendrá que manejar, pregunte"


def test_g159_03_a_job_that_has_the_client_drive_is_said_as_written_spanish():
    text = _read_on(_marco("es"), "es")
    assert text.count(DRIVES) == 2  # the question, and its pointer under the government job
    assert "es manejando" not in text
