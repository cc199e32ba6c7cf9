"""Counts said the way a person says them: "1 client", "2 clients", "1,204 pages"."""

from __future__ import annotations


def count(n: int, noun: str, plural: str | None = None) -> str:
    """`n` with its noun, singular for exactly one; the plural is noun + "s" unless given."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
