"""A form's refusal of what was typed: its words, and the fact of the case they are about.

Which field a refusal was shown under, focused and named by was worked out from its first
words ("End date: ..."), so a message reworded landed under another line, or none (K377-01).
"""

from __future__ import annotations


class Refusal(str):
    """The words of a refusal ("Probation end: Not a date: ..."), and `about`: the path within
    the case of the fact refused, in FORMAT.md's names ("sentence.probation.end"), or None
    where it is about no one field.  A str, so whatever said or compared the words is as it was."""

    about: str | None

    def __new__(cls, words: str, about: str | None = None) -> Refusal:
        refusal = super().__new__(cls, words)
        refusal.about = about
        return refusal

    def __repr__(self) -> str:
        return f"Refusal({str(self)!r}, about={self.about!r})"


def about(words: str | None) -> str | None:
    """The fact refused `words` are about, where they are a `Refusal` that says; else None."""
    return getattr(words, "about", None)
