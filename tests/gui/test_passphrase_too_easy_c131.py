"""C131-01: a coordinator readying a laptop for a clinic event chose its passphrase in File >
Encrypt caseload..., and "password", "12345678" or eight spaces, typed twice, were taken: the
caseload of criminal records opened to the first guess of whoever found the laptop.  Encrypt
stays greyed for a passphrase of the kind tried first, and the dialog says why, beside the
fields and aloud, without repeating it."""

from __future__ import annotations

import pytest

from ui.passphrase_dialog import NewPassphraseDialog


@pytest.fixture
def dialog(qtbot):
    made = NewPassphraseDialog()
    qtbot.addWidget(made)
    return made


@pytest.mark.parametrize("typed", ["password", "Password1", "12345678", "abcdefgh", "87654321", " " * 8, "zzzzzzzzzz",
                                   "clinic desk"])
def test_a_passphrase_tried_first_does_not_encrypt_and_is_said(qtbot, dialog, typed):
    qtbot.keyClicks(dialog.first, typed)
    qtbot.keyClicks(dialog.second, typed)
    said = dialog.message.text()
    assert not dialog.ok_button.isEnabled()
    assert said.startswith("That passphrase is too easy to guess: ")
    assert dialog.ok_button.toolTip() == said and dialog.first.accessibleDescription() == said  # heard too
    assert typed.strip() == "" or typed not in said  # never shown back


def test_a_few_words_of_ones_own_encrypt(qtbot, dialog):
    for field in (dialog.first, dialog.second):
        qtbot.keyClicks(field, "pomona frijoles azules")
    assert dialog.ok_button.isEnabled() and dialog.message.text() == ""


@pytest.mark.parametrize("typed", ["aaaa aaaa", "a" + " " * 7, "ZZZZzzzz"])
def test_one_key_over_and_over_with_spaces_or_capitals_does_not_encrypt(qtbot, dialog, typed):
    """R136-03: spaces are left out and capitals lowered for the runs and the passphrases tried
    first, and not for one key typed over and over: "aaaa aaaa", an "a" and seven spaces, and
    "ZZZZzzzz" encrypted the caseload."""
    for field in (dialog.first, dialog.second):
        qtbot.keyClicks(field, typed)
    assert not dialog.ok_button.isEnabled()
    assert dialog.message.text() == ("That passphrase is too easy to guess: it is one key typed over and over. "
                                     "A few words of your own are harder to guess.")
