"""The caseload line: best outcome over the screening, next action date, what is outstanding."""

from __future__ import annotations

from datetime import date

from clinic_app.model import (Case, Client, Condition, Conviction, Determination, Money, Probation,
                              Screening, Sentence)
from clinic_app.summary import REFERRAL_ONLY, is_relief, outcome_text, summarize

AS_OF = date(2026, 11, 22)


def det(remedy, status, when=None, case="A", conviction="A1", mode=None):
    return Determination(case=case, conviction=conviction, remedy=remedy, status=status, mode=mode, date=when)


def screening(*results):
    return Screening(as_of=AS_OF, rules_version="test", results=list(results))


def plain_client(*cases):
    return Client(name="Synthetic Person", cases=list(cases) or [Case(id="A", convictions=[Conviction(id="A1", section="488")])])


def test_eligible_now_when_any_relief_is_eligible():
    result = summarize(plain_client(), screening(
        det("pc1203_4", "eligible", mode="mandatory"),
        det("prop47", "eligible_on", date(2027, 1, 1)),
        det("pc17b", "not_applicable")), AS_OF)
    assert result.best == "eligible_now" and result.best_date is None
    assert result.next_action_date == date(2027, 1, 1)
    assert result.needs_review is False


def test_eligible_on_takes_the_earliest_date():
    result = summarize(plain_client(), screening(
        det("pc1203_4a", "eligible_on", date(2027, 2, 11)),
        det("pc1203_425", "eligible_on", date(2027, 1, 5)),
        det("pc1203_4", "not_applicable")), AS_OF)
    assert (result.best, result.best_date) == ("eligible_on", date(2027, 1, 5))
    assert result.next_action_date == date(2027, 1, 5)


def test_blocked_says_when_it_lifts():
    result = summarize(plain_client(), screening(
        det("pc1203_4", "blocked", date(2027, 3, 3)),
        det("pc1203_425", "blocked", None),
        det("pc1203_41", "not_eligible")), AS_OF)
    assert (result.best, result.best_date) == ("blocked", date(2027, 3, 3))


def test_blocked_without_a_known_lift_date():
    result = summarize(plain_client(), screening(det("pc1203_41", "blocked")), AS_OF)
    assert (result.best, result.best_date, result.next_action_date) == ("blocked", None, None)


def test_needs_review_when_nothing_better():
    result = summarize(plain_client(), screening(
        det("pc1203_4", "needs_review"), det("pc17b", "not_eligible")), AS_OF)
    assert result.best == "needs_review" and result.needs_review is True


def test_nothing_available():
    result = summarize(plain_client(), screening(
        det("pc1203_4", "not_eligible"), det("pc1203_4a", "not_applicable")), AS_OF)
    assert result.best == "nothing_available" and result.best_date is None
    assert result.needs_review is False and result.next_action_date is None


def test_an_empty_screening_has_nothing_available():
    assert summarize(plain_client(), screening(), AS_OF).best == "nothing_available"


def test_referrals_alone_do_not_make_a_client_eligible_now():
    result = summarize(plain_client(), screening(
        det("pc1203_3", "eligible", mode="discretionary"),
        det("pc1473_7", "eligible"),
        det("cor", "eligible"),
        det("pc1203_4", "blocked", date(2027, 3, 3))), AS_OF)
    assert (result.best, result.best_date) == ("blocked", date(2027, 3, 3))


def test_referral_review_still_flags_the_client():
    result = summarize(plain_client(), screening(det("pc1473_7", "needs_review"), det("pc1203_4", "not_eligible")), AS_OF)
    assert result.best == "needs_review" and result.needs_review


def test_needs_review_flag_is_independent_of_the_best_outcome():
    result = summarize(plain_client(), screening(det("pc1203_4", "eligible"), det("prop47", "needs_review")), AS_OF)
    assert result.best == "eligible_now" and result.needs_review is True


def test_relief_classification():
    assert REFERRAL_ONLY == {"pc1203_3", "pc1473_7", "cor"}
    assert is_relief("pc1203_4") and is_relief("pc851_93") and not is_relief("cor")


def test_next_action_date_includes_probation_end():
    case = Case(id="A", convictions=[Conviction(id="A1", section="242")],
                sentence=Sentence(type="probation", probation=Probation(end=date(2027, 3, 2), status="active")),
                conditions=[Condition(kind="class", label="Anger management", required=12, done=4)],
                money=Money(restitution_ordered=1500, restitution_paid=700))
    result = summarize(plain_client(case), screening(
        det("pc1203_4", "blocked", date(2027, 3, 3)),
        det("pc1203_3", "eligible")), AS_OF)
    assert result.best == "blocked"
    assert result.next_action_date == date(2027, 3, 2)
    assert result.outstanding == ["probation to 2027-03-02", "class 4/12", "restitution $800"]


def test_next_action_date_from_a_referral_date():
    result = summarize(plain_client(), screening(det("cor", "eligible_on", date(2030, 1, 1)),
                                                 det("pc1203_4", "not_eligible")), AS_OF)
    assert result.best == "nothing_available" and result.next_action_date == date(2030, 1, 1)


def test_done_items_do_not_set_the_next_action_date():
    case = Case(id="A", protective_order_until=date(2026, 12, 1), convictions=[Conviction(id="A1", section="273.5(a)", level="misdemeanor", conviction_date=date(2023, 12, 1))])
    result = summarize(plain_client(case), screening(det("pc1203_4", "eligible")), AS_OF)
    assert result.next_action_date == date(2026, 12, 1)
    assert result.outstanding == ["protective order to 2026-12-01"]


