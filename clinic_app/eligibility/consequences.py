"""What stays true after relief, per conviction (ca-rules.md 2.5 and 4): filled in below."""

from __future__ import annotations

from clinic_app.model import Consequence


def consequences(ctx) -> list[Consequence]:
    return []
