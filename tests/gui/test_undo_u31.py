"""U31: Edit > Undo and Redo across a paralegal's day of corrections, and typing never lost."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Condition
from db.records import client_json
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_ledger_k29 import open_on_checklist, pay
from ui.services import screen_client


def _shows_its_screening(view) -> None:
    """The screening the workspace shows is the stored record's, screened again."""
    screened = screen_client(view.repo.get_client(view.client.id), view.today)
    assert (view.screening, view.summary) == (screened.screening, screened.summary)


def test_u31_01_undo_of_a_payment_names_its_day_and_gives_back_the_record(qtbot, window, repo):
    # Two installments of $50 on different days read the same in the Edit menu: "Undo
    # Payment of $50 toward restitution", the day (which one Undo takes back) unsaid.
    view = open_on_checklist(window, repo, probation_client("Pia Pago", probation_end=date(2027, 6, 1), restitution_ordered=1500))
    pay(qtbot, view, 50, date(2026, 10, 1))
    before = client_json(repo.get_client(view.client.id))
    pay(qtbot, view, 50, date(2026, 11, 1))
    after = client_json(repo.get_client(view.client.id))
    assert window.undo_action.text() == "&Undo Payment of $50 toward restitution on 2026-11-01 (Pia Pago)"

    window.undo_action.trigger()
    assert client_json(repo.get_client(view.client.id)) == before
    _shows_its_screening(view)
    assert window.redo_action.text() == "&Redo Payment of $50 toward restitution on 2026-11-01 (Pia Pago)"
    window.redo_action.trigger()
    assert client_json(repo.get_client(view.client.id)) == after
    _shows_its_screening(view)


def _class_client(name: str, case_number: str = "BA100001"):
    client = probation_client(name, probation_end=date(2027, 6, 1), case_number=case_number)
    client.cases[0].conditions = [Condition(kind="class", label="Theft awareness class")]
    return client


def _completed_typed(qtbot, window, repo, text: str):
    """A client open on the Checklist, their class ticked (completed today), and `text` typed
    over its completed date, the field not left; (the view, the client's number)."""
    from tests.gui.conftest import type_over

    view = open_on_checklist(window, repo, _class_client("Cora Clase"))
    view.checklist.condition_boxes[0].click()
    type_over(qtbot, view.checklist.control("c1", "completed"), text)
    return view, view.client.id


def _completed_on(repo, client_id: int):
    return repo.get_client(client_id).cases[0].conditions[0].completed_on


def test_u31_02_a_completed_date_typed_then_new_client_is_saved_for_its_client(qtbot, window, repo):
    # Ctrl+N with "2026-10-30" typed (the field not left): the field, left only once the blank
    # record was shown, saved against it; "Cora Clase's record was changed in another window
    # or on another desk" was said, of nothing, and the date was lost.
    view, client_id = _completed_typed(qtbot, window, repo, "2026-10-30")
    with qtbot.captureExceptions() as raised:
        window.new_action.trigger()
        qtbot.wait(20)
    assert raised == []
    assert _completed_on(repo, client_id) == date(2026, 10, 30)
    assert window.undo_action.text() == "&Undo Theft awareness class: completed 2026-10-30 (Cora Clase)"


def test_u31_02_a_completed_date_typed_is_not_saved_on_the_next_client_opened(qtbot, window, repo):
    # The field, left once the next client was shown, saved its date on that client's record.
    view, client_id = _completed_typed(qtbot, window, repo, "2026-10-30")
    other = repo.add_client(_class_client("Otto Otro", "BA200002"))
    window.open_client(other)
    view.tabs.setCurrentIndex(1)
    window.show_caseload()
    assert _completed_on(repo, other) is None
    assert _completed_on(repo, client_id) == date(2026, 10, 30)


def test_u31_02_a_completed_date_that_is_not_a_date_is_asked_about_before_leaving(qtbot, window, repo, monkeypatch):
    # "2026-10-3" (a digit short) went with the client, without a word; opening a client with
    # no condition then raised KeyError in the checklist (a crash report).
    view, client_id = _completed_typed(qtbot, window, repo, "2026-10-3")
    asked = []

    def answer(_parent, problem, where):
        asked.append((problem, where))
        return len(asked) > 1  # stay the first time, discard the second

    monkeypatch.setattr("ui.client_view.ask_discard", answer)
    assert not window.show_caseload()
    assert view.checklist.control("c1", "completed").text() == "2026-10-3"  # stayed, typing kept
    assert "Theft awareness class" in asked[0][0] and "completed" in asked[0][0]
    other = repo.add_client(probation_client("Nadia Nada", case_number="BA300003"))
    other_client = repo.get_client(other)
    other_client.cases[0].conditions = []
    repo.save_client(other_client)
    window.load()
    with qtbot.captureExceptions() as raised:
        window.open_client(other)
        view.tabs.setCurrentIndex(1)
        qtbot.wait(20)
    assert raised == [] and len(asked) == 2
    assert view.client.id == other
    assert _completed_on(repo, client_id) == date(2026, 11, 22)  # the tick's day, as stored


