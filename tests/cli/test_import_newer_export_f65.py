"""F65-02: a client exported by a newer Clinic Desk (the volunteer's laptop updated before the
clinic's computer) carries a key this program does not know.  The import refused it as
"line 1: client.email: unknown key" and said "put that record right and import the whole
file again": the paralegal was sent to edit the day's file by hand, deleting what the newer
version keeps.  Said now: update this program if the file came from a newer one.  A request
that is no export (no `client` block: typed by hand) keeps "put that record right"."""

from __future__ import annotations

import json

from clinic_app.demo import generate_clients
from clinic_app.screening_format import client_to_request_dict
from tests.cli.test_cli import assert_plain_error, clinic_app

NEWER = "if the file was exported by a newer version of Clinic Desk (the laptop's updated first), update this one and import the file again"


def _exported(**extra_in_client):
    record = client_to_request_dict(next(iter(generate_clients(1, seed=65))))
    record["client"].update(extra_in_client)
    return record


def test_f65_a_key_a_newer_export_writes_says_to_update_the_program(tmp_path):
    day = tmp_path / "day.jsonl"
    newer = _exported(email="renee@example.org")
    day.write_text(json.dumps(_exported()) + "\n" + json.dumps(newer) + "\n", encoding="utf-8")
    caseload = tmp_path / "caseload.sqlite"
    result = clinic_app("import", day, "--db", caseload)
    assert_plain_error(result, 2, f"{day}: line 2: client.email: unknown key. The file was not imported: none of its 2 clients "
                                  f"was added; {NEWER}; if not, put that record right")
    assert not caseload.exists()


def test_f65_a_key_deep_in_an_exported_record_says_so_too(tmp_path):
    day = tmp_path / "day.json"
    record = _exported()
    record["cases"][0]["immigration_hold"] = True
    day.write_text(json.dumps([record]), encoding="utf-8")
    assert_plain_error(clinic_app("import", day, "--db", tmp_path / "c.sqlite"), 2,
                       f"[0].cases[0].immigration_hold: unknown key. The file was not imported: none was added; {NEWER}")


def test_f65_a_request_typed_by_hand_keeps_put_that_record_right(tmp_path):
    request = tmp_path / "request.json"
    request.write_text(json.dumps({"person": {"dob": "1990-01-01", "shoe_size": 9}, "cases": []}), encoding="utf-8")
    result = clinic_app("import", request, "--db", tmp_path / "c.sqlite")
    assert_plain_error(result, 2, "person.shoe_size: unknown key. The file was not imported: none was added; "
                                  "put that record right and import the whole file again")
    assert "newer version" not in result.stderr


def test_f65_the_window_says_it_as_the_command_does(tmp_path):
    from clinic_app.cli import read_import
    from clinic_app.screening_format import FormatError
    from ui.crash import user_error_text

    day = tmp_path / "day.jsonl"
    day.write_text(json.dumps(_exported(email="x@example.org")) + "\n", encoding="utf-8")
    try:
        read_import(day)
    except FormatError as err:
        said = user_error_text(err)
    assert said == ("The file was not imported (nothing was added): line 1: client.email: unknown key. "
                    f"{NEWER[0].upper()}{NEWER[1:]}; if not, put that record right and import the whole file again.")
