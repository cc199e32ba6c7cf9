"""Z55: a caseload line's next action is said whole and in fewer words by the same code, from
the line's state.  The narrow list's fewer words ("Hearing 2027-01-10", "Auto; file <day>")
were found by matching the whole words again (regular expressions over what court_action had
just written, prefixes of next_action's), so a word changed there silently lost them."""

from __future__ import annotations

from datetime import date

from clinic_app.court import CourtLine, court_action, court_next_action
from clinic_app.line_action import next_action, next_action_said, shorter_samples
from clinic_app.next_action import NextAction, automatic_from, automatic_then_petition
from clinic_app.model import Petition
from tests.test_court_p53 import _line

FILED, HELD, TODAY, COMING = date(2026, 10, 1), date(2026, 11, 25), date(2026, 12, 2), date(2027, 1, 10)


def test_z55_the_court_says_each_state_whole_and_short():
    said = {state: court_next_action(line, TODAY) for state, line in {
        "hearing": CourtLine("filed", FILED, hearings=(COMING,)),
        "awaiting": CourtLine("filed", FILED),
        "held": CourtLine("filed", FILED, hearings=(HELD, COMING)),
        "denied": CourtLine("denied", ruling_on=HELD),
        "granted": CourtLine("granted", ruling_on=HELD),
    }.items()}
    assert said == {
        "hearing": NextAction("Filed 2026-10-01; hearing 2027-01-10", "Hearing 2027-01-10", COMING),
        "awaiting": NextAction("Filed 2026-10-01; awaiting ruling", "Awaiting ruling"),
        # No day kept where the words shown (the fewer ones) end with none (D58-02).
        "held": NextAction("Hearing 2026-11-25 held: record the ruling; next 2027-01-10", "Held: record ruling"),
        "denied": NextAction("Denied 2026-11-25: attorney to review", "Denied: to attorney"),
        "granted": NextAction("Granted 2026-11-25: record the relief on the count", "Granted: enter relief"),
    }
    assert court_next_action(None, TODAY) is None and court_next_action(CourtLine(None), TODAY) is None
    # court_action (the client's header, `clinic-app list`) says the same whole words.
    assert court_action(CourtLine("filed", FILED, hearings=(COMING,)), TODAY) == said["hearing"].full


def test_z55_a_line_filed_gives_the_list_both_from_its_petitions():
    _summary, row = _line([Petition("pc1203_4", FILED, ["a1"], hearing_on=COMING)])
    whole, short = "Filed 2026-10-01; hearing 2027-01-10", "Hearing 2027-01-10"
    assert next_action_said(row, TODAY) == ((whole, short, COMING), COMING)
    assert next_action(row, TODAY) == ("Filed 2026-10-01; hearing 2027-01-10", COMING)  # as before


def test_z55_automatic_relief_whole_and_short():
    assert automatic_then_petition(date(2026, 12, 21)) == ("Automatic; file on 2026-12-21", "Auto; file 2026-12-21",
                                                           date(2026, 12, 21))
    assert automatic_from(date(2030, 9, 29)) == ("Automatic from 2030-09-29", "Auto on 2030-09-29", date(2030, 9, 29))


def test_z55_the_lists_least_width_holds_every_short_form():
    """The samples the list keeps the Next action wide enough for are the short forms the code
    says, one of each kind, as the tables gave them."""
    assert shorter_samples(date(2027, 3, 2)) == [
        "Auto; file 2027-03-02", "Auto on 2027-03-02", "Hearing 2027-03-02", "Awaiting ruling",
        "Awaiting; enter relief", "Hearing; enter relief", "Held: ruling; relief",  # beside a grant under review (Y119-05)
        "Held: record ruling",
        "Filed; to attorney", "Held: ruling; attorney", "Relief; to attorney", "Held; relief; attorney",  # K155-01
        "Denied: to attorney", "Denied; enter relief", "Granted: enter relief", "File; attorney; ruling",
        "File; attorney; relief", "File; relief; ruling", "File; court: 3 to do", "Review; enter relief", "Follow; enter relief",
        "1203.3; 2027-03-02",  # an early end asked now, or the filing day (S160-02)
        "Immigration first"]  # a client not a US citizen, eligible now (I165-02)
