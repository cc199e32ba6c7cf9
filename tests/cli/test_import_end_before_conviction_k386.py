"""K386-01: a probation end (or an early termination) with no start, or a supervision end with no
release, dated before the case's conviction (or a supervision end before the judgment) was stored
by `clinic-app import`, the Record tab and a merge: the record's check compared a probation's end
only with its start and a supervision end only with a release.  Intake refused it (R381-01).
Refused now by that one check, naming the path, as a release before the conviction was."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clinic_app.model import Case, Custody, Probation, Sentence
from clinic_app.screening_format import FormatError, client_and_reviews_from_request, client_to_request_dict
from tests.cli.test_cli import assert_import_refused
from tests.cli.test_import_future_dates_i59 import TODAY, _with
from tests.stored_before_k386 import ENDED_BEFORE as BEFORE, ending_before_conviction, stored_before_k386

def _probation_ends(case: Case) -> None:
    case.sentence = Sentence(type="probation", probation=Probation(kind="summary", end=BEFORE))


def _terminated_early(case: Case) -> None:
    case.sentence = Sentence(type="probation", probation=Probation(kind="summary", early_termination=BEFORE))


def _supervision_ends(case: Case) -> None:
    case.sentence = Sentence(type="state_prison", custody=Custody(supervision="parole", supervision_end=BEFORE))


def _supervision_ends_before_judgment(case: Case) -> None:
    case.sentence = Sentence(type="state_prison", judgment_date=date(2024, 5, 1),
                             custody=Custody(supervision="parole", supervision_end=date(2024, 4, 1)))


@pytest.mark.parametrize("change, field, said", [
    (_probation_ends, "sentence.probation.end", "2023-09-01 is before the conviction date 2024-03-01"),
    (_terminated_early, "sentence.probation.early_termination", "2023-09-01 is before the conviction date 2024-03-01"),
    (_supervision_ends, "sentence.custody.supervision_end", "2023-09-01 is before the conviction date 2024-03-01"),
    (_supervision_ends_before_judgment, "sentence.custody.supervision_end",
     "2024-04-01 is before the judgment date 2024-05-01"),
])
def test_k386_01_an_end_before_the_conviction_is_refused_on_import(change, field, said):
    with pytest.raises(FormatError) as refused:
        client_and_reviews_from_request(_with(change), today=TODAY)
    assert (refused.value.path, refused.value.problem) == (f"cases[0].{field}", said)


def test_k386_01_an_end_on_the_conviction_day_is_taken():
    def change(case: Case) -> None:
        case.sentence = Sentence(type="state_prison", custody=Custody(supervision="parole", supervision_end=date(2024, 3, 1)))

    client = client_and_reviews_from_request(_with(change), today=TODAY)[0]
    assert client.cases[0].sentence.custody.supervision_end == date(2024, 3, 1)


def test_k386_01_clinic_app_import_refuses_the_file_and_adds_nothing(tmp_path):
    assert_import_refused(tmp_path, [_with(lambda case: None), _with(_supervision_ends)],
                          "line 2: cases[0].sentence.custody.supervision_end: ",
                          "2023-09-01 is before the conviction date 2024-03-01")


def test_r389_01_an_exported_client_refused_is_named_with_where_to_put_it_right(tmp_path):
    """An export of a caseload holding an end stored before K386 was refused by `import` as "line
    2: cases[0]...; put that record right": which of 200 clients, and edit the file by hand?"""
    assert_import_refused(tmp_path, [_with(lambda case: None), _with(_supervision_ends)],
                          "line 2: cases[0].sentence.custody.supervision_end: ",
                          "put that record right and import the whole file again (it is Rita Sinsentencia's Case "
                          "24CR042, Supervision end: if it was exported so, open the client in that caseload, where "
                          "the Record tab says what to change, and export again)")


def test_k392_01_an_export_warns_of_the_records_an_import_will_refuse(tmp_path, monkeypatch):
    """`export --all` of a caseload holding records stored before K386 wrote them with not a word,
    and the new laptop's import refused the whole file at the clinic event. Still written whole,
    but said: whose, why, and where to put it right."""
    from db.repository import Repository
    from tests.cli.test_cli import clinic_app
    from tests.gui.test_future_dates_i59 import no_sentence

    caseload, out = tmp_path / "caseload.sqlite", tmp_path / "all.jsonl"
    unnumbered = ending_before_conviction("Juan Antes")
    unnumbered.cases[0].case_number = None  # the Record tab's list titles it by what it holds
    with Repository.open(caseload) as repo:
        repo.add_client(no_sentence("Ana Bien"))
        rita = stored_before_k386(repo, monkeypatch, ending_before_conviction("Rita Sinsentencia"))
        juan = stored_before_k386(repo, monkeypatch, unnumbered)
    result = clinic_app("export", "--db", caseload, "--all", "--out", out)
    assert result.returncode == 0, result.stderr
    assert len(out.read_text().splitlines()) == 3  # written whole, as before
    assert "Exported 3 clients" in result.stdout
    said = result.stderr
    # The case and field as the Record tab names them, not the import's path (K395-02).
    assert ("an import of this file will refuse it whole, for the records of 2 clients: "
            f"Rita Sinsentencia (id {rita}): Case 24CR042, Probation end: 2023-09-01 is before the conviction "
            f"date 2024-03-01; Juan Antes (id {juan}): Case c1 (convicted 2024-03-01, PC 459, "
            "Los Angeles County), Probation end: "
            "2023-09-01 is before the conviction date 2024-03-01.") in said
    assert "open each client here, where the Record tab says what to change, and export again" in said
    assert "Ana Bien" not in said
    one = clinic_app("export", "--db", caseload, "--client", rita)  # to standard output, one client
    assert one.returncode == 0 and json.loads(one.stdout)["client"]["name"] == "Rita Sinsentencia"
    assert (f"an import of this file will refuse it whole, for the record of Rita Sinsentencia (id {rita}): "
            "Case 24CR042, Probation end: 2023-09-01") in one.stderr
    assert "open the client here, where the Record tab says what to change, and export again" in one.stderr


def test_k392_02_several_exported_clients_refused_are_each_named(tmp_path):
    """With two or more records refused, the import listed "all.jsonl:2: cases[0]..." lines with no
    client named (R389-01 named one alone): which of 200 clients?"""
    from tests.cli.test_cli import clinic_app

    def bad(name: str, number: str | None = "24CR042") -> dict:
        client = ending_before_conviction(name)
        client.cases[0].case_number = number
        return client_to_request_dict(client)

    path, caseload = tmp_path / "all.jsonl", tmp_path / "caseload.sqlite"
    path.write_text("".join(json.dumps(r) + "\n" for r in [_with(lambda case: None), bad("Rita Sinsentencia"),
                                                            bad("Juan Antes", None)]))
    result = clinic_app("import", path, "--db", caseload)
    assert result.returncode == 2
    said = result.stderr
    # And which case and field, as the Record tab names them where it is put right (K395-03).
    assert ("all.jsonl:2: cases[0].sentence.probation.end: 2023-09-01 is before the conviction date 2024-03-01 "
            "(it is Rita Sinsentencia's Case 24CR042, Probation end)") in said
    assert "all.jsonl:3: cases[0].sentence.probation.end: " in said
    assert ("(it is Juan Antes's Case c1 (convicted 2024-03-01, PC 459, Los Angeles County), Probation end)"
            in said)
    assert ("Put those records right and import the whole file again (if it was exported so, open each client named "
            "in that caseload, where the Record tab says what to change, and export again).") in said
