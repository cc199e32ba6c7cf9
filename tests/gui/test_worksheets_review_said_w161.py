"""W161-05: a paralegal making the filing worksheets of the 1,485 clients "Eligible now: to file"
was asked "Make filing worksheets for the 1,485 clients shown ...?" with nothing said of the 719
among them whose results still await an attorney's review, where the same list's handouts say
it (V109-03).  The worksheets' question now says how many, that each such result reads "Needs an
attorney's review" on their worksheet, and where the list shows them."""

from __future__ import annotations

from tests.gui.conftest import batch_question_asked, probation_client
from tests.gui.test_opened_from_review_queue_u93 import _stored


def _worksheets_question(qtbot, window) -> str:
    seen = batch_question_asked(qtbot)
    window.shown_worksheets_action.trigger()
    (question,) = seen
    return question[1]


def test_w161_05_the_worksheets_question_says_how_many_still_await_review(qtbot, window, repo):
    for name in ("Alejandra Orozco", "Bruno Ramos"):
        _stored(window, repo, name)
    for n in range(4):
        repo.add_client(probation_client(f"Rosa Concaso {n}"))
    window.load()
    assert window.caseload.model.rowCount() == 6  # more than a few: asked first
    said = _worksheets_question(qtbot, window)
    assert said.endswith("\n\n2 of them have results still awaiting an attorney's review: on their worksheets, each such result reads "
                         "\u201cNeeds an attorney's review\u201d (Review needed, ticked on "
                         "this list, shows them)."), said


def test_w161_05_the_words_quoted_begin_each_status_the_worksheet_gives_a_result_to_review():
    from clinic_app.worksheet.compose import NEEDS_REVIEW, NEEDS_REVIEW_AUTOMATIC, REVIEW_SAID

    assert NEEDS_REVIEW.startswith(REVIEW_SAID) and NEEDS_REVIEW_AUTOMATIC.startswith(REVIEW_SAID)


def test_w161_05_none_awaiting_review_adds_nothing(qtbot, window, repo):
    for n in range(6):
        repo.add_client(probation_client(f"Rosa Concaso {n}"))
    window.load()
    assert "review" not in _worksheets_question(qtbot, window)