def test_a_date_already_passed_is_not_a_next_action():
    result = summarize(plain_client(), screening(det("prop47", "eligible_on", date(2026, 1, 1))), AS_OF)
    assert result.best == "eligible_on" and result.next_action_date is None


def test_a_convicted_case_with_no_convictions_entered_needs_review_not_nothing_available():
    """Store check S18-10: such a record was listed as "Nothing available"."""
    from clinic_app.eligibility import screen
    from clinic_app.model import Case, Client, Person, Probation, Sentence

    client = Client(name="Half Entered", person=Person(dob=date(1980, 1, 2)), cases=[
        Case(id="A", case_number="BA222", sentence=Sentence(type="probation", probation=Probation(kind="summary", start=date(2015, 2, 3), end=date(2017, 2, 3), status="completed"))),
    ])
    as_of = date(2026, 11, 30)
    summary = summarize(client, screen(client.person, client.cases, as_of), as_of)
    assert (summary.best, summary.needs_review) == ("needs_review", True)
    assert "convictions of case BA222 not entered" in summary.outstanding


# ---- N47: eligible now by automatic relief alone: nothing to file ------------------------

def test_n47_eligible_now_by_automatic_relief_alone_says_there_is_nothing_to_file():
    """PC 1203.425 and 851.93 are granted by DOJ on its own: a client whose only relief now is
    one of them is eligible now (the relief is there today), but the line says it is automatic,
    so the list does not say "File now"."""
    for automatic in ("pc1203_425", "pc851_93"):
        result = summarize(plain_client(), screening(
            det(automatic, "eligible", mode="automatic"),
            det("pc1203_4", "needs_review"),
            det("pc1203_3", "eligible"),  # a referral open now is no filing of relief
            det("prop47", "eligible_on", date(2027, 1, 1))), AS_OF)
        assert (result.best, result.automatic_only) == ("eligible_now", True), automatic


def test_n47_any_relief_to_file_now_keeps_the_line_to_file():
    result = summarize(plain_client(), screening(
        det("pc1203_425", "eligible", mode="automatic"),
        det("pc17b", "eligible", mode="discretionary")), AS_OF)
    assert (result.best, result.automatic_only) == ("eligible_now", False)


def test_n47_the_stored_results_say_the_same_as_the_summary():
    """The migration reads a stored result's (remedy, status) pairs only: it must agree."""
    from clinic_app.summary import automatic_only

    assert automatic_only([("pc1203_425", "eligible"), ("pc1203_4", "needs_review"), ("pc1203_3", "eligible")])
    assert automatic_only([("pc851_93", "eligible")])
    assert not automatic_only([("pc851_93", "eligible"), ("pc851_91", "eligible")])
    assert not automatic_only([("pc1203_3", "eligible")])  # nothing eligible now is not "automatic only"


# ---- A48: eligible on a date by automatic relief alone: nothing to file then either ---------

def test_a48_eligible_later_by_automatic_relief_alone_is_automatic_only():
    """`automatic_only` is of the best answer, whatever it is: a client whose relief coming
    first (on the best date) is all automatic has nothing to file on that date (the list said
    "File on 2027-01-05"); a petition coming later, or a referral, changes nothing."""
    for automatic in ("pc1203_425", "pc851_93"):
        result = summarize(plain_client(), screening(
            det(automatic, "eligible_on", date(2027, 1, 5), mode="automatic"),
            det("pc1203_4", "eligible_on", date(2027, 3, 1), mode="mandatory"),  # to file, but later
            det("pc1203_3", "eligible_on", date(2027, 1, 5)),  # a referral is no relief to file
            det("pc851_91", "needs_review")), AS_OF)
        assert (result.best, result.best_date, result.automatic_only) == ("eligible_on", date(2027, 1, 5), True), automatic


def test_a48_a_petition_on_the_same_date_keeps_the_line_to_file():
    result = summarize(plain_client(), screening(
        det("pc1203_425", "eligible_on", date(2027, 1, 5), mode="automatic"),
        det("pc1203_4", "eligible_on", date(2027, 1, 5), mode="mandatory")), AS_OF)
    assert (result.best, result.automatic_only) == ("eligible_on", False)
    blocked = summarize(plain_client(), screening(det("pc1203_425", "blocked", date(2027, 1, 5), mode="automatic")), AS_OF)
    assert (blocked.best, blocked.automatic_only) == ("blocked", False)  # blocked says "Screen again", not "File"


def test_a48_the_stored_results_say_the_same_as_the_summary_on_a_later_date():
    """Migration m007 reads a stored result's (remedy, status, date): it must agree."""
    from clinic_app.summary import automatic_only_later

    first = date(2027, 1, 5)
    assert automatic_only_later([("pc1203_425", "eligible_on", first), ("pc1203_4", "eligible_on", date(2027, 3, 1)),
                                 ("pc1203_3", "eligible_on", first), ("pc1203_4a", "needs_review", None)], first)
    assert not automatic_only_later([("pc1203_425", "eligible_on", first), ("pc17b", "eligible_on", first)], first)
    assert not automatic_only_later([("pc1203_3", "eligible_on", first)], first)  # no relief on that date


def test_the_best_outcome_is_said_in_the_clinics_words_by_the_domain():
    """The list, the client's header and the intake's last step say the best outcome alike,
    from clinic_app.summary (it was in the window's list model, D58)."""
    assert outcome_text("eligible_on", date(2027, 3, 2)) == "Eligible on 2027-03-02"
    assert outcome_text("blocked", date(2027, 3, 2)) == "Blocked until 2027-03-02"
    assert outcome_text("blocked", None) == "Blocked, end unknown"
    assert outcome_text("eligible_now", None) == "Eligible now"
    assert outcome_text(None, None) == "Not screened"
