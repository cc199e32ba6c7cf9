"""After `clinic-app import` found two or more possible-duplicate pairs, the merge command was
given for the first pair only: the others' ids were to be picked out of the lines above
(C108-04).  Each pair now has its command, up to ten, and how many more after them."""

from __future__ import annotations

import json
import shlex

from clinic_app import cli
from clinic_app.demo import generate_clients
from clinic_app.screening_format import client_to_request_dict
from db.repository import Repository


def _imported_again(tmp_path, capsys, n: int) -> tuple[list[str], list[int], object]:
    """`n` clients of the caseload come back from a laptop with a note added: `n` pairs."""
    clinic = tmp_path / "clinic.sqlite"
    with Repository.open(clinic) as repo:
        ids = repo.add_clients(generate_clients(n, seed=108))
        edited = [repo.get_client(client_id) for client_id in ids]
    for client in edited:
        client.notes = (client.notes + " Prefers mornings.").strip()
    day = tmp_path / "day.jsonl"
    day.write_text("".join(json.dumps(client_to_request_dict(client)) + "\n" for client in edited), encoding="utf-8")
    assert cli.main(["import", str(day), "--db", str(clinic)]) == 0
    return capsys.readouterr().out.splitlines(), ids, clinic


def test_each_pair_has_its_merge_command(tmp_path, capsys):
    lines, ids, clinic = _imported_again(tmp_path, capsys, 3)
    merge = f"clinic-app merge --db {clinic}"
    first = next(at for at, line in enumerate(lines) if line.startswith("At a terminal: "))
    assert lines[first].startswith(f"At a terminal: {merge} --into {ids[0]} --from {ids[2] + 1} takes")
    assert lines[first + 1:first + 4] == ["The other pairs, the same way:",
                                         f"  {merge} --into {ids[1]} --from {ids[2] + 2}",
                                         f"  {merge} --into {ids[2]} --from {ids[2] + 3}"]
    # Each runs as printed.
    for line in lines[first + 2:first + 4]:
        assert cli.main(shlex.split(line)[1:]) == 0
    with Repository.open(clinic) as repo:
        assert len(repo.client_ids()) == 4


def test_many_pairs_name_the_first_ten_and_how_many_more(tmp_path, capsys):
    lines, ids, _clinic = _imported_again(tmp_path, capsys, 13)
    first = next(at for at, line in enumerate(lines) if line.startswith("At a terminal: "))
    commands = [line for line in lines[first + 1:] if line.startswith("  clinic-app merge ")]
    assert len(commands) == 9
    assert lines[first + 11] == "  and 3 more pairs, which the window lists under “Possible duplicates”."
