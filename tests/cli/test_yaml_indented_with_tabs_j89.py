"""J89-03: a YAML request typed with the Tab key (Notepad, a plain editor) was "not valid YAML:
found character that cannot start any token at line 3, column 1": no word that YAML forbids a
tab there, nor what to do.  It now names the line and says to indent it with spaces, with exit
status 2 and nothing on standard output; a tab after a key, which YAML allows, is read as before."""

from __future__ import annotations

import yaml

from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_screen_robustness import GOOD, refused, screen

SAID = "not valid YAML: line {} is indented with a tab, which YAML does not allow: indent it with spaces"


def _written(tmp_path, name, change):
    lines = yaml.safe_dump(GOOD, sort_keys=False).splitlines()
    path = tmp_path / name
    path.write_text("\n".join(change(n, line) for n, line in enumerate(lines, start=1)) + "\n", encoding="utf-8")
    return path


def test_a_yaml_request_indented_with_tabs_names_the_line(tmp_path):
    every = _written(tmp_path, "tabs.yaml", lambda _n, line: line.replace("  ", "\t"))
    done = screen(every)
    refused(done, f"{every}: {SAID.format(3)}")
    assert "cannot start any token" not in done.stderr
    after_spaces = _written(tmp_path, "one.yml", lambda n, line: "  \t" + line.lstrip() if n == 7 else line)
    refused(screen(after_spaces, "--format", "text"), SAID.format(7))
    # and an import of it says the same
    assert_plain_error(clinic_app("import", every, "--db", tmp_path / "x.sqlite"), 2, SAID.format(3))


def test_a_tab_after_a_key_is_read_as_before(tmp_path):
    after_key = _written(tmp_path, "after.yaml", lambda n, line: line.replace(": ", ":\t", 1) if n == 3 else line)
    assert "\t" in after_key.read_text(encoding="utf-8")
    assert screen(after_key).returncode == 0
