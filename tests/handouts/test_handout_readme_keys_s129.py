"""S129-04: resources/handouts/README.md, the translators' page, has a table "The parts of a
file" that named 16 of en.yaml's 40 top-level keys: `intro`, `record_asked`, `arrest_offense`,
`jury_registrant`, `offense_acts` ... were in no row, and a translator meeting one could not
tell where its words print.  Every top-level key of en.yaml now has its row, and a key added to
en.yaml without one fails here."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

HANDOUTS = Path(__file__).resolve().parents[2] / "resources" / "handouts"


def _table_keys() -> set[str]:
    """The keys named in the first column of the README's table "The parts of a file"."""
    page = (HANDOUTS / "README.md").read_text(encoding="utf-8")
    table = page.split("## The parts of a file", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    return {key for first in rows for key in re.findall(r"`([a-z_0-9]+)`", first)}


def test_s129_04_every_top_level_key_of_english_has_a_row_on_the_translators_page():
    english = yaml.safe_load((HANDOUTS / "en.yaml").read_text(encoding="utf-8"))
    assert len(english) > 30
    assert set(english) - _table_keys() == set()


def test_s129_04_the_table_names_no_key_english_does_not_have():
    english = yaml.safe_load((HANDOUTS / "en.yaml").read_text(encoding="utf-8"))
    assert _table_keys() - set(english) == set()
