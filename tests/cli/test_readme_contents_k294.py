"""K294-03: a new volunteer opened a README of some 580 lines with no contents, and the hand-over
at the end of a clinic day (each laptop's clients exported, then imported into the clinic's
caseload) sat unheaded under "Your caseload file", found only by reading it through.  A contents
list now follows the two commands, a link to each heading, and the hand-over has a heading."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation but hyphens dropped, spaces
    made hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


HEADINGS = {_anchor(line[3:]): line[3:] for line in README.splitlines() if line.startswith("## ")}


def _contents() -> str:
    assert "\n**Contents**\n" in README, "the README has no contents list"
    return README.split("\n**Contents**\n", 1)[1].split("\n\n", 1)[0]


def test_k294_03_the_contents_follow_the_two_commands_and_link_every_heading():
    second_command_ends = README.index("```", README.index("```sh", README.index("**2.")) + 5)
    assert second_command_ends < README.index("\n**Contents**\n") < README.index("\n## ")
    linked = re.findall(r"\]\(#([^)]+)\)", _contents())
    assert linked == list(HEADINGS), (linked, list(HEADINGS))  # each, in the README's order


def test_k294_03_the_hand_over_has_a_heading_and_every_link_to_a_heading_finds_one():
    assert "at-the-end-of-a-clinic-day" in HEADINGS
    hand_over = README.split("\n## At the end of a clinic day\n", 1)[1].split("\n## ", 1)[0]
    assert "**File > Import clients...**" in hand_over and "clinic-app export --event" in hand_over
    assert "**A borrowed laptop, after the event.**" in hand_over
    for anchor in re.findall(r"\]\(#([^)]+)\)", README):
        assert anchor in HEADINGS, anchor
