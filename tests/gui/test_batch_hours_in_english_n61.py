"""N61-03: a batch of handouts made in the window (Caseload > Handouts for the N clients shown,
and the event's) says before it starts, in K59-03's words, that the clinic's hours have no
Spanish version, where some handout of it is Spanish: the single handout's dialog and
`clinic-app handout` said so, the batch said nothing and printed "Horario (en inglés)" on every
Spanish page.  An English batch, or Spanish hours typed, asks as before."""

from __future__ import annotations

import pytest

from clinic_app.handouts.document import HOURS_IN_ENGLISH_ONLY
from tests.gui.conftest import batch_question_asked, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def english_hours_only(repo):
    repo.set_setting("clinic_phone", "(213) 555-0100")
    repo.set_setting("clinic_hours", "Tue and Thu, 9 am to 4 pm")
    return repo


def _clients(window, repo, languages: str, event: str = "Compton fair") -> None:
    for n, language in enumerate(languages):
        lang = {"e": "en", "s": "es"}[language]
        repo.add_client(probation_client(f"Cliente {n} {lang}", event=event, language=lang, case_number=f"BA50{n}"))
    window.load()


@pytest.mark.parametrize("languages", ["ss", "es", "eeeeees"])
def test_n61_a_batch_with_a_spanish_handout_says_the_hours_are_in_english(qtbot, window, english_hours_only, languages):
    _clients(window, english_hours_only, languages)
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    (text, informative), = seen
    assert HOURS_IN_ENGLISH_ONLY in informative
    if len(languages) > 5:  # the many clients' question keeps its pages' "About"
        assert text.startswith("Make handouts for the 7 clients shown") and informative.startswith("About, since")


def test_n61_an_english_batch_or_spanish_hours_typed_ask_as_before(qtbot, window, english_hours_only):
    repo = english_hours_only
    _clients(window, repo, "ee")
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    assert seen == [("Handouts for the 2 clients shown, each in the client's language (all in English).", "")]

    repo.add_client(probation_client("Rosa es", event="Compton fair", language="es", case_number="BA599"))
    repo.set_setting("clinic_hours_es", "mar. y jue., de 9 a. m. a 4 p. m.")
    window.load()
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    assert seen == [("Handouts for the 3 clients shown, each in the client's language (2 in English, 1 in Spanish).", "")]


def test_n61_the_events_handouts_say_it_too(qtbot, window, english_hours_only):
    _clients(window, english_hours_only, "es", event="Saturday Clinic 2026-12-05")
    seen = batch_question_asked(qtbot)
    window.print_event_action.trigger()  # the caseload's only event, the filter on any event (E29-03)
    assert seen == [("Handouts for every client of Saturday Clinic 2026-12-05, each in the client's language (1 in English, 1 in Spanish).",
                     HOURS_IN_ENGLISH_ONLY)]
