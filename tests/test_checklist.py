"""The checklist a paralegal reads to the client: what stands between them and relief."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.checklist import KINDS, checklist, checklist_and_outstanding, outstanding, waiting_for
from clinic_app.outstanding_order import how_much_outstanding
from clinic_app.model import (Case, Client, Condition, Conviction, Custody, Money, Payment, Person,
                              Probation, Sentence, Violation)

AS_OF = date(2026, 11, 22)


def client_with(*cases: Case, person: Person | None = None) -> Client:
    return Client(name="Test Client (synthetic)", person=person or Person(), cases=list(cases))


def probation_case(case_id="A", **probation) -> Case:
    return Case(id=case_id, convictions=[Conviction(id="A1", section="242")],
                sentence=Sentence(type="probation", probation=Probation(**probation)))


def only(items, kind):
    found = [i for i in items if i.kind == kind]
    assert len(found) == 1, found
    return found[0]


def test_active_probation_gives_end_date_and_days_left():
    case = probation_case(start=date(2025, 11, 22), end=date(2027, 3, 2), status="active")
    item = only(checklist(client_with(case), AS_OF), "probation")
    assert item.label.startswith("Probation ends 2027-03-02 (100 days left)")
    assert "early termination" in item.label and "1203.3" in item.label
    assert (item.done, item.due, item.days_left, item.case) == (False, date(2027, 3, 2), 100, "A")
    assert 0.7 < item.progress < 0.8  # 365 of 465 days served


def test_one_day_left_is_singular():
    case = probation_case(end=date(2026, 11, 23), status="active")
    assert "(1 day left)" in only(checklist(client_with(case), AS_OF), "probation").label


def test_completed_probation_is_done():
    case = probation_case(start=date(2020, 1, 1), end=date(2022, 1, 1), status="completed")
    item = only(checklist(client_with(case), AS_OF), "probation")
    assert item.done and item.label == "Probation completed 2022-01-01" and item.progress == 1.0
    assert outstanding(client_with(case), AS_OF) == []


def test_early_termination_ends_probation():
    case = probation_case(end=date(2027, 3, 2), early_termination=date(2026, 6, 1), status="completed")
    item = only(checklist(client_with(case), AS_OF), "probation")
    assert item.done and "ended early 2026-06-01" in item.label


@pytest.mark.parametrize("as_of, said, done", [
    (date(2026, 5, 31), "Probation ends 2026-06-01 (1 day left)", False),  # still ahead
    (date(2026, 6, 1), "Probation ends 2026-06-01 (this is its last day)", False),
    (date(2026, 6, 2), "Probation ended 2026-06-01, its ordered end; the court's order ending it (PC 1203.3) bears that date", True),
])
def test_a_1203_3_order_dated_on_the_ordered_end_is_not_said_to_end_probation_early(as_of, said, done):
    """S30-04's reading on the Checklist: an order the record dates on the ordered end ended
    nothing early ("Probation ended early 2026-06-01" beside a screening that says it did not)."""
    case = probation_case(start=date(2025, 6, 1), end=date(2026, 6, 1), early_termination=date(2026, 6, 1), status="completed")
    item = only(checklist(client_with(case), as_of), "probation")
    assert item.label.startswith(said) and "early" not in item.label and item.done == done


def test_active_probation_past_its_end_date_asks_to_confirm():
    case = probation_case(end=date(2026, 1, 1), status="active")
    item = only(checklist(client_with(case), AS_OF), "probation")
    assert not item.done and "confirm" in item.label and item.days_left < 0
    # The caseload's short label does not read as probation still running.
    assert outstanding(client_with(case), AS_OF) == ["confirm probation ended 2026-01-01"]


def test_probation_without_status_is_judged_by_its_end_date():
    ended = probation_case(end=date(2025, 1, 1))
    running = probation_case(end=date(2027, 1, 1))
    assert only(checklist(client_with(ended), AS_OF), "probation").done
    assert not only(checklist(client_with(running), AS_OF), "probation").done


def test_revoked_probation_leaves_the_custody_items():
    case = Case(id="A", sentence=Sentence(
        type="county_jail_1170h", probation=Probation(status="revoked", end=date(2027, 1, 1)),
        custody=Custody(release_date=date(2026, 1, 1), supervision="mandatory_supervision",
                        supervision_end=date(2027, 1, 11))))
    items = checklist(client_with(case), AS_OF)
    assert not [i for i in items if i.kind == "probation"]
    assert only(items, "sentence").done
    supervision = only(items, "supervision")
    assert supervision.label == "Mandatory supervision ends 2027-01-11 (50 days left)"
    assert outstanding(client_with(case), AS_OF) == ["mandatory supervision to 2027-01-11"]


def test_custody_and_parole():
    case = Case(id="P", sentence=Sentence(type="state_prison", custody=Custody(
        release_date=date(2027, 1, 1), supervision="parole", supervision_end=None)))
    items = checklist(client_with(case), AS_OF)
    assert only(items, "sentence").label == "In custody until 2027-01-01 (40 days left)"
    assert only(items, "supervision").label == "Parole: end date unknown"
    assert outstanding(client_with(case), AS_OF) == ["custody to 2027-01-01", "parole end date"]


def test_ended_parole_is_done():
    case = Case(id="P", sentence=Sentence(type="state_prison", custody=Custody(
        release_date=date(2020, 1, 1), supervision="prcs", supervision_end=date(2021, 1, 1))))
    assert only(checklist(client_with(case), AS_OF), "supervision").label == "PRCS ended 2021-01-01"
    assert outstanding(client_with(case), AS_OF) == []


def test_conditions_with_progress():
    case = Case(id="A", conditions=[
        Condition(kind="class", label="52-week batterer program", required=52, done=30),
        Condition(kind="community_service", label="Community service", required=40, done=40),
        Condition(kind="stay_away", label="Stay away from the store"),
    ])
    items = [i for i in checklist(client_with(case), AS_OF) if i.kind == "condition"]
    assert [i.label for i in items] == ["52-week batterer program: done so far 30 of 52",
                                        "Community service: 40 of 40 hours",
                                        "Stay away from the store"]
    assert items[0].progress == pytest.approx(30 / 52) and not items[0].done
    assert items[1].done and items[1].progress == 1.0
    assert not items[2].done and items[2].progress is None
    assert outstanding(client_with(case), AS_OF) == ["class 30/52", "stay away from the store"]


def test_condition_completed_on_a_date():
    case = Case(id="A", conditions=[Condition(kind="program", label="AA meetings", completed_on=date(2026, 5, 1))])
    item = only(checklist(client_with(case), AS_OF), "condition")
    assert item.done and item.progress == 1.0 and "completed 2026-05-01" in item.label


def test_condition_with_nothing_done_yet():
    # 0 typed: none done.  Nothing typed is not known (U52-04), not 0.
    case = Case(id="A", conditions=[Condition(kind="community_service", label="Community service", required=40, done=0)])
    item = only(checklist(client_with(case), AS_OF), "condition")
    assert item.label == "Community service: 0 of 40 hours" and item.progress == 0.0
    assert outstanding(client_with(case), AS_OF) == ["community service 0/40 h"]


def test_fines_and_restitution():
    case = Case(id="A", money=Money(fines_ordered=500, fines_paid=500,
                                    restitution_ordered=1500, restitution_paid=700))
    items = checklist(client_with(case), AS_OF)
    fines, restitution = only(items, "fines"), only(items, "restitution")
    assert fines.label == "Fines: $500 of $500 paid" and fines.done
    assert restitution.label == "Restitution: $700 of $1,500 paid - $800 to go; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed" and not restitution.done
    assert restitution.progress == pytest.approx(700 / 1500)
    assert outstanding(client_with(case), AS_OF) == ["restitution $800"]


def test_restitution_from_the_payment_ledger():
    money = Money(restitution_ordered=1500)
    money.record_payment(Payment(kind="restitution", date=date(2026, 1, 5), amount=400))
    money.record_payment(Payment(kind="restitution", date=date(2026, 2, 5), amount=300))
    item = only(checklist(client_with(Case(id="A", money=money)), AS_OF), "restitution")
    assert item.label == "Restitution: $700 of $1,500 paid - $800 to go; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed"


def test_ledger_that_disagrees_with_the_total_is_shown():
    money = Money(restitution_ordered=1500, restitution_paid=900,
                  payments=[Payment(kind="restitution", date=date(2026, 1, 5), amount=400)])
    item = only(checklist(client_with(Case(id="A", money=money)), AS_OF), "restitution")
    assert item.label == "Restitution: $900 of $1,500 paid (the ledger's 1 payment total $400); since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed"


def test_no_money_ordered_means_no_money_items():
    items = checklist(client_with(Case(id="A", money=Money(fines_ordered=0))), AS_OF)
    assert not [i for i in items if i.kind in ("fines", "restitution")]


def test_pending_case_and_protective_order():
    pending = Case(id="B", outcome="pending", case_number="24CR01234")
    order = Case(id="A", protective_order_until=date(2027, 1, 1))
    expired = Case(id="C", protective_order_until=date(2026, 1, 1))
    items = checklist(client_with(order, pending, expired), AS_OF)
    assert only(items, "pending_case").label == "Pending case 24CR01234 must be resolved first"
    protective = only(items, "protective_order")
    assert protective.case == "A" and protective.due == date(2027, 1, 1) and protective.days_left == 40
    assert outstanding(client_with(order, pending, expired), AS_OF) == [
        "protective order to 2027-01-01", "pending case 24CR01234"]


def test_pending_charge_from_intake_only():
    person = Person(pending_charges=True)
    items = checklist(client_with(person=person), AS_OF)
    assert only(items, "pending_case").case == ""
    assert outstanding(client_with(person=person), AS_OF) == ["pending charge"]


def test_unfinished_sentence_without_custody_or_probation():
    case = Case(id="A", sentence=Sentence(type="no_probation", completed=False))
    assert only(checklist(client_with(case), AS_OF), "sentence").label == "Sentence not yet completed"


def test_a_clean_record_has_nothing_outstanding():
    assert checklist(client_with(Case(id="A", outcome="dismissed")), AS_OF) == []
    assert outstanding(client_with(), AS_OF) == []


def test_every_kind_is_known_and_both_views_agree():
    case = probation_case(end=date(2027, 3, 2), status="active")
    case.money = Money(fines_ordered=100, fines_paid=0, restitution_ordered=50, restitution_paid=0)
    client = client_with(case, Case(id="B", outcome="pending"))
    items, short = checklist_and_outstanding(client, AS_OF)
    assert items == checklist(client, AS_OF) and short == outstanding(client, AS_OF)
    assert {i.kind for i in items} <= set(KINDS)
    # A pending case with no number, by what its record holds: its county alone here (K85-06).
    assert short == ["probation to 2027-03-02", "fines $100", "restitution $50", "pending case B (Los Angeles County)"]


# ---- the summary's fast path agrees with the full checklist --------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from clinic_app.checklist import checklist_view, pending  # noqa: E402
from clinic_app.model import ReliefGranted  # noqa: E402,F401

days = st.one_of(st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))
amounts = st.one_of(st.none(), st.integers(min_value=0, max_value=3000))
probations = st.builds(Probation, start=days, end=days, early_termination=days,
                       status=st.sampled_from([None, "active", "completed", "revoked"]))
custodies = st.builds(Custody, release_date=days, supervision_end=days,
                      supervision=st.sampled_from([None, "none", "parole", "prcs", "mandatory_supervision"]))
sentences = st.builds(Sentence, type=st.sampled_from(["probation", "no_probation", "county_jail_1170h", "state_prison"]),
                      completed=st.sampled_from([None, True, False]),
                      probation=st.one_of(st.none(), probations), custody=st.one_of(st.none(), custodies))
conditions = st.builds(Condition, kind=st.sampled_from(["class", "program", "community_service", "stay_away", "other"]),
                       label=st.sampled_from(["AA meetings", "Stay away"]), required=amounts, done=amounts,
                       completed_on=days)
payments = st.lists(st.builds(Payment, kind=st.sampled_from(["fine", "restitution"]), date=st.just(date(2025, 1, 1)),
                              amount=st.integers(min_value=1, max_value=500)), max_size=3)
moneys = st.builds(Money, fines_ordered=amounts, fines_paid=amounts, restitution_ordered=amounts,
                   restitution_paid=amounts, payments=payments)
cases = st.builds(Case, id=st.sampled_from(["A", "B", "C"]),
                  outcome=st.sampled_from(["convicted", "pending", "dismissed"]),
                  case_number=st.one_of(st.none(), st.just("24CR00001")),
                  protective_order_until=days, sentence=st.one_of(st.none(), sentences),
                  conditions=st.lists(conditions, max_size=3), money=st.one_of(st.none(), moneys))
clients = st.builds(Client, name=st.just("Synthetic"), cases=st.lists(cases, max_size=3),
                    person=st.builds(Person, pending_charges=st.booleans()))


@settings(max_examples=400, deadline=None)
@given(client=clients, as_of=st.dates(min_value=date(2021, 1, 1), max_value=date(2029, 12, 31)))
def test_fast_path_agrees_with_the_checklist(client, as_of):
    items, short, dues = checklist_view(client, as_of)
    assert pending(client, as_of) == (short, dues)
    for item in items:
        assert item.kind in KINDS
        assert item.progress is None or 0.0 <= item.progress <= 1.0
        assert item.label


def test_a_condition_completed_after_as_of_is_not_done_on_it():
    """Oracle finding O22-02: a completion dated after as_of counts from its date."""
    case = probation_case(start=date(2025, 11, 22), end=date(2027, 3, 2), status="active")
    case.conditions = [Condition("class", "Anger management", required=12, done=12, completed_on=date(2027, 1, 5))]
    client = client_with(case)
    item = only(checklist(client, date(2026, 11, 15)), "condition")
    # Not "(completed 2027-01-05)" beside an unticked box, as if done (oracle finding O23-02).
    assert (item.done, item.label) == (False, "Anger management: done so far 12 of 12 (completed later, on 2027-01-05)")
    assert "class 12/12" in outstanding(client, date(2026, 11, 15))
    item = only(checklist(client, date(2027, 1, 5)), "condition")
    assert (item.done, item.progress, item.label) == (True, 1.0, "Anger management: done so far 12 of 12 (completed 2027-01-05)")
    assert "class 12/12" not in outstanding(client, date(2027, 1, 5))


def test_a_payment_dated_after_as_of_is_not_paid_on_it():
    """Oracle finding O22-09: the checklist of an earlier day counted a later payment."""
    case = probation_case(start=date(2025, 11, 22), end=date(2027, 3, 2), status="active")
    case.money = Money(restitution_ordered=800, restitution_paid=0)
    case.money.record_payment(Payment("restitution", date(2026, 3, 1), 300))
    case.money.record_payment(Payment("restitution", date(2026, 12, 1), 500))
    client = client_with(case)
    item = only(checklist(client, date(2026, 11, 15)), "restitution")
    assert (item.done, item.label) == (False, "Restitution: $300 of $800 paid - $500 to go; since SB 1106 (2023-01-01) unpaid restitution is no ground to deny relief, but it stays owed")
    assert "restitution $500" in outstanding(client, date(2026, 11, 15))
    assert only(checklist(client, date(2026, 12, 1)), "restitution").done


def test_probation_item_speaks_for_as_of_not_for_a_later_revocation_or_completion():
    """Oracle finding O22B-01: the checklist of 2016-01-10 showed no probation item at all for
    a grant revoked on 2017-05-01, and "Probation completed 2018-03-02" for a grant marked
    completed, though on that day both were running (the screening says so)."""
    as_of = date(2016, 1, 10)
    revoked = probation_case(start=date(2015, 3, 2), end=date(2018, 3, 2), status="revoked",
                             violations=[Violation(date(2017, 5, 1), "revoked")])
    completed = probation_case(start=date(2015, 3, 2), end=date(2018, 3, 2), status="completed")
    for case in (revoked, completed):
        client = client_with(case)
        item = only(checklist(client, as_of), "probation")
        assert (item.label, item.done, item.due) == ("Probation ends 2018-03-02 (782 days left) - early termination possible (PC 1203.3)", False, date(2018, 3, 2))
        assert outstanding(client, as_of) == ["probation to 2018-03-02"]
    # From the revocation's day on, and past the end, the record's word stands.
    assert not [i for i in checklist(client_with(revoked), date(2017, 5, 1)) if i.kind == "probation"]
    assert only(checklist(client_with(completed), date(2018, 3, 3)), "probation").label == "Probation completed 2018-03-02"
    assert revoked.sentence.probation.status == "revoked"  # the record itself is left as it is


@pytest.mark.parametrize("status", ["active", "completed", None])
def test_on_probation_s_last_day_it_ends_that_day(status):
    """Oracle finding O23-03: on its end date, probation (which runs through that day, and
    1203.4 files from the next) read "Probation was to end 2026-11-30: confirm with the court
    that it ended", and a grant marked completed was ticked a day early."""
    end = date(2026, 11, 30)
    client = client_with(probation_case(start=date(2025, 1, 1), end=end, status=status))
    item = only(checklist(client, end), "probation")
    assert (item.label, item.done, item.due, item.days_left) == ("Probation ends 2026-11-30 (this is its last day)", False, end, 0)
    assert outstanding(client, end) == ["probation to 2026-11-30"]
    after = only(checklist(client, date(2026, 12, 1)), "probation")
    assert after.label == ("Probation was to end 2026-11-30: confirm with the court that it ended" if status == "active" else "Probation completed 2026-11-30")


