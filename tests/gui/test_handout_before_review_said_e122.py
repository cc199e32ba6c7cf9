"""E122-03: a paralegal at a clinic event opened a client's handout (Ctrl+P) while results of
theirs still waited for the attorney, and printed it: nothing in the preview said so.  The
event's batch says how many clients still await an attorney's review (V109-03); the one
client's preview said nothing.  It now says, above the pages, what still waits, in the
attorney's queue's words ("PC 1203.4 dismissal for PC 12021: How much was ordered ...?"), and
Print and Save PDF carry it for a screen reader; once the attorney has reviewed each, nothing."""

from __future__ import annotations

from clinic_app.review import answer_key
from db.rescreen import rescreen_caseload
from tests.automatic_relief import clean_slate_only
from tests.gui.conftest import TODAY
from ui.handout_dialog import HandoutDialog
from ui.services import screen_client

WAITS = ("Still waiting for an attorney's review: PC 1203.4 dismissal for PC 12021: How much was ordered in fines (not "
         "counting restitution)?; PC 17(b) reduce to misdemeanor for PC 12021: record to weigh. This handout would go "
         "out before it (F8 on the Eligibility tab goes to each).")


def _dialog(qtbot, repo, client) -> HandoutDialog:
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_e122_03_the_preview_says_what_still_waits_for_the_attorney(qtbot, repo):
    client = clean_slate_only("Rosa Revisada")
    client_id = repo.add_client(client)
    rescreen_caseload(repo, TODAY, workers=1)
    dialog = _dialog(qtbot, repo, repo.get_client(client_id))
    assert dialog.before_review.isVisible() and dialog.before_review.text() == WAITS
    assert WAITS in dialog.print_button.accessibleDescription()


def test_e122_03_once_reviewed_the_preview_says_nothing_of_it(qtbot, repo):
    client = clean_slate_only("Rosa Revisada")
    client_id = repo.add_client(client)
    rescreen_caseload(repo, TODAY, workers=1)
    stored = repo.latest_screening(client_id)
    repo.record_reviews(client_id, [(d.case, d.conviction, d.remedy, answer_key(d)) for d in stored.screening.results
                                    if d.status == "needs_review"], "Checked", facts_hash=stored.facts_hash)
    dialog = _dialog(qtbot, repo, repo.get_client(client_id))
    assert not dialog.before_review.isVisible()
    assert "attorney's review" not in dialog.print_button.accessibleDescription()


def test_a125_02_the_note_above_the_pages_is_heard_with_its_words(qtbot, repo):
    """A screen reader reading the preview (NVDA's object review, or the dialog read through)
    came upon the note above the pages and heard "About the attorney's review", its name, and
    not one of its words: Qt hands a reader a named label's name alone."""
    from PySide6.QtGui import QAccessible

    client = clean_slate_only("Rosa Revisada")
    client_id = repo.add_client(client)
    rescreen_caseload(repo, TODAY, workers=1)
    dialog = _dialog(qtbot, repo, repo.get_client(client_id))
    heard = QAccessible.queryAccessibleInterface(dialog.before_review)
    assert heard.text(QAccessible.Text.Name) == "About the attorney's review"
    assert heard.text(QAccessible.Text.Description) == f"Note: {WAITS}"
    dialog.before_review.say(None)  # nothing to say: nothing heard of it either
    assert heard.text(QAccessible.Text.Description) == ""


def test_a125_04_the_page_number_is_heard_with_its_words(qtbot, repo):
    """Reading the preview, a screen reader came upon "Page number", the label's name, and not
    the page it was on or how many there are (nor "The handout could not be made.")."""
    from PySide6.QtGui import QAccessible

    client = clean_slate_only("Rosa Revisada")
    client.id = repo.add_client(client)
    dialog = _dialog(qtbot, repo, client)
    heard = QAccessible.queryAccessibleInterface(dialog.page_label)
    assert heard.text(QAccessible.Text.Name) == "Page number"
    assert heard.text(QAccessible.Text.Description) == dialog.page_label.text()
    assert heard.text(QAccessible.Text.Description).startswith("Page 1 of ")
