"""E155-02: a volunteer at an event whose clients all read Spanish best printed the event's
handouts; three records still said English, and the batch's question said only "each in the
client's language": three English handouts came out of the printer among the Spanish ones.
The question now says how many go out in each language, as the batch will print them."""

from __future__ import annotations

import pytest

from tests.gui.conftest import batch_question_asked, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _clients(window, repo, languages: str, event: str = "Clinic night 2026-12-06") -> None:
    for n, language in enumerate(languages):
        lang = {"e": "en", "s": "es"}[language]
        repo.add_client(probation_client(f"Cliente {n} {lang}", event=event, language=lang, case_number=f"BA70{n}"))
    window.load()


def test_e155_02_the_events_question_says_how_many_print_in_each_language(qtbot, window, repo):
    _clients(window, repo, "sesses")
    seen = batch_question_asked(qtbot)
    window.print_event_action.trigger()
    (text, _informative), = seen
    assert text == ("Handouts for every client of Clinic night 2026-12-06, each in the client's language "
                    "(4 in Spanish, 2 in English).")


def test_e155_02_the_shown_clients_question_says_it_too(qtbot, window, repo):
    _clients(window, repo, "seeeeee")
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    (text, _informative), = seen
    assert text.startswith("Make handouts for the 7 clients shown, each in the client's language "
                           "(6 in English, 1 in Spanish): 7 handouts, about ")


def test_e155_02_a_batch_in_one_language_says_so(qtbot, window, repo):
    _clients(window, repo, "ss")
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    assert seen[0][0] == "Handouts for the 2 clients shown, each in the client's language (all in Spanish)."
