"""K129-02: the filing worksheet's custody and supervision lines, read from the real PDF.

A state-prison or straight jail term read "Custody: custody, released 2024-02-01"; a split
sentence whose days were unknown "released not recorded" and "ends not recorded"; and a
supervision whose kind was not recorded (intake asks only its end, E29-05) was left off the
worksheet with its end date, the day PC 1203.41's wait and automatic relief count from."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence
from clinic_app.worksheet.compose import compose
from clinic_app.worksheet.render import render_pdf

AS_OF = date(2026, 12, 6)


def _worksheet_text(custody: Custody, kind: str, tmp_path) -> str:
    client = Client(name="Paz Testcustody", person=Person(dob=date(1985, 3, 1), us_citizen=True), cases=[Case(
        id="c1", case_number="BA300003", disposition_date=date(2019, 8, 1),
        convictions=[Conviction(id="c1-1", code="HS", section="11351", level="felony", conviction_date=date(2019, 8, 1))],
        sentence=Sentence(type=kind, judgment_date=date(2019, 8, 1), custody=custody))])
    path = tmp_path / "worksheet.pdf"
    render_pdf(compose(client, screen(client.person, client.cases, AS_OF)), path)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_k129_02_a_prison_term_says_where_it_was_served_not_custody_twice(tmp_path):
    text = _worksheet_text(Custody(release_date=date(2024, 2, 1), supervision="parole", supervision_end=date(2027, 2, 1)),
                           "state_prison", tmp_path)
    assert "Custody state prison, released 2024-02-01" in text
    assert "custody, released" not in text
    assert "Supervision parole, ends 2027-02-01" in text


def test_k129_02_a_straight_jail_term_is_called_straight(tmp_path):
    text = _worksheet_text(Custody(release_date=date(2024, 2, 1)), "county_jail_1170h", tmp_path)
    assert "Custody straight term (no mandatory supervision), released 2024-02-01" in text


def test_k129_02_days_not_known_are_said_as_days(tmp_path):
    text = _worksheet_text(Custody(split=True, supervision="mandatory_supervision"), "county_jail_1170h", tmp_path)
    assert "Custody split sentence, release date not recorded" in text
    assert "Supervision mandatory supervision, end date not recorded" in text


def test_k129_02_a_supervision_end_of_no_recorded_kind_is_printed(tmp_path):
    # As intake stores a prison term's "Supervision until:" (E29-05): the kind is not asked.
    text = _worksheet_text(Custody(release_date=date(2020, 2, 1), supervision_end=date(2023, 2, 1)),
                           "state_prison", tmp_path)
    assert "Supervision kind not recorded (parole or PRCS), ends 2023-02-01" in text


def test_r130_03_a_jail_term_stored_straight_with_a_supervision_end_is_not_called_both(tmp_path):
    # As intake stored a jail term's "Supervision until:" before K129-01: straight, of no kind.
    text = _worksheet_text(Custody(release_date=date(2020, 2, 1), supervision_end=date(2023, 2, 1)),
                           "county_jail_1170h", tmp_path)
    assert "no mandatory supervision" not in text  # it had said so above "(mandatory supervision)"
    assert "Custody straight term as recorded, released 2020-02-01" in text
    assert ("Supervision kind not recorded, ends 2023-02-01: after a PC 1170(h) term only a split sentence's mandatory "
            "supervision, yet screened as a straight term (PC 1203.41 waits 2 years, not 1): check the sentence") in text


def test_r131_01_a_split_jail_term_of_no_recorded_kind_is_not_offered_parole_or_prcs(tmp_path):
    # Split ticked on the Record tab, the supervision left "Unknown": after a PC 1170(h) split
    # sentence the only supervision is mandatory supervision, never parole or PRCS.
    text = _worksheet_text(Custody(release_date=date(2020, 2, 1), split=True, supervision_end=date(2021, 2, 1)),
                           "county_jail_1170h", tmp_path)
    assert "Custody split sentence, released 2020-02-01" in text
    assert "Supervision kind not recorded (mandatory supervision), ends 2021-02-01" in text
    assert "parole" not in text.lower()


def test_s215_03_a_split_term_of_no_recorded_kind_nor_end_is_printed(tmp_path):
    # The Record tab's "Split sentence" ticked, "Supervision after" left at Unknown: no line had
    # said the supervision whose end the worksheet's "Facts to find out" asks.
    text = _worksheet_text(Custody(split=True, release_date=date(2020, 2, 1)), "county_jail_1170h", tmp_path)
    assert "Supervision kind not recorded (mandatory supervision), end date not recorded" in text
