"""K413: a client's two cases of one court number (a case typed twice, a number two courts gave)
read alike in the last places a paralegal meets them; each is told apart by what its record holds,
through case_titles as the Eligibility tab, History and the Checklist tell them (K396-04, K408),
and a case whose number is its own reads as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from clinic_app.differences import differences
from clinic_app.merging import merge_into
from clinic_app.model import Case, Client, Conviction, Person, Petition, Probation, Sentence


def _case(key: str, number: str, day: date, petitions=()) -> Case:
    return Case(id=key, case_number=number, disposition_date=day,
                convictions=[Conviction(id=f"{key}-1", section="459", level="misdemeanor", conviction_date=day)],
                sentence=Sentence(type="probation", probation=Probation(kind="summary", start=day, end=date(day.year + 2, 1, 1))),
                petitions=list(petitions))


def two_of_one_number(key: int = 1, filed: bool = False) -> Client:
    """Rita's 24CR042 convicted 2024-03-01 and a second 24CR042 convicted 2020-01-06, and 24CR777,
    a number of its own; `filed`: a petition filed on the second 24CR042 and on 24CR777."""
    petitions = [Petition("pc1203_4", date(2026, 11, 22))] if filed else []
    return Client(id=key, name="Rita Testsinsentencia", person=Person(dob=date(1980, 4, 12)),
                  cases=[_case("c1", "24CR042", date(2024, 3, 1)), _case("c2", "24CR042", date(2020, 1, 6), petitions),
                         _case("c3", "24CR777", date(2021, 5, 1), petitions)])


TOLD_APART = "case 24CR042 (convicted 2020-01-06, PC 459, Los Angeles County)"


def test_k413_01_the_merge_s_list_and_preview_tell_two_cases_of_one_number_apart():
    clinic, laptop = two_of_one_number(), two_of_one_number(7, filed=True)
    assert differences(clinic, laptop, "id 1", "id 7") == [f"{TOLD_APART}: petitions filed", "case 24CR777: petitions filed"]
    assert merge_into(clinic, laptop).taken == [f"petition for PC 1203.4 dismissal filed 2026-11-22 in {TOLD_APART}",
                                                "petition for PC 1203.4 dismissal filed 2026-11-22 in case 24CR777"]


def test_k413_01_a_second_case_of_the_number_on_one_side_only_is_told_apart_on_both():
    clinic, laptop = two_of_one_number(), two_of_one_number(7)
    clinic.cases = clinic.cases[:1] + clinic.cases[2:]
    assert differences(clinic, laptop, "id 1", "id 7") == [f"{TOLD_APART} only in id 7"]
    assert merge_into(clinic, laptop).taken == [TOLD_APART]
    # The case both have is named as the one added beside it is, by what its record holds.
    laptop.cases[0] = replace(laptop.cases[0], petitions=[Petition("pc1203_4", date(2026, 11, 22))])
    assert differences(clinic, laptop, "id 1", "id 7")[0] == (
        "case 24CR042 (convicted 2024-03-01, PC 459, Los Angeles County): petitions filed")


def test_k413_02_the_review_queue_tells_two_cases_of_one_number_apart(tmp_path):
    from clinic_app.eligibility import screen
    from clinic_app.review import awaiting_of, awaiting_said
    from db.repository import Repository
    from db.rescreen import rescreen_caseload

    client = two_of_one_number()
    for case in client.cases[:2]:  # whether either 24CR042's probation has ended is not known
        case.sentence.probation.end = None
    as_of = date(2026, 12, 7)
    said = awaiting_said(client.cases, screen(client.person, client.cases, as_of).results, "facts", [], most=3)
    assert ("PC 1203.3 end probation early for case 24CR042 (convicted 2024-03-01, PC 459, Los Angeles County), "
            f"{TOLD_APART}: On what date does (or did) probation end?") in said, said
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        client_id = repo.add_client(client)
        rescreen_caseload(repo, as_of, workers=1)
        ((_id, read),) = repo.queue_reads([client_id])
        assert [case.label for case in read.cases] == [
            "24CR042 (convicted 2024-03-01, PC 459, Los Angeles County)", TOLD_APART[5:], "24CR777"]
        assert awaiting_of(repo, client_id) == awaiting_said(read.cases, read.results, read.facts, read.reviews)
        assert TOLD_APART in awaiting_of(repo, client_id)


def test_k413_03_a_case_entered_since_is_named_as_history_names_it(tmp_path):
    from datetime import timedelta

    from clinic_app.came_back import entered_since
    from clinic_app.court import kept_moment
    from db.repository import Repository

    client = two_of_one_number()
    client.id, entered = None, client.cases.pop(0)  # the 2024 24CR042 typed in since the screening
    with Repository.open(tmp_path / "caseload.sqlite", user="paralegal") as repo:
        client_id = repo.add_client(client)
        stored = repo.get_client(client_id)
        repo.save_client(replace(stored, cases=[*stored.cases, entered]), expected=stored)
        back = repo.get_client(client_id)
        day = kept_moment(repo.history(client_id)[0].at).astimezone().date() - timedelta(days=1)
        assert entered_since(repo.saves_after(client_id, day), back) == [
            "case 24CR042 (convicted 2024-03-01, PC 459, Los Angeles County)"]
        stored = repo.get_client(client_id)
        own = replace(entered, id="c4", case_number="25CR100")
        repo.save_client(replace(stored, cases=[*stored.cases, own]), expected=stored)
        assert entered_since(repo.saves_after(client_id, day), repo.get_client(client_id)) == [
            "case 24CR042 (convicted 2024-03-01, PC 459, Los Angeles County) and case 25CR100"]