def test_u31_02_undo_with_a_completed_date_typed_takes_that_date_back(qtbot, window, repo):
    # Edit > Undo with "2026-10-30" typed: Undo took back the tick, and the field then saved
    # its date as a new edit on the record as the undo left it (the redo lost).
    view, client_id = _completed_typed(qtbot, window, repo, "2026-10-30")
    window.undo_action.trigger()
    assert _completed_on(repo, client_id) == date(2026, 11, 22)  # the typed date, taken back
    window.undo_action.trigger()
    assert _completed_on(repo, client_id) is None  # the tick
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert _completed_on(repo, client_id) == date(2026, 10, 30)
    _shows_its_screening(view)


def test_u31_02_a_completed_date_discarded_is_not_asked_about_again_at_the_next_client(qtbot, window, repo, monkeypatch):
    view, client_id = _completed_typed(qtbot, window, repo, "2026-10-3")
    view.tabs.setCurrentIndex(0)  # on to the Record tab, the date still not a date
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, _where: asked.append(problem) or True)
    assert window.show_caseload() and len(asked) == 1
    other = repo.add_client(probation_client("Otto Otro", case_number="BA200002"))
    window.load()
    window.open_client(other)
    assert window.show_caseload()
    assert len(asked) == 1  # not asked again, at a client whose Checklist was never shown


def test_u31_03_a_payment_discarded_is_not_asked_about_again_at_the_next_client(qtbot, window, repo, monkeypatch):
    # Discarded on leaving Pia Pago, $50 typed and not added was asked about again on leaving
    # Otto Otro, whose Checklist was never shown: "the payment typed for case BA100001 is not
    # added", a case of the client before.
    view = open_on_checklist(window, repo, probation_client("Pia Pago", probation_end=date(2027, 6, 1), restitution_ordered=1500))
    view.checklist.payment_forms["c1"].amount.setText("50")
    view.tabs.setCurrentIndex(0)
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, _where: asked.append(problem) or True)
    assert window.show_caseload() and len(asked) == 1
    other = repo.add_client(probation_client("Otto Otro", case_number="BA200002"))
    window.load()
    window.open_client(other)
    assert window.show_caseload()
    assert len(asked) == 1


def _desk_2_notes(repo, client_id: int, notes: str) -> None:
    """Another desk, on the same caseload, saves a note in the client's record."""
    from db.repository import Repository

    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.notes = notes
        desk_2.save_client(theirs)


def _phone_edited(qtbot, window, client_id: int, phone: str) -> None:
    """The client opened, their phone typed over and saved: one step on Undo ("Edit phone")."""
    from tests.gui.conftest import type_over

    window.open_client(client_id)
    type_over(qtbot, window.client_view.record.person.phone, phone)
    window.client_view.save()


def test_u31_04_an_undo_refused_for_another_desk_says_it_cannot_be_undone_and_why(qtbot, window, repo):
    # Refused (storage check D21-02), Ctrl+Z said "... so this change was not saved (it would
    # have undone theirs). Make your change again on the record as it is now": words for a
    # save, read after an Undo as "make the phone number again".
    client_id = repo.add_client(probation_client("Dana Twodesk"))
    window.load()
    _phone_edited(qtbot, window, client_id, "(213) 555-0100")
    _desk_2_notes(repo, client_id, "Has proof of the classes")
    with qtbot.captureExceptions() as raised:
        window.undo_action.trigger()
    (error,) = [exc for _kind, exc, _tb in raised]
    assert str(error) == (
        'Cannot undo "Edit phone (Dana Twodesk)": the record was changed in another window or on another desk since, '
        "and undoing would throw that change away. Nothing was changed: make the correction by hand on the record as it "
        "is now, if it is still needed. It is dropped from Undo.")
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone) == ("Has proof of the classes", "(213) 555-0100")
    assert not window.undo_stack.canUndo()  # the step could never succeed: dropped (U31B-01)


def test_u31_04_a_redo_refused_for_another_desk_says_it_cannot_be_redone(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Dana Twodesk"))
    window.load()
    _phone_edited(qtbot, window, client_id, "(213) 555-0100")
    window.undo_action.trigger()
    _desk_2_notes(repo, client_id, "Has proof of the classes")
    with qtbot.captureExceptions() as raised:
        window.redo_action.trigger()
    (error,) = [exc for _kind, exc, _tb in raised]
    assert str(error).startswith('Cannot redo "Edit phone (Dana Twodesk)": the record was changed in another window')
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone) == ("Has proof of the classes", None)


