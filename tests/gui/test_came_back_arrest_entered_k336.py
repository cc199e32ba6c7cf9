"""K336-05: a client come back (C123) is asked about "any arrest, charge or case since" the last
visit (M124-03).  The paralegal asked, and typed the arrest the client told of into the record;
opened again that visit, the window still asked about arrests since 2026-03-14, as if nothing
had been entered.  It says what was entered since then instead, and asks as before where
nothing was."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from db.rescreen import rescreen_caseload
from tests.gui.conftest import let_go, probation_client, type_and_leave, type_over
from tests.gui.test_came_back_said_c123 import BACK, SEEN, _window_on

ASKED = "Ask the client about any arrest, charge or case since 2026-03-14"


def _opened_on_back(qtbot, repo):
    """Jose, on probation to 2027-06-03, seen SEEN, opened on BACK: he is asked about."""
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    rescreen_caseload(repo, SEEN, workers=1)
    window = _window_on(repo, BACK)
    window.open_client(client_id)
    assert ASKED in window.statusBar().currentMessage()
    return window, client_id


def _opened_again(window, client_id) -> str:
    assert window.show_caseload()
    window.open_client(client_id)
    return window.statusBar().currentMessage()


def test_k336_05_an_arrest_entered_on_the_visit_is_not_asked_about_again(qtbot, repo, announcements):
    window, client_id = _opened_on_back(qtbot, repo)
    try:
        record = window.client_view.record
        qtbot.mouseClick(record.add_case, Qt.MouseButton.LeftButton)  # the arrest he told of
        form = record.case_form
        form.outcome.setCurrentIndex(form.outcome.findData("no_charges_filed"))
        type_and_leave(qtbot, form.arrest_date, "2027-09-02")
        window.save_action.trigger()
        assert len(repo.get_client(client_id).cases) == 2
        said = _opened_again(window, client_id)
        assert said.startswith("Last screened as of 2026-03-14: Eligible on 2027-06-04. Now, as of 2027-11-20: "), said
        assert "arrest, charge or case since" not in said
        assert "Entered since 2026-03-14: case c2 (arrested 2027-09-02, Los Angeles County)." in said
        opened = [words for _, words, _ in announcements if words.startswith("Opened Jose Ramirez")]
        assert "arrest, charge or case since" not in opened[-1] and "Entered since 2026-03-14: case c2" in opened[-1]
    finally:
        let_go(window)


def test_k336_05_a_visit_that_entered_no_case_still_asks(qtbot, repo):
    window, client_id = _opened_on_back(qtbot, repo)
    try:
        type_over(qtbot, window.client_view.record.person.phone, "555-0101")  # typed, no case
        window.save_action.trigger()
        assert repo.get_client(client_id).phone == "555-0101"
        said = _opened_again(window, client_id)
        assert ASKED in said and "Entered since" not in said
    finally:
        let_go(window)


def test_k336_05_what_counts_as_nothing_entered(repo):
    """K336-05 said a case typed on the last screening's own day, a client imported since and a
    case put back by Undo count as nothing entered; neither test above tried one.  Read from the
    audit log as the window reads it (the saves after a day, `cases_entered_since` of them), the
    day each save's own."""
    from dataclasses import replace

    from clinic_app.court import kept_moment
    from clinic_app.model import Case
    from clinic_app.came_back import cases_entered_since

    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    assert cases_entered_since(repo.saves_after(client_id, date(2000, 1, 1)), repo.get_client(client_id)) == []  # imported
    stored = repo.get_client(client_id)
    repo.save_client(replace(stored, cases=[*stored.cases, Case(id="c2", outcome="no_charges_filed")]), expected=stored)
    with_arrest = repo.get_client(client_id)
    saved_on = kept_moment(repo.history(client_id)[0].at).astimezone().date()
    assert cases_entered_since(repo.saves_after(client_id, saved_on), with_arrest) == []  # the screening's own day
    entered = cases_entered_since(repo.saves_after(client_id, saved_on - timedelta(days=1)), with_arrest)
    assert [case.id for case in entered] == ["c2"]  # a day after the screening's: entered since
    # A client who came with it, removed and put back (as Undo does) since: nothing entered.
    came_with = replace(with_arrest, name="Ana Ramirez")
    other_id = repo.add_client(came_with)
    stored = repo.get_client(other_id)
    repo.save_client(replace(stored, cases=stored.cases[:1]), expected=stored)
    removed = repo.get_client(other_id)
    repo.save_client(replace(removed, cases=stored.cases), expected=removed)
    back = repo.get_client(other_id)
    assert [case.id for case in back.cases] == ["c1", "c2"]
    assert cases_entered_since(repo.saves_after(other_id, saved_on - timedelta(days=1)), back) == []


