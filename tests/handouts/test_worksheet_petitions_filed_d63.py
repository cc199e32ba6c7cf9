"""D63-02: the filing worksheet said nothing of the petitions already filed.  A client whose
PC 1203.4 petition was filed, its hearing held (the caseload line "Hearing 2026-12-01 held:
record the ruling"), still read "Relief to ask for / Form CR-180 / Eligible now / File form
CR-180 ...", and the staff printing the event's worksheets prepared the same petition again.
Each relief now says, under its status, where the petition filed for it stands: filed (the
hearing to come, or held), granted, denied or withdrawn, as the Record tab keeps it; a count
no petition asks for says nothing more."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from handout_render import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.model import Case, Client, Conviction, Person, Petition, Probation, Sentence
from clinic_app.worksheet import compose
from clinic_app.worksheet.render import render_bytes

pytestmark = pytest.mark.pdf

AS_OF = date(2026, 12, 3)


def _client(*petitions: Petition) -> Client:
    """Two misdemeanors on summary probation ended in 2020: PC 1203.4 now for each."""
    counts = [Conviction(id="c1-1", section="459", level="misdemeanor", conviction_date=date(2018, 1, 1)),
              Conviction(id="c1-2", section="23152(a)", code="VC", level="misdemeanor", conviction_date=date(2018, 1, 1))]
    case = Case(id="c1", case_number="BA700701", disposition_date=date(2018, 1, 1), convictions=counts,
                sentence=Sentence(type="probation", probation=Probation(kind="summary", start=date(2018, 1, 1), end=date(2020, 1, 1)),
                                  completed=True),
                petitions=list(petitions))
    return Client("Felipa Presentada", Person(dob=date(1980, 1, 1)), [case], id=63)


def _text(client: Client) -> tuple[list, str]:
    sheet = compose(client, screen(client.person, client.cases, AS_OF))
    reader = PdfReader(io.BytesIO(render_bytes(sheet)))
    filings = [f for g in sheet.cases[0].to_ask_for for f in g.filings if f.remedy.endswith("(PC 1203.4)")]
    return filings, squash(" ".join(page.extract_text() for page in reader.pages))


def test_d63_02_a_petition_filed_and_its_hearing_held_are_said_under_its_relief():
    filed = Petition("pc1203_4", date(2026, 10, 10), hearing_on=date(2026, 12, 1))
    filings, text = _text(_client(filed))
    (filing,) = filings  # both counts in one petition: one request, as before
    assert filing.counts == ["PC 459", "VC 23152(a)"]
    assert filing.court == ("Petition already filed 2026-10-10; hearing 2026-12-01 held: record the ruling "
                            "(Record tab). Not to file again.")
    assert filing.court in text


def test_d63_02_a_hearing_to_come_a_grant_a_denial_and_a_withdrawal_are_said():
    filed = Petition("pc1203_4", date(2026, 10, 10), hearing_on=date(2027, 1, 12))
    cases = {
        None: "Petition already filed 2026-10-10; hearing 2027-01-12. Not to file again.",
        "granted": "Petition filed 2026-10-10, granted 2026-11-20: record the relief on the count (Record tab). "
                   "Not to file again.",
        "denied": "Petition filed 2026-10-10, denied 2026-11-20: an attorney reviews before it is filed again.",
        "withdrawn": "Petition filed 2026-10-10, withdrawn 2026-11-20.",
    }
    for ruling, said in cases.items():
        petition = filed if ruling is None else replace(filed, ruling=ruling, ruling_on=date(2026, 11, 20))
        (filing,), text = _text(_client(petition))
        assert filing.court == said
        assert said in text


def test_d63_02_a_petition_for_one_count_is_said_under_that_count_alone():
    filings, text = _text(_client(Petition("pc1203_4", date(2026, 10, 10), convictions=["c1-1"])))
    assert [(f.counts, f.court) for f in filings] == [
        (["PC 459"], "Petition already filed 2026-10-10. Not to file again."), (["VC 23152(a)"], None)]
    assert text.count("Petition already filed") == 1


def test_d63_02_no_petition_no_words():
    (filing,), text = _text(_client())
    assert filing.court is None
    assert "Petition already filed" not in text and "Petition filed" not in text