def test_u31_05_redo_of_delete_client_does_not_remove_another_desks_newer_change(qtbot, window, repo, monkeypatch):
    # Delete client, Undo (back whole), another desk saves a note, Redo: the client was
    # removed again with the note in it, without a word (only the audit log kept it).
    monkeypatch.setattr("ui.main_window.ask_delete_client", lambda *_args: True)
    client_id = repo.add_client(probation_client("Dee Lete"))
    window.load()
    window.caseload.select_client(client_id)
    window.delete_client()
    window.undo_action.trigger()
    assert repo.count_clients() == 1
    _desk_2_notes(repo, client_id, "Brought the 2019 minute order")
    with qtbot.captureExceptions() as raised:
        window.redo_action.trigger()
    (error,) = [exc for _kind, exc, _tb in raised]
    assert str(error).startswith('Cannot redo "Delete client (Dee Lete)": the record was changed in another window')
    assert repo.get_client(client_id).notes == "Brought the 2019 minute order"
    assert window.caseload.model.row_of_client(client_id) is not None


def test_u31_05_redo_of_delete_client_still_removes_a_client_nobody_else_changed(qtbot, window, repo, monkeypatch):
    monkeypatch.setattr("ui.main_window.ask_delete_client", lambda *_args: True)
    client_id = repo.add_client(probation_client("Dee Lete"))
    window.load()
    window.caseload.select_client(client_id)
    window.delete_client()
    before = [client_json(c) for c in repo.iter_clients()]
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert [client_json(c) for c in repo.iter_clients()] == before == []
    window.undo_action.trigger()
    assert repo.get_client(client_id).name == "Dee Lete"


def _hours_typed(qtbot, window, repo, hours: str):
    """A client with 40 hours of community service (5 done) open on the Checklist, `hours`
    typed in the hours box, the box not left; (the view, the client's number)."""
    client = probation_client("Hana Horas", probation_end=date(2027, 6, 1))
    client.cases[0].conditions = [Condition(kind="community_service", label="Community service", required=40, done=5)]
    view = open_on_checklist(window, repo, client)
    spin = view.checklist.control("c1", "count")
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, hours)
    return view, view.client.id


def _hours(repo, client_id: int):
    return repo.get_client(client_id).cases[0].conditions[0].done


def test_u31_06_hours_typed_are_not_saved_on_the_next_client_opened(qtbot, window, repo):
    # "12" typed in Hana Horas's hours box, the box left only once the next client was
    # shown: "Community service: 12 done (Otto Otro)", on the other client's record.
    other_client = probation_client("Otto Otro", probation_end=date(2027, 6, 1), case_number="BA200002")
    other_client.cases[0].conditions = [Condition(kind="community_service", label="Community service", required=40, done=5)]
    other = repo.add_client(other_client)
    view, client_id = _hours_typed(qtbot, window, repo, "12")
    window.open_client(other)
    view.tabs.setCurrentIndex(1)
    window.show_caseload()
    assert (_hours(repo, client_id), _hours(repo, other)) == (12, 5)


def test_u31_06_hours_typed_then_new_client_are_saved_for_their_client(qtbot, window, repo):
    # Ctrl+N said "Hana Horas's record was changed in another window or on another desk"
    # (nothing had) and lost the 12 hours.
    view, client_id = _hours_typed(qtbot, window, repo, "12")
    with qtbot.captureExceptions() as raised:
        window.new_action.trigger()
        qtbot.wait(20)
    assert raised == [] and _hours(repo, client_id) == 12


def test_u31_06_undo_with_hours_typed_takes_those_hours_back(qtbot, window, repo):
    from tests.gui.conftest import type_over

    client = probation_client("Hana Horas", probation_end=date(2027, 6, 1))
    client.cases[0].conditions = [Condition(kind="community_service", label="Community service", required=40, done=5)]
    view = open_on_checklist(window, repo, client)
    client_id = view.client.id
    type_over(qtbot, view.record.person.phone, "555-0100")
    view.save()
    view.tabs.setCurrentIndex(1)
    spin = view.checklist.control("c1", "count")
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "12")
    window.undo_action.trigger()  # the 12 hours: saved first, then taken back
    stored = repo.get_client(client_id)
    assert (stored.cases[0].conditions[0].done, stored.phone) == (5, "555-0100")
    window.redo_action.trigger()
    assert _hours(repo, client_id) == 12
    _shows_its_screening(view)


def test_u31_07_an_undo_of_a_client_removed_on_another_desk_says_so(qtbot, window, repo):
    # Ctrl+Z said "There is no client number 1 in this caseload.": not which step, nor why.
    from db.repository import Repository
    client_id = repo.add_client(probation_client("Dana Twodesk"))
    window.load()
    _phone_edited(qtbot, window, client_id, "(213) 555-0100")
    with Repository.open(repo.path, user="desk-2") as desk_2:
        desk_2.delete_client(client_id)
    with qtbot.captureExceptions() as raised:
        window.undo_action.trigger()
    (error,) = [exc for _kind, exc, _tb in raised]
    assert str(error) == ('Cannot undo "Edit phone (Dana Twodesk)": the client is no longer in this caseload '
                          "(removed in another window or on another desk). Nothing was changed. It is dropped from Undo.")
    assert repo.count_clients() == 0
