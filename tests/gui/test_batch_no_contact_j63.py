"""J63-01: a batch of handouts made in the window (Caseload > Handouts for the N clients shown,
and the event's) with no clinic phone, address, email or website asked "print or save?" and
said nothing, where the single handout's dialog says the page gives no way to reach the clinic
(W21-17): a new clinic's first event printed a pile of pages ending "Questions? Contact the
clinic" with nothing to contact it by.  The question now says so; with a phone, it asks as before."""

from __future__ import annotations

import pytest

from clinic_app.handouts.document import NO_CONTACT_BATCH
from tests.gui.conftest import batch_question_asked, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _clients(window, repo, how_many: int) -> None:
    for n in range(how_many):
        repo.add_client(probation_client(f"Cliente {n}", event="First Saturday", case_number=f"BA70{n}"))
    window.load()


@pytest.mark.parametrize("how_many", [2, 7])  # the few clients' question, and the many's
def test_j63_01_the_shown_clients_handouts_say_there_is_no_way_to_reach_the_clinic(qtbot, window, repo, how_many):
    repo.set_setting("clinic_name", "Eastside Clinic")  # a name alone: nothing to contact it by
    _clients(window, repo, how_many)
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    (_text, informative), = seen
    assert NO_CONTACT_BATCH in informative


def test_j63_01_the_events_handouts_say_it_and_a_phone_asks_as_before(qtbot, window, repo):
    _clients(window, repo, 2)
    seen = batch_question_asked(qtbot)
    window.print_event_action.trigger()  # the caseload's only event
    assert seen == [("Handouts for every client of First Saturday, each in the client's language (all in English).", NO_CONTACT_BATCH)]

    repo.set_setting("clinic_phone", "(213) 555-0100")
    seen = batch_question_asked(qtbot)
    window.print_event_action.trigger()
    assert seen == [("Handouts for every client of First Saturday, each in the client's language (all in English).", "")]
    seen = batch_question_asked(qtbot)
    window.shown_handouts_action.trigger()
    assert seen == [("Handouts for the 2 clients shown, each in the client's language (all in English).", "")]
