"""W126-04: `clinic-app list --review --json` writes each line's why under `review`, a key
neither the README's `list` row nor `list --help` named (the help's --json named id, name, dob
and file_on alone, and of the keys the options add, named some: court, probation_ended and the
newly eligible's three went unsaid).  A script reading the attorney's queue had to guess the
key.  Every key a `list --json` line carries is now named in the help of the option that adds
it, and in the README's row."""

from __future__ import annotations

import json
import re
from pathlib import Path

from clinic_app import cli
from tests.cli.test_cli import clinic_app
from tests.cli.test_readme_every_option_w104 import _rows_of
from tests.cli.test_list_review_k66 import test_k66_03_list_review_lists_the_attorneys_queue_as_the_window_does as _k66

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

# The option that adds each key (--json alone writes id, name, dob and file_on).
ADDED_BY = {"id": "--json", "name": "--json", "dob": "--json", "file_on": "--json",
            "court": "--hearing-within", "probation_ended": "--probation-ended",
            "probation_runs_to": "--probation-ended", "probation_end_not_recorded": "--probation-ended",
            "review": "--review", "to_file": "--outcome", "eligible_on": "--to-file-within",
            "eligible_now_since": "--newly-eligible-since", "automatic_only": "--newly-eligible-since",
            "all_filed": "--newly-eligible-since", "outstanding": "--outstanding",
            "rules_version": "--older-rules"}


def _keys_written() -> set[str]:
    """The keys `cmd_list` writes on a --json line, read from the code that writes them."""
    source = Path(cli.__file__).read_text(encoding="utf-8")
    body = source.split("\ndef cmd_list(", 1)[1].split("\ndef ", 1)[0]
    first = re.search(r"line = \{([^}]*)\}", body).group(1)
    added = re.findall(r'line\["(\w+)"\]', body) + re.findall(r'"(\w+)": ', body.split("line |= {", 1)[1].split("}", 1)[0])
    return set(re.findall(r'"(\w+)": ', first)) | set(added)


def _option_help(option: str) -> str:
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    (action,) = [a for a in sub.choices["list"]._actions if option in a.option_strings]
    return action.help


def test_w126_04_every_key_of_a_list_json_line_is_named_in_its_options_help_and_the_readme(tmp_path):
    assert _keys_written() == set(ADDED_BY)
    row = _rows_of("list")
    for key, option in ADDED_BY.items():
        if option != "--json":
            assert re.search(rf"\b{key}\b[^;]*--json|--json[^;]*\b{key}\b", _option_help(option)), (key, option)
            assert f"`{key}`" in row, key
    assert all(key in _option_help("--json") for key in ("id", "name", "dob", "file_on"))


def test_w126_04_the_review_key_is_what_list_review_json_writes(tmp_path):
    _k66(tmp_path)  # its caseload: a denial and a result awaiting the attorney
    lines = [json.loads(line) for line in clinic_app("list", "--db", str(tmp_path / "caseload.sqlite"),
                                                     "--review", "--json").stdout.splitlines()]
    assert [line["review"] for line in lines][0] == "denied 2026-11-20: attorney to review"
    assert "`review` in `--json`" in _rows_of("list")