def test_o23_12_a_protective_order_is_listed_through_its_last_day():
    """Oracle finding O23-12: on the order's last day the checklist dropped it, while the
    screening's consequences ("runs until <that day>") and the handout still named it."""
    case = probation_case(start=date(2020, 1, 1), end=date(2022, 1, 1), status="completed")
    case.protective_order_until = AS_OF
    client = client_with(case)
    item = only(checklist(client, AS_OF), "protective_order")
    assert (item.label, item.done, item.days_left) == ("Protective order until 2026-11-22 (this is its last day); a dismissal does not end it", False, 0)
    assert outstanding(client, AS_OF) == ["protective order to 2026-11-22"]
    assert not [i for i in checklist(client, date(2026, 11, 23)) if i.kind == "protective_order"]


@pytest.mark.parametrize("kind, name", [("parole", "Parole"), ("prcs", "PRCS"), ("mandatory_supervision", "Mandatory supervision")])
def test_o23_14_supervision_runs_through_its_last_day(kind, name):
    """Oracle finding O23-14: on its end date (the screening counts the person under
    supervision through it) the checklist said "<name> ended <date>", ticked done."""
    end = date(2026, 11, 22)
    case = Case(id="A", convictions=[Conviction(id="A1", section="11378", code="HS", level="felony")],
                sentence=Sentence(type="state_prison", custody=Custody(release_date=date(2024, 1, 1), supervision=kind, supervision_end=end)))
    client = client_with(case)
    item = only(checklist(client, end), "supervision")
    assert (item.label, item.done, item.days_left) == (f"{name} ends 2026-11-22 (this is its last day)", False, 0)
    assert outstanding(client, end) == [f"{name.lower()} to 2026-11-22"]
    assert only(checklist(client, date(2026, 11, 23)), "supervision").label == f"{name} ended 2026-11-22"


