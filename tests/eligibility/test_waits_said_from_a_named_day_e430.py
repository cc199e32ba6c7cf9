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


def test_e430_02_the_step_keeps_its_words_where_the_record_gives_no_supervision_end():
    release_ahead = [Case(
        id="A", convictions=[Conviction("A1", "11378", "HS", "felony", conviction_date=date(2022, 3, 1))],
        sentence=Sentence("county_jail_1170h", judgment_date=date(2022, 3, 1), custody=Custody(split=False, release_date=date(2027, 6, 15), supervision="none")),
    )]
    d = _row(release_ahead, "pc1203_41")
    assert (d.status, d.next_steps) == ("eligible_on", ["Screen again when supervision ends to confirm the date."])
