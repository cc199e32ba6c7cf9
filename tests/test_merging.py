"""M43: "merge into this client", the domain part (clinic_app.merging.merge_into) on built
clients: every kind of fact the other record adds is taken once, nothing is doubled, and
what cannot be decided by rule is said."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Case, Client, Condition, Conviction, Money, Payment, Person, Probation, Sentence
from clinic_app.screening_format import ExportedReview


def _office() -> Client:
    """The clinic's record: one numbered case on probation with a class, one case with no number."""
    return Client(
        name="Lucía Fernández", id=1, person=Person(dob=date(1988, 6, 2)), aliases=["Lucy Fernandez"], notes="",
        cases=[
            Case(id="c1", case_number="BA-100 200", disposition_date=date(2021, 5, 1),
                 convictions=[Conviction(id="c1-1", section="459", conviction_date=date(2021, 5, 1))],
                 sentence=Sentence(type="probation", probation=Probation(start=date(2021, 5, 1), end=date(2024, 5, 1))),
                 conditions=[Condition(kind="class", label="Theft awareness", required=8, done=2),
                             Condition(kind="community_service", label="Service hours", required=40, done=10)],
                 money=Money(restitution_ordered=900, restitution_paid=100,
                             payments=[Payment(kind="restitution", date=date(2025, 1, 5), amount=100)])),
            Case(id="c2", outcome="dismissed", county="Fresno", disposition_date=date(2019, 3, 3)),
        ],
    )


def _laptop(office: Client) -> Client:
    """The same client as a laptop brought them back: a payment, hours, a class done, a phone,
    notes, an alias, a new case under a key the office's record already uses, and the office's
    own unnumbered case as it was."""
    there = copy.deepcopy(office)
    there.id = 7
    there.name = "Lucia Fernandez"  # typed without accents on the laptop
    there.aliases = ["Lucía F. Ruiz"]
    there.phone = "(559) 555-0101"
    there.notes = "Prefers mornings."
    case = there.cases[0]
    case.case_number = "BA100200"  # the same number, typed otherwise
    case.money.record_payment(Payment(kind="restitution", date=date(2026, 12, 2), amount=150, receipt="R-7"))
    case.conditions[0].done, case.conditions[0].completed_on = 8, date(2026, 11, 30)
    case.conditions[1].done = 25
    there.cases[1].id = "c9"  # the laptop's own key for the same unnumbered case
    there.cases.append(Case(id="c2", case_number="24CR0099", disposition_date=date(2024, 2, 2),
                            convictions=[Conviction(id="c2-1", section="11350", code="HS", conviction_date=date(2024, 2, 2))]))
    return there


def test_every_kind_of_fact_is_taken_once_and_nothing_is_doubled():
    office = _office()
    there = _laptop(office)
    review = ExportedReview(case="c2", conviction="c2-1", remedy="pc1203_4", reviewer="Atty. Reyes", at="2026-12-02T18:00:00+00:00",
                            note="agree")
    shared = ExportedReview(case="c9", conviction=None, remedy="pc851_91", reviewer="Atty. Reyes", at="2026-11-01T10:00:00+00:00")
    mine_shared = ExportedReview(case="c2", conviction=None, remedy="pc851_91", reviewer="Atty. Reyes", at="2026-11-01T10:00:00+00:00")
    merged = merge_into(office, there, my_reviews=[mine_shared], their_reviews=[review, shared], keys_used={"c3"})
    client = merged.client
    assert office == _office()  # the arguments are left as they were
    assert client.name == "Lucía Fernández" and client.id == 1
    assert client.aliases == ["Lucy Fernandez", "Lucía F. Ruiz", "Lucia Fernandez"]
    assert client.phone == "(559) 555-0101" and client.notes == "Prefers mornings."
    numbered, unnumbered, added = client.cases  # the unnumbered case met by its facts: not added again
    assert numbered.case_number == "BA-100 200" and unnumbered.id == "c2"
    assert [p.amount for p in numbered.money.payments] == [100, 150] and numbered.money.restitution_paid == 250
    assert (numbered.conditions[0].done, numbered.conditions[0].completed_on) == (8, date(2026, 11, 30))
    assert numbered.conditions[1].done == 25
    # The laptop's new case took a key of its own: "c2" is the office's, and "c3" a review's.
    assert (added.case_number, added.id, [c.id for c in added.convictions]) == ("24CR0099", "c4", ["c4-1"])
    # The review of the laptop's new case follows it to its new keys; the one the office has is not doubled.
    assert [(rv.case, rv.conviction, rv.remedy) for rv in merged.reviews] == [("c4", "c4-1", "pc1203_4")]
    said = " ".join(merged.lines("id 7"))
    for taken in ("alias Lucía F. Ruiz", "phone (559) 555-0101", "notes", "restitution payment $150 on 2026-12-02",
                  "Theft awareness progress", "Service hours progress", "case 24CR0099", "1 attorney review"):
        assert taken in said
    assert merged.to_check == []
    # Merged again with the same laptop record: nothing more to take, nothing doubled.
    again = merge_into(client, there, my_reviews=[mine_shared, *merged.reviews], their_reviews=[review, shared])
    assert again.client == client and again.reviews == [] and again.lines("id 7")[0] == "Takes from id 7: nothing this record lacks."


def test_the_same_case_with_other_facts_is_kept_as_this_records_and_said():
    office = _office()
    there = _laptop(office)
    there.cases[0].convictions[0].level = "felony"  # one laptop's reading of the court record
    there.notes = ""
    office.notes = "Call after 5."
    review = ExportedReview(case="c1", conviction="c1-1", remedy="pc1203_4", reviewer="Atty. Reyes", at="2026-12-02T18:00:00+00:00")
    merged = merge_into(office, there, their_reviews=[review])
    numbered = merged.client.cases[0]
    assert numbered.convictions[0].level == "misdemeanor"  # this record's facts stay
    assert [p.amount for p in numbered.money.payments] == [100, 150]  # its payment is still taken
    assert merged.client.notes == "Call after 5."
    assert len(merged.to_check) == 2
    assert merged.to_check[0].startswith("case BA-100 200 has other facts in id 7 (convictions (count 1 level: felony in id 7, "
                                         "misdemeanor in id 1))")
    # The review was given on the felony: not put on this record's misdemeanor.
    assert merged.reviews == [] and "1 attorney review in id 7 of a conviction this record has with other facts" in merged.to_check[1]


def test_notes_on_both_are_joined_and_a_phone_on_both_keeps_this_records():
    office, there = _office(), _office()
    there.id = 7
    office.notes, there.notes = "Call after 5.", "Has a new address."
    office.phone, there.phone = "(213) 555-0100", "(559) 555-0101"
    merged = merge_into(office, there)
    assert merged.client.notes == "Call after 5.\n\nHas a new address."
    assert merged.client.phone == "(213) 555-0100" and "phone (213) 555-0100 (id 7 has (559) 555-0101)" in merged.kept
    # Notes added to on the laptop hold this record's: taken whole, not this record's twice.
    there.notes = "Call after 5. Has a new address."
    assert merge_into(office, there).client.notes == "Call after 5. Has a new address."
