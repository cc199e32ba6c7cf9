"""First steps: what a volunteer handed the laptop needs in its first ten minutes.

Said in two places, from here alone: the empty caseload's lines (ui.caseload_view) and Help >
First steps (ui.help_menu), which an event laptop with clients on it has too: the empty list's
lines were the only how-to in the program, and such a laptop never shows them (J216).  A menu item
is written "{File > New client}" and said with its keys as the menus hold them then ("File > New
client (Ctrl+N)"), as Help > Keyboard shortcuts reads them: a key typed here could go stale.
"""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QMenuBar

# The empty caseload's ways in, one a line (E138-01), each whole on a line at the window's first
# size at 15 pt too (S140-02).  NEW_CLIENT's words, INTAKE and DEMO are Help > First steps' too.
NEW_CLIENT = "No clients yet: add one with {File > New client}."
# How a clinic event is made (E29-11): there is no "New event".
INTAKE = "For a clinic event, start {Caseload > Clinic intake mode}; type the event's name there: that makes the event."
IMPORT = "Bring in a laptop's clients with {File > Import clients...} ({Help > About Clinic Desk} says where this caseload is)."
# A new laptop's director, the old one's caseload on a USB stick, was not told the way that brings
# it whole (D103-04).
RESTORE = "From another computer? Its backup comes whole with {File > Restore from backup...} (Choose file... for a USB stick)."
CLINIC_DETAILS = "Before the first handouts, give the clinic's phone and address in {File > Clinic details...} (handouts print them)."
ENCRYPT = "Event laptop? Encrypt this caseload while it is empty: {File > Encrypt caseload...} (older backups stay readable)."
DEMO = "To try the program first on made-up clients, choose {File > Open demo caseload} (a caseload of its own)."
# The how-to itself: the empty list named every way in, not the steps a volunteer new to the
# program looks for after the first client (K246-04).
HOW_TO = "New to the program? {Help > First steps} says what a volunteer needs first, step by step."

# What the Eligibility tab's rows are, said by step 5 here and by the tab itself while a client has no
# case yet: its rows are a whole case's too ("(whole case)": an arrest's sealing, PC 851.91 and
# 851.93, or probation ended early), where "each conviction's remedies" read otherwise (K235-03, K241-01).
ELIGIBILITY_ROWS = "the remedies of each conviction, and of a whole case (sealing an arrest, ending probation early)"

# The hand-over's name, the README's heading for it too (K294-03).
HAND_OVER = "At the end of a clinic day"

INTRODUCTION = "What a volunteer needs first. The keys are the menus' own; {Help > Keyboard shortcuts} lists them all."
# Help > First steps: (what, how), in the order a volunteer meets them at an event.
STEPS = (
    ("Find or add a client",
     "{File > Find client} searches names, case numbers, dates of birth and phone numbers; Enter opens the "
     "client found (of several, it goes to the list). A new client: {File > New client}, then the name and date of birth on the Record tab. "
     + INTAKE),
    ("Add a case",
     "On the Record tab, Add case: the case number, then each conviction's Offense (its code section, from "
     "the offense catalog) and level, the sentence (probation and its end, say), fines and restitution. An arrest "
     "with no conviction: choose how it ended (dismissed, no charges filed...) in the case's Outcome (at intake, in Sentence)."),
    ("It saves as you go",
     "A field is saved when you leave it, and the status bar says what was saved; {Edit > Save} saves at once."),
    ("Undo",
     "{Edit > Undo} first undoes the typing in the field you are in, then the last saved step (an edit, a case "
     "added, a payment, a client made at intake); {Edit > Redo} does it again."),
    # The tab's notes over the table show only where they apply: "the notes above them" read
    # otherwise (R229, K235-03); its rows are ELIGIBILITY_ROWS.
    ("The results",
     f"The client's Eligibility tab: {ELIGIBILITY_ROWS}, each with its reasons and citations. Where a note stands above them "
     "(immigration counsel first, say), read it before them. A result that needs an attorney's review waits for "
     "one: {View > Next result to review} goes to it. {Help > Remedies at a glance} says each remedy's law."),
    ("The to-dos",
     "The client's Checklist tab: what still stands between the client and relief (probation to finish, "
     "classes, fines and restitution with their payments). {Caseload > Show caseload} goes back to the "
     "caseload list, whose Next action and Outstanding say the same for every client."),
    # The button sits above the tabs: "on the record", after steps on the Record tab, sent a
    # volunteer looking for it among the Record tab's fields (R229-03).
    ("The handout",
     "{Caseload > Print handout...} shows the client's handout in the client's language (so does the "
     "Handout... button at the top of the client's page, beside Save), to print or to save as a PDF."),
    # How the hour's work reaches the coordinator: the README's "At the end of a clinic day" alone said
    # it, and a volunteer handed over a backup, which a restore puts in place of the clinic's whole
    # caseload (F290-01).  The export's item names its count ("Export the 2 clients shown..."): no braces.
    # Named as the README's heading is, one name for one thing; no item's "..." ends a sentence, where
    # a full stop made it "Import clients...." (K303-01).
    (HAND_OVER,
     "The clinic's caseload takes in this laptop's clients from a file: choose the event in the list's Event filter, "
     "then File > Export the clients shown... (its name counts them), and give the file to the coordinator: "
     "{File > Import clients...} takes it in on the clinic's computer. The file names people and their convictions: carry it "
     "encrypted, and delete it once imported. A backup ({File > Back up caseload...}) is no way to hand clients over: "
     "restored, it takes the place of the whole caseload there."),
    ("Trying it first", DEMO),
)

_ITEM = re.compile(r"\{([^{}]+ > [^{}]+)\}")


def said(words: str, menu_bar: QMenuBar | None) -> str:
    """`words` with each "{Menu > Item}" said as the menus have it, its keys after it
    ("File > New client (Ctrl+N)"); with no menus (a caseload list alone), the path alone."""
    keys = _keys_of_items(menu_bar) if menu_bar is not None and _ITEM.search(words) else {}
    return _ITEM.sub(lambda found: found[1] + (f" ({keys[found[1]]})" if keys.get(found[1]) else ""), words)


def items_named() -> set[str]:
    """Every menu item these steps name, for the test that each is one of the window's."""
    texts = [INTRODUCTION, NEW_CLIENT, INTAKE, IMPORT, RESTORE, CLINIC_DETAILS, ENCRYPT, DEMO, HOW_TO] + [how for _, how in STEPS]
    return {path for text in texts for path in _ITEM.findall(text)}


def _keys_of_items(menu_bar: QMenuBar) -> dict[str, str]:
    from ui.help_menu import keys_of, menus_in_order

    return {f"{menu.title().replace('&', '')} > {action.text().replace('&', '')}": keys_of(action)
            for menu in menus_in_order(menu_bar) for action in menu.actions() if action.text()}


def first_steps_text(menu_bar: QMenuBar) -> str:
    """Help > First steps, as rich text: one numbered step a line, its name first."""
    steps = "".join(f"<li><b>{html.escape(what)}.</b> {html.escape(said(how, menu_bar))}</li>" for what, how in STEPS)
    return f"<p>{html.escape(said(INTRODUCTION, menu_bar))}</p><ol>{steps}</ol>"