def test_r340_01_cases_a_merge_brings_are_not_said_entered_and_the_client_is_asked(qtbot, repo):
    """Jose's record from an earlier event (a case of 2019, typed there) merged into his on the
    visit: nobody asked him of an arrest since 2026-03-14, and the window said "Entered since
    2026-03-14: case ..." of the old case instead of asking (R340-01)."""
    from clinic_app.merging import merge_into
    from clinic_app.model import Case

    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    rescreen_caseload(repo, SEEN, workers=1)
    other = probation_client("Jose Ramirez", case_number="19CR00042", probation_end=date(2027, 6, 3))
    other.cases = [Case(id="c1", case_number="19CR00042", outcome="dismissed", arrest_date=date(2019, 4, 2),
                        county="Los Angeles County")]
    other_id = repo.add_client(other)
    mine, theirs = repo.get_client(client_id), repo.get_client(other_id)
    repo.merge_clients(merge_into(mine, theirs, keys_used=repo.record_keys_used(client_id)), other_id,
                       expected=(mine, theirs), reviews=([], []))
    assert len(repo.get_client(client_id).cases) == 2
    window = _window_on(repo, BACK)
    try:
        window.open_client(client_id)
        said = window.statusBar().currentMessage()
        assert said.startswith("Last screened as of 2026-03-14: "), said
        assert ASKED in said and "Entered since" not in said, said
    finally:
        let_go(window)


def test_r340_01_a_case_removed_and_put_back_is_not_said_entered_one_typed_is(repo):
    """What R340-01's reading of the log still tells apart: a case removed on the visit and put
    back by Undo was there before it (not entered); a case typed on it was (K336-05)."""
    from dataclasses import replace

    from clinic_app.model import Case
    from clinic_app.came_back import cases_entered_since

    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234"))
    kept = repo.get_client(client_id)
    arrest = Case(id="c2", outcome="no_charges_filed", arrest_date=date(2026, 9, 2), county="Los Angeles County")
    repo.save_client(replace(kept, cases=[*kept.cases, arrest]))
    repo.save_client(replace(kept, cases=[arrest]))  # Remove case: c1
    repo.save_client(replace(kept, cases=[*kept.cases, arrest]), undoing="Remove case 24CR01234")
    now = repo.get_client(client_id)
    assert [case.id for case in cases_entered_since(repo.saves_after(client_id, SEEN), now)] == ["c2"]


def test_k341_03_a_pending_charge_ticked_on_the_visit_is_not_asked_about_again(qtbot, repo, announcements):
    """K341-03: the client told of a charge pending since the last visit, and the paralegal ticked
    "Has a pending criminal charge" on the Record tab: opened again that visit, the window asked
    still about "any arrest, charge or case since 2026-03-14", as K336-05's cases no longer
    were.  The charge ticked answers it: said in the question's place, as the cases entered."""
    window, client_id = _opened_on_back(qtbot, repo)
    try:
        pending = window.client_view.record.person.pending
        pending.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(pending, Qt.Key.Key_Space)  # ticked, on the Record tab
        assert pending.isChecked()
        window.save_action.trigger()
        assert repo.get_client(client_id).person.pending_charges
        said = _opened_again(window, client_id)
        assert "arrest, charge or case since" not in said, said
        assert "Entered since 2026-03-14: a pending criminal charge (“Has a pending criminal charge”, Record tab)." in said
        opened = [words for _, words, _ in announcements if words.startswith("Opened Jose Ramirez")]
        assert "Entered since 2026-03-14: a pending criminal charge" in opened[-1]
    finally:
        let_go(window)


