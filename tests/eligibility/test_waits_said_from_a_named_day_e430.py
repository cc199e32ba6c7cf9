"""A wait's day said from a day the record gives (E430).

A client on parole to 2027-06-15 read PC 1203.41's next step "Screen again when supervision
ends" without the day, though the record holds it (H428)."""

from datetime import date

from clinic_app.eligibility import screen
from clinic_app.model import Case, Conviction, Custody, Person, Sentence


def _out_on(supervision: str | None, end: date | None, kind: str = "state_prison", convicted: date = date(2022, 3, 1)) -> list[Case]:
    return [Case(
        id="A", convictions=[Conviction("A1", "11378", "HS", "felony", conviction_date=convicted)],
        sentence=Sentence(kind, judgment_date=convicted, custody=Custody(
            split=supervision == "mandatory_supervision", release_date=date(2024, 6, 15), supervision=supervision, supervision_end=end)),
    )]


def _row(record: list[Case], remedy: str):
    return next(d for d in screen(Person(), record, date(2026, 12, 7)).results if d.remedy == remedy)


def test_e430_02_the_next_step_names_the_day_supervision_ends_where_the_record_gives_it():
    on_parole = _row(_out_on("parole", date(2027, 6, 15)), "pc1203_41")
    assert (on_parole.status, on_parole.date) == ("eligible_on", date(2029, 6, 16))
    assert on_parole.next_steps == ["Screen again when supervision ends on 2027-06-15 to confirm the date."]
    split = _row(_out_on("mandatory_supervision", date(2027, 6, 15), "county_jail_1170h"), "pc1203_41")
    assert split.next_steps == ["Screen again when supervision ends on 2027-06-15 to confirm the date."]
    # Automatic relief's felony path says the same step, and now the same day.
    automatic = _row(_out_on("parole", date(2027, 6, 15)), "pc1203_425")
    assert automatic.next_steps == ["Screen again when supervision ends on 2027-06-15 to confirm the date."]
    # And PC 1203.42, for a prison term of before realignment.
    before_realignment = _row(_out_on("parole", date(2027, 6, 15), convicted=date(2010, 3, 1)), "pc1203_42")
    assert (before_realignment.status, before_realignment.next_steps) == ("eligible_on", ["Screen again when supervision ends on 2027-06-15 to confirm the date."])


def test_e430_01_the_other_probation_is_said_through_its_own_last_day():
    """The property's example of E430-01 (test_properties) reads every reason naming a day since
    Q437-03, in any order, so it no longer fails on "ends before 2024-10-01": said here."""
    from tests.eligibility.test_properties import _DOJ_START_PROBATION_ELSEWHERE

    person, record = _DOJ_START_PROBATION_ELSEWHERE
    d = next(d for d in screen(person, record, date(2024, 6, 1)).results if (d.remedy, d.conviction) == ("pc1203_425", "A1"))
    assert (d.status, d.date) == ("eligible_on", date(2024, 10, 1))
    assert [r.text for r in d.reasons if "case B" in r.text] == [
        "No PC 290 registration; the person is on probation in case B (PC 484(a)/488, convicted 2024-03-01, "
        "Los Angeles County) now, but only through 2024-08-30, and no pending charge shows in the record."]


def test_r438_03_a_jail_term_with_no_supervision_after_is_screened_again_after_release():
    """A county-jail term with supervision "none", its release still ahead: no supervision
    follows, so "Screen again when supervision ends" named something that never comes (R438-03)."""
    for kind in ("county_jail_1170h", "state_prison"):
        released_later = [Case(
            id="A", convictions=[Conviction("A1", "11378", "HS", "felony", conviction_date=date(2022, 3, 1))],
            sentence=Sentence(kind, judgment_date=date(2022, 3, 1), custody=Custody(split=False, release_date=date(2027, 6, 15), supervision="none")),
        )]
        for remedy in ("pc1203_41", "pc1203_425"):
            d = _row(released_later, remedy)
            assert (d.status, d.next_steps) == ("eligible_on", ["Screen again after release on 2027-06-15 to confirm the date."]), (kind, remedy)
