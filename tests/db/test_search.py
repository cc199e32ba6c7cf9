"""Full-text search over names, aliases and case numbers: accents folded, partial words found."""

from __future__ import annotations

import pytest

from clinic_app.model import Case, Client


@pytest.fixture
def caseload(repo):
    ids = repo.add_clients(
        [
            Client(name="José López", aliases=["Pepe Lopez"], cases=[Case(id="a", case_number="BA123456")]),
            Client(name="Ana Ñúñez Sánchez", cases=[Case(id="a", case_number="24CR-01234")]),
            Client(name="Lopez Lopez", aliases=["Lopez"]),
            Client(name="Bảo Nguyễn", aliases=["Bao Nguyen"]),
            Client(name="Barbara Allen", cases=[Case(id="a", case_number="LA998877")]),
        ]
    )
    return repo, dict(zip(["jose", "ana", "lopez", "bao", "barbara"], ids))


@pytest.mark.parametrize(
    "text, who",
    [
        ("Lopez", {"jose", "lopez"}),
        ("lópez", {"jose", "lopez"}),
        ("Lop", {"jose", "lopez"}),
        ("Nunez", {"ana"}),
        ("ñuñ", {"ana"}),
        ("sanchez ana", {"ana"}),
        ("Pepe", {"jose"}),
        ("BA12", {"jose"}),
        ("ba123456", {"jose"}),
        ("24CR-012", {"ana"}),
        ("nguyen", {"bao"}),
        ("Jose Lop", {"jose"}),
        ("Zzz", set()),
        ("BA-123456", {"jose"}),  # typed as a docket prints it: stored without the dash (W21-20)
        ("ba 1234", {"jose"}),
    ],
)
def test_search_finds_accented_partial_names_and_case_numbers(caseload, text, who):
    repo, ids = caseload
    assert set(repo.search_ids(text)) == {ids[w] for w in who}
    assert {row.id for row in repo.list_clients(search=text)} == {ids[w] for w in who}


@pytest.mark.parametrize("text", ['"', "-", "AND", "NOT *", "a:b", "(x"])
def test_search_syntax_characters_are_searched_for_not_interpreted(caseload, text):
    repo, _ids = caseload
    repo.search_ids(text)  # no FTS5 syntax error
    repo.list_clients(search=text)


def test_search_follows_edits_and_deletes(caseload):
    repo, ids = caseload
    client = repo.get_client(ids["barbara"])
    client.name = "Bárbara Alén"
    client.cases[0].case_number = "VA554433"
    repo.save_client(client)
    assert repo.search_ids("Allen") == []
    assert repo.search_ids("alen") == [ids["barbara"]]
    assert repo.search_ids("VA55") == [ids["barbara"]] and repo.search_ids("LA99") == []
    repo.delete_client(ids["barbara"])
    assert repo.search_ids("alen") == []


def test_an_exact_name_ranks_first(caseload):
    repo, ids = caseload
    assert repo.search_ids("Lopez")[0] == ids["lopez"]


def test_list_without_search_is_everyone_by_name(caseload):
    repo, _ids = caseload
    names = [row.name for row in repo.list_clients()]
    # Accents and case set aside, as a person reads a list (SQLite's NOCASE put "Bảo" after "Barbara").
    assert names == ["Ana Ñúñez Sánchez", "Bảo Nguyễn", "Barbara Allen", "José López", "Lopez Lopez"]
    assert [row.name for row in repo.list_clients(limit=2)] == names[:2]
    assert repo.list_clients(search="   ") == repo.list_clients()


def test_accented_names_sort_among_their_letters(repo):
    """A Los Angeles caseload is full of accents: "Gómez" comes before "Gutiérrez" and
    "Álvarez" among the A's, not after "Z" (GUI check W21-01)."""
    repo.add_clients([Client(name=name) for name in ("Gutiérrez Ana", "Zamora Luis", "Álvarez Rosa", "Gómez Ana", "Ávila Juan", "Avila Juana")])
    assert [row.name for row in repo.list_clients()] == ["Álvarez Rosa", "Ávila Juan", "Avila Juana", "Gómez Ana", "Gutiérrez Ana", "Zamora Luis"]


@pytest.mark.parametrize("text", ["VA765432", "va7654", "VA-765432", "VA 765432", "22CR4455", "22 CR 44"])
def test_a_case_number_stored_with_a_dash_or_space_is_found_typed_without_it(repo, text):
    """W22-03: "VA765432" typed found nothing stored as "VA-765432" (the other way round was
    W21-20's)."""
    dario = repo.add_client(Client(name="Dario Dash", cases=[Case(id="a", case_number="VA-765432"), Case(id="b", case_number="22 CR 4455")]))
    repo.add_client(Client(name="Otro Other", cases=[Case(id="a", case_number="VA111111")]))
    assert repo.search_ids(text) == [dario]
    assert [row.id for row in repo.list_clients(search=text)] == [dario]