def test_k341_03_a_pending_charge_ticked_before_the_last_visit_still_asks(qtbot, repo):
    """A charge already ticked when the client was last screened answers nothing of since then."""
    client = probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3))
    client.person.pending_charges = True
    client_id = repo.add_client(client)
    rescreen_caseload(repo, SEEN, workers=1)
    window = _window_on(repo, BACK)
    try:
        window.open_client(client_id)
        said = window.statusBar().currentMessage()
        assert "Entered since" not in said, said
    finally:
        let_go(window)


def test_k341_04_a_case_entered_is_named_as_history_names_it(qtbot, repo):
    """K341-04: the arrest entered was said "case c2 (HS 11350, arrested 2027-09-02, Los Angeles
    County)", its offense first, where History's row for it read "Case c2 (arrested 2027-09-02,
    HS 11350, Los Angeles County) added" and the Eligibility table the same: one case, two names.
    Named the one way, the day first."""
    from clinic_app.model import ArrestOffense, Case

    window, client_id = _opened_on_back(qtbot, repo)
    try:
        stored = repo.get_client(client_id)
        stored.cases.append(Case(id="c2", outcome="no_charges_filed", county="Los Angeles", arrest_date=date(2027, 9, 2),
                                 arrest_offenses=[ArrestOffense("11350", "HS")]))
        repo.save_client(stored)  # as intake's box 2 saves an arrest typed for a client come back
        said = _opened_again(window, client_id)
        named = "c2 (arrested 2027-09-02, HS 11350, Los Angeles County)"
        assert f"Entered since 2026-03-14: case {named}." in said, said
        from tests.gui.test_history_said_in_words_x69 import _details_of

        assert _details_of(qtbot, window, "Record edited").splitlines()[1].strip().startswith(f"cases: added Case {named} (")
    finally:
        let_go(window)


def test_k342_02_the_come_back_message_reads_only_the_saves_after_the_screening_s_day(repo, monkeypatch):
    """The come-back message read the client's whole audit log on the window's thread (168 ms
    on opening a long record of 300 saves, K342-02): it reads the saves after the last
    screening's day alone, in one query, and says the same cases as the whole log gave."""
    from dataclasses import replace
    from datetime import datetime, timezone

    from clinic_app.model import Case
    from clinic_app.came_back import cases_entered_since

    moments = iter(datetime(2026, 1, 5, 18, 0, tzinfo=timezone.utc) + timedelta(days=n) for n in range(100))
    monkeypatch.setattr(repo, "_clock", lambda: next(moments))
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234"))
    for n in range(12):  # twelve saves on twelve days: a phone typed, then an arrest on the last two
        kept = repo.get_client(client_id)
        cases = [*kept.cases, Case(id=f"a{n}", outcome="no_charges_filed")] if n >= 10 else kept.cases
        repo.save_client(replace(kept, phone=f"555-01{n:02d}", cases=cases), expected=kept)
    client = repo.get_client(client_id)
    whole = repo.history(client_id)
    saves = [entry for entry in whole if entry.entity == "client" and entry.action == "update"]
    day = saves[3].at.astimezone().date()  # the fourth newest save's day: three saves after it
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    read = repo.saves_after(client_id, day)
    repo.db.conn.set_trace_callback(None)
    assert [entry.id for entry in read] == [entry.id for entry in saves[:3]]
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1
    assert [case.id for case in cases_entered_since(read, client)] == ["a10", "a11"]
    assert cases_entered_since(read, client) == cases_entered_since(saves[:3], client)