def test_o23_21_the_day_the_court_ends_probation_early_is_its_last_day():
    """Oracle finding O23-21: the screening counts the early-termination day as probation's
    last (1203.4 "ends on 2026-11-30; relief is available from the next day"), but the
    checklist said "Probation ended early 2026-11-30" that day, ticked done."""
    day = date(2026, 11, 30)
    client = client_with(probation_case(start=date(2024, 1, 1), end=date(2027, 1, 1), early_termination=day, status="completed"))
    item = only(checklist(client, day), "probation")
    assert (item.label, item.done, item.due, item.days_left) == ("Probation ends early 2026-11-30 (this is its last day; PC 1203.3)", False, day, 0)
    assert outstanding(client, day) == ["probation to 2026-11-30"]
    after = only(checklist(client, date(2026, 12, 1)), "probation")
    assert (after.label, after.done) == ("Probation ended early 2026-11-30 (PC 1203.3)", True)
    # A record with an early termination after the ordered end (a slip): both views agree.
    slip = client_with(probation_case(end=date(2021, 1, 1), early_termination=date(2021, 1, 2)))
    items, short, dues = checklist_view(slip, date(2021, 1, 1))
    assert pending(slip, date(2021, 1, 1)) == (short, dues)


def test_an_early_end_the_court_has_ordered_is_the_end_said():
    """S27C-03: the day before a discharge ordered for 1999-03-26, the item read "Probation
    ends 2001-05-06 (773 days left) - early termination possible (PC 1203.3)"."""
    case = probation_case(start=date(1997, 9, 22), end=date(2001, 5, 6), early_termination=date(1999, 3, 26), status="active")
    client = client_with(case)
    item = only(checklist(client, date(1999, 3, 25)), "probation")
    assert item.label == "Probation ends early 1999-03-26 (1 day left), as the court has ordered (PC 1203.3)"
    assert (item.done, item.due, item.days_left) == (False, date(1999, 3, 26), 1)
    # Not "probation to": the caseload's Next action read that as a probation the court could
    # still be asked to end early (S165-02).  Waited for, and sorted, as probation's end still.
    assert outstanding(client, date(1999, 3, 25)) == ["probation ends early 1999-03-26"]
    assert waiting_for("probation ends early 1999-03-26") == "probation to end"
    assert how_much_outstanding(["probation ends early 1999-03-26"]) == how_much_outstanding(["probation to 1999-03-26"])
    assert only(checklist(client, date(1999, 3, 26)), "probation").label == "Probation ends early 1999-03-26 (this is its last day; PC 1203.3)"
    assert only(checklist(client, date(1999, 3, 27)), "probation").done


