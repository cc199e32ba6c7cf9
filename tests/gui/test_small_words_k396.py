"""K396: small words a paralegal at the caseload window hears or reads twice, or not at all.

K396-01: the questions to ask coming back while the Eligibility tab is in front were said
"Now above the results: 4 questions to ask the client, above the results (Alt+Q).": "above the
results" twice.  Said once now, by "Now above the results:"; on arriving, where nothing else
says it, the count still says where they are.

K396-02: "Something outstanding" named nothing of `clinic-app list --outstanding`; K396-03: the
status line said after a change repeated the typing left unsaved heard at the load; K396-04: two
cases of one court number read alike in the Eligibility table."""

from __future__ import annotations

import pytest

from tests.two_cases_to_ask import two_cases_to_ask

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _heard(announcements) -> list[str]:
    return [message for _object, message, _politeness in announcements]


def test_k396_01_the_questions_come_back_said_above_the_results_once(qtbot, window, repo, announcements):
    from tests.gui.test_eligibility_notes_heard_a141 import _to_eligibility

    panel, said = _to_eligibility(qtbot, window, repo, announcements, two_cases_to_ask())
    assert any("4 questions to ask the client, above the results (Alt+Q)." in message for message in said)
    panel.showing.setCurrentIndex(1)  # a stored result: the questions gone
    del announcements[:]
    panel.showing.setCurrentIndex(0)  # Screened now: back
    assert _heard(announcements) == ["Now above the results: 4 questions to ask the client (Alt+Q)."]


def test_k396_02_each_filter_with_a_twin_at_a_terminal_names_it(qtbot, window):
    """K396-02: "Something outstanding" said nothing of `clinic-app list --outstanding` (K374-02)
    while "Older rules", Remedy and County named theirs: each filter the list command shares
    names its option, where the pointer rests and to a screen reader on the ticks and counts."""
    caseload = window.caseload
    command = caseload.command("list")
    assert command.startswith("clinic-app list")
    for widget, option in ((caseload.outstanding, "--outstanding"), (caseload.review, "--review"),
                           (caseload.count_buttons["review"], "--review"), (caseload.event, "--event NAME"),
                           (caseload.language, "--language en or es"), (caseload.older_rules_button, "--older-rules"),
                           (caseload.remedy, "--remedy KEY"), (caseload.county, "--county NAME")):
        assert widget.toolTip().endswith(f"The same as {command} {option}"), (option, widget.toolTip())
    for tick in (caseload.outstanding, caseload.review, caseload.count_buttons["review"]):
        # Heard as the tooltip reads, the file said as "--db CASELOAD" (K409-01).
        assert tick.accessibleDescription() == tick.toolTip().replace(command, caseload.heard_command("list"))
    assert "fine or restitution to pay" in caseload.outstanding.toolTip()


def test_k396_03_the_line_said_after_a_change_says_the_typing_left_only_once(qtbot, window, repo, announcements):
    """K396-03 (R390): "Typing left unsaved ...: Ana" heard once at the load (A388-01), another
    desk then storing a client by older rules: the whole status line said (F63-09) carried the
    typing words again.  It says the change, not the typing heard already; the line shows both.
    The typing changed alone is said alone, not with the rest of the line again."""
    from tests.gui.conftest import TODAY
    from tests.gui.test_export_drafts_f65 import _left_by_a_stopped_window
    from tests.older_rules import screened_some_by_older_rules, told_by_older_rules

    clients = screened_some_by_older_rules(repo, ("Ana Typed", "Olga Older"), (), TODAY)
    ana = clients["Ana Typed"].id
    _left_by_a_stopped_window(repo, ana, {"client": {"name": "Ana Typed", "phone": "213-555-0101"}})
    window.load()
    assert [said for said in _heard(announcements) if "typing left unsaved" in said.lower()] != []
    del announcements[:]
    told_by_older_rules(repo, clients["Olga Older"].id)  # another desk's rules
    window.load()
    said = [said for said in _heard(announcements) if "screened by older rules" in said]
    assert len(said) == 1 and "typing left unsaved" not in said[0].lower(), _heard(announcements)
    assert "typing left unsaved" in window.status.text().lower()
    assert not any("typing left unsaved" in said.lower() for said in _heard(announcements))
    # The typing alone changes (Olga's left too): the typing alone is said, not the line again.
    del announcements[:]
    olga = clients["Olga Older"].id
    _left_by_a_stopped_window(repo, olga, {"client": {"name": "Olga Older", "phone": "213-555-0102"}})
    window.load()
    said = _heard(announcements)
    assert len(said) == 1 and "typing left unsaved" in said[0].lower() and "older rules" not in said[0], said


def test_k396_04_two_cases_of_one_number_read_apart_in_the_results(qtbot, window, repo):
    """K396-04 (R376): the Eligibility table's Case column said "BA100001" of both cases of that
    number; each says its day first, as the column says a case without a number."""
    from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of
    from tests.test_same_number_told_apart_k396 import twice_numbered

    panel = _eligibility_of(qtbot, window, repo, twice_numbered())
    shown = {panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())}
    assert shown == {"BA100001 (convicted 2015-05-01, PC 459, Los Angeles County)",
                     "BA100001 (convicted 2019-08-02, PC 484(a), Los Angeles County)"}, shown
    assert len(set(panel.questions.asked())) == panel.questions.count() == 4
