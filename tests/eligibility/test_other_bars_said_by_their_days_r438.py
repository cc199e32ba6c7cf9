"""Automatic relief's line about bars elsewhere that end before its day says each bar's own
last day, and what holds now (R438).

E430-01 said one day, the latest, for every bar ("on probation in case B and is on parole in
case C now, but only through 2024-09-01"), and a parole still ahead of a release was "on parole
... now"; an uncertain bar named DOJ's start as its end ("may be serving a sentence in case B
now, but that ends before 2024-10-01")."""

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Case, Conviction, Custody, Person, Probation, Sentence, Violation

_AS_OF = date(2024, 6, 1)
# A 2000 theft count with probation completed: automatic relief from DOJ's start, 2024-10-01.
_OLD = Case(id="A", case_number="AA100001", convictions=[Conviction("A1", "484(a)/488", "PC", "misdemeanor", conviction_date=date(2000, 3, 1))],
            sentence=Sentence("probation", judgment_date=date(2000, 3, 1), probation=Probation("summary", date(2000, 3, 1), date(2001, 3, 1), status="completed")))


def _probation(end: date) -> Case:
    return Case(id="B", case_number="BB200002", convictions=[Conviction("B1", "484(a)/488", "PC", "misdemeanor", conviction_date=date(2024, 3, 1))],
                sentence=Sentence("probation", judgment_date=date(2024, 3, 1), probation=Probation("formal", date(2024, 3, 1), end, status="active")))


def _prison(release: date, parole_end: date) -> Case:
    return Case(id="C", case_number="CC300003", convictions=[Conviction("C1", "11378", "HS", "felony", conviction_date=date(2021, 3, 1))],
                sentence=Sentence("state_prison", judgment_date=date(2021, 3, 1), custody=Custody(release_date=release, supervision="parole", supervision_end=parole_end)))


def _bars_line(record: list[Case]) -> str:
    d = next(d for d in screen(Person(), record, _AS_OF).results if (d.remedy, d.conviction) == ("pc1203_425", "A1"))
    assert (d.status, d.date) == ("eligible_on", date(2024, 10, 1))
    return next(r.text for r in d.reasons if r.text.startswith("No PC 290 registration"))


def test_r438_01_each_bar_elsewhere_is_said_through_its_own_last_day():
    both = _bars_line([_OLD, _probation(date(2024, 7, 30)), _prison(date(2023, 1, 1), date(2024, 9, 1))])
    assert both == ("No PC 290 registration; the person is on probation in case BB200002 through 2024-07-30 and is on parole "
                    "in case CC300003 through 2024-09-01, and no pending charge shows in the record.")


def test_r438_01_a_parole_after_a_release_still_ahead_is_not_said_to_run_now():
    held = _bars_line([_OLD, _prison(date(2024, 7, 1), date(2024, 9, 1))])
    assert held == ("No PC 290 registration; the person is serving a sentence in case CC300003 through 2024-07-01 and will be on "
                    "parole in case CC300003 from release on 2024-07-01 through 2024-09-01, and no pending charge shows in the record.")
    # One bar that holds now keeps E430-01's words.
    assert _bars_line([_OLD, _probation(date(2024, 8, 30))]) == (
        "No PC 290 registration; the person is on probation in case BB200002 now, but only through 2024-08-30, "
        "and no pending charge shows in the record.")


def _no_sentence_entered() -> Case:
    return Case(id="B", case_number="BB200002", convictions=[Conviction("B1", "602", "PC", "misdemeanor", conviction_date=date(2019, 7, 1))])


# The day an unrecorded sentence is taken to be over, said as not from the record (R441-01).
_ASSUMED = "2024-07-01 (not from the record: the last day such a sentence is taken to run)"


def test_r438_02_an_uncertain_bar_is_said_through_the_day_its_doubt_lapses_not_doj_s_start():
    # No sentence entered for a 2019 misdemeanor: one is taken to be over five years on.
    assert _bars_line([_OLD, _no_sentence_entered()]) == (
        f"No PC 290 registration; the person may be serving a sentence in case BB200002 now, but only through {_ASSUMED}, "
        "and no pending charge shows in the record.")
    # Beside a probation whose end the record gives: each its own day.
    other = Case(id="D", case_number="DD400004", convictions=[Conviction("D1", "484(a)/488", "PC", "misdemeanor", conviction_date=date(2024, 3, 1))],
                 sentence=Sentence("probation", judgment_date=date(2024, 3, 1), probation=Probation("formal", date(2024, 3, 1), date(2024, 8, 30), status="active")))
    assert _bars_line([_OLD, _no_sentence_entered(), other]) == (
        f"No PC 290 registration; the person may be serving a sentence in case BB200002 through {_ASSUMED} and is on probation "
        "in case DD400004 through 2024-08-30, and no pending charge shows in the record.")


def test_r438_02_a_charge_that_may_be_pending_is_not_denied_in_the_same_line():
    # Arrested before the screening's day, convicted after it: a charge may have been pending.
    ended = Case(id="E", case_number="EE500005", arrest_date=date(2024, 5, 1), disposition_date=date(2024, 7, 1),
                 convictions=[Conviction("E1", "602", "PC", "misdemeanor", conviction_date=date(2024, 7, 1))],
                 sentence=Sentence("no_probation", judgment_date=date(2024, 7, 1), completed=True))
    assert _bars_line([_OLD, ended]) == (
        "No PC 290 registration; the person may be charged with an offense that is still pending in case EE500005 now, "
        "but only through 2024-06-30, and no other pending charge shows in the record.")



def test_r441_01_an_end_the_record_does_not_give_is_said_to_be_assumed():
    # Probation revoked in 2019, the term after it not recorded: taken to be over five years on
    # (from 2024-07-02, not a day in case RR600006's docket); the paralegal read it as a recorded day.
    revoked = Case(id="R", case_number="RR600006", convictions=[Conviction("R1", "484(a)/488", "PC", "misdemeanor", conviction_date=date(2019, 3, 1))],
                   sentence=Sentence("probation", judgment_date=date(2019, 3, 1), probation=Probation(
                       "formal", date(2019, 3, 1), date(2022, 3, 1), status="revoked", violations=[Violation(date(2019, 7, 1), "revoked")])))
    assert _bars_line([_OLD, revoked]) == (
        "No PC 290 registration; the person may be serving a sentence in case RR600006 now, but only through 2024-07-01 "
        "(not from the record: the last day such a sentence is taken to run), and no pending charge shows in the record.")
    # Probation granted, none of its dates recorded: "such a probation", not a sentence.
    undated = Case(id="U", case_number="UU900009", convictions=[Conviction("U1", "602", "PC", "misdemeanor", conviction_date=date(2019, 7, 1))],
                   sentence=Sentence("probation", judgment_date=date(2019, 7, 1)))
    assert "may be on probation in case UU900009 now, but only through 2024-07-01 (not from the record: the last day such a probation is " \
           "taken to run)" in _bars_line([_OLD, undated])
    # A day the record gives (a charge's disposition) is said as before, with no such words.
    ended = Case(id="E", case_number="EE500005", arrest_date=date(2024, 5, 1), disposition_date=date(2024, 7, 1),
                 convictions=[Conviction("E1", "602", "PC", "misdemeanor", conviction_date=date(2024, 7, 1))],
                 sentence=Sentence("no_probation", judgment_date=date(2024, 7, 1), completed=True))
    assert "not from the record" not in _bars_line([_OLD, ended])