def test_o112_another_state_s_probation_is_no_early_termination_offered_but_still_ends_there():
    """O112-01: for a Nevada probation the Checklist offered "Probation ends 2027-01-01 (40 days
    left) - early termination possible (PC 1203.3)", where the engine, for a case from a court
    outside California, answers PC 1203.3 "not applicable": a California court cannot end
    another state's probation.  The end itself stays, and stays what to screen again on:
    being on probation anywhere bars relief on the client's other cases."""
    from clinic_app.eligibility import screen

    end = date(2027, 1, 1)
    nevada = probation_case("NV1", start=date(2025, 1, 1), end=end, status="active")
    nevada.jurisdiction, nevada.county = "NV", None
    client = client_with(nevada)
    early = [d for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc1203_3"]
    assert [d.status for d in early] == ["not_applicable"]
    item = only(checklist(client, AS_OF), "probation")
    assert (item.label, item.done, item.due, item.days_left) == ("Probation ends 2027-01-01 (40 days left)", False, end, 40)
    _items, short, dues = checklist_view(client, AS_OF)
    assert (short, dues) == (["probation to 2027-01-01"], [end]) == pending(client, AS_OF)
    # The same grant from a California court is offered, as the engine offers it.
    nevada.jurisdiction = "CA"
    assert only(checklist(client, AS_OF), "probation").label.endswith(" - early termination possible (PC 1203.3)")
    assert [d.status for d in screen(client.person, client.cases, AS_OF).results if d.remedy == "pc1203_3"] == ["eligible"]
