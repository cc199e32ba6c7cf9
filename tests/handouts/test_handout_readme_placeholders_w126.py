"""W126-05: resources/handouts/README.md, the translators' page, told them to keep the
`{placeholders}` and listed fifteen, where en.yaml uses thirty-one: `{left}` and `{required}`
(the hours of community service still to do, S122-02), `{cite}`, `{county}`, `{reviewed}` ...
A translator who took the list as whole could drop one of the others as a stray brace and
find the file refused.  Every placeholder of en.yaml is now named in it."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

HANDOUTS = Path(__file__).resolve().parents[2] / "resources" / "handouts"


def _texts(node) -> list[str]:
    """Every text of a handout file, comments left out (en.yaml's own header names "{placeholders}")."""
    if isinstance(node, dict):
        return [text for value in node.values() for text in _texts(value)]
    if isinstance(node, list):
        return [text for value in node for text in _texts(value)]
    return [node] if isinstance(node, str) else []


def test_w126_05_every_placeholder_english_uses_is_named_on_the_translators_page():
    english = yaml.safe_load((HANDOUTS / "en.yaml").read_text(encoding="utf-8"))
    used = {word for text in _texts(english) for word in re.findall(r"\{([a-z_]+)\}", text)}
    rule = (HANDOUTS / "README.md").read_text(encoding="utf-8").split("**Keep the `{placeholders}`**", 1)[1].split("\n- ", 1)[0]
    assert len(used) > 15
    assert used - set(re.findall(r"`\{([a-z_]+)\}`", rule)) == set()
