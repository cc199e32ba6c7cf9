"""W64-03: the README says a reviewed denial as the caseload line and the worksheet say it.

It said a denial reads "Denied DATE: attorney to review" and nothing more: since H63-04 and
D64-01 the line reads "reviewed by the attorney" once the attorney has reviewed it, and the
worksheet "file again only as the review says" (U64-01's words)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from clinic_app.court import CourtLine, court_next_action

README = " ".join((Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8").split())


def _as_readme_says(text: str) -> str:
    return text.replace("2026-11-01", "DATE").replace("2026-11-20", "DATE")


def test_the_readme_says_a_denial_before_and_after_the_attorneys_review():
    line = CourtLine("denied", ruling_on=date(2026, 11, 1), denials=("a",))
    before = court_next_action(line, date(2026, 11, 25)).full
    after = court_next_action(CourtLine("denied", ruling_on=date(2026, 11, 1), denials=("a",),
                                        reviewed_on=date(2026, 11, 20)), date(2026, 11, 25)).full
    assert f'a denial reads "{_as_readme_says(before)}" until the attorney marks its results reviewed' in README
    assert f'then "{_as_readme_says(after)}", no longer among today\'s work' in README
    assert '"file again only as the review says"' in README
