"""U67-02: Merge a duplicate says which of the person facts differ, not a list of examples.

Rosa, entered at the clinic last year as a US citizen and at today's event with "Don't know",
was merged with "Keeps this record's person facts (date of birth, citizenship, supervision
...: id 4's differ)": her date of birth is the same on both (the merge is offered for the same
name and date of birth), and the paralegal was sent to compare dates that did not differ and
to look for the one that did among "...".
"""

from __future__ import annotations

from datetime import date

from clinic_app.merging import merge_into
from clinic_app.model import Client, Person


def _rosa(client_id: int, **facts) -> Client:
    client = Client(name="Rosa Testmartinez", person=Person(dob=date(1980, 4, 12), **facts))
    client.id = client_id
    return client


def test_u67_02_the_person_facts_kept_are_the_ones_that_differ():
    merged = merge_into(_rosa(1, us_citizen=True), _rosa(4, us_citizen=None))
    assert merged.kept == ["person facts (citizenship: id 4's differ)"]
    assert "Keeps this record's person facts (citizenship: id 4's differ)." in merged.lines("id 4")


def test_u67_02_a_date_of_birth_put_right_is_named_with_both_days():
    merged = merge_into(_rosa(1, pending_charges=True), Client(id=4, name="Rosa Testmartinez", person=Person(dob=date(1980, 4, 21))))
    # P129-01: "date of birth: id 4's differ" named neither day, and id 4's went with it.
    assert merged.kept == ["date of birth 1980-04-12 (id 4 has 1980-04-21; if that one is right, put the date of birth "
                           "right here after the merge)", "person facts (pending charges: id 4's differ)"]
    assert ("Keeps this record's date of birth 1980-04-12 (id 4 has 1980-04-21; if that one is right, put the date of "
            "birth right here after the merge); person facts (pending charges: id 4's differ).") in merged.lines("id 4")


# N114-03: "No" on the record merged in, against "Yes" or "Don't know" here, was dropped with it
# (the note said only "citizenship: id 4's differ", and id 4 was gone): the client kept was taken
# for a citizen, every immigration warning and the PC 1473.7 referral with it.  "No" is taken.
def test_n114_03_not_a_citizen_on_the_record_merged_in_is_taken():
    for here, was in ((True, "Yes"), (None, "Don't know")):
        merged = merge_into(_rosa(1, us_citizen=here), _rosa(4, us_citizen=False))
        assert merged.client.person.us_citizen is False
        assert f"US citizen: No (this record said {was})" in merged.taken
        assert merged.kept == []  # nothing else differs


def test_n114_03_not_a_citizen_here_stays_so_beside_a_yes_merged_in():
    merged = merge_into(_rosa(1, us_citizen=False), _rosa(4, us_citizen=True))
    assert merged.client.person.us_citizen is False
    assert merged.kept == ["person facts (citizenship: id 4's differ)"]
