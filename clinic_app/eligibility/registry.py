"""The remedy registry: one small module per remedy, listed once, in FORMAT.md's order.

Each remedy module defines `REMEDY = Remedy(key=..., title=..., scope=..., evaluate=...)`
and a docstring citing its statute.  The registry imports the modules that exist; a
remedy not yet written is simply absent (never a stub that pretends to decide).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Literal

from clinic_app.model import Case, Conviction, Determination

if TYPE_CHECKING:  # pragma: no cover
    from clinic_app.eligibility.context import Context


@dataclass(frozen=True)
class Remedy:
    key: str  # "pc1203_4"  (FORMAT.md remedy key)
    title: str  # "Dismissal after probation (PC 1203.4)"
    scope: Literal["conviction", "case"]  # case-level: pc851_91, pc851_93, pc1203_3
    evaluate: Callable[["Context", Case, Conviction | None], Determination]
    # conviction scope: evaluate(ctx, case, conviction); case scope: evaluate(ctx, case, None)
    # Optional split of evaluate (gates.py): gate(profile) -> Reason | None decides the
    # categorical not_applicable answers, decide(ctx, case, conv) the rest.
    gate: Callable[..., object] | None = None
    decide: Callable[["Context", Case, Conviction | None], Determination] | None = None


# FORMAT.md's remedy keys, in its order (the display order).
REMEDY_KEYS: tuple[str, ...] = (
    "pc1203_4",
    "pc1203_4a",
    "pc1203_41",
    "pc1203_42",
    "pc1203_425",
    "pc1203_3",
    "pc17b",
    "prop47",
    "prop64",
    "pc851_91",
    "pc851_93",
    "pc1203_43",
    "pc1203_45",
    "pc1203_4b",
    "pc1473_7",
    "pc236_14",
    "pc1203_49",
    "cor",
)


def _load() -> tuple[Remedy, ...]:
    found = []
    for key in REMEDY_KEYS:
        name = f"clinic_app.eligibility.{key}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name == name:
                continue  # not written yet
            raise
        remedy = module.REMEDY
        if remedy.key != key:
            raise RuntimeError(f"{name} registers {remedy.key!r}, expected {key!r}")
        found.append(remedy)
    return tuple(found)


REMEDIES: tuple[Remedy, ...] = _load()
BY_KEY: dict[str, Remedy] = {r.key: r for r in REMEDIES}

# Titles for every FORMAT.md key, so a stored result can be shown even for a remedy
# this build does not evaluate.
_TITLES = {
    "pc1203_4": "Dismissal after probation (PC 1203.4)",
    "pc1203_4a": "Dismissal without probation or of an infraction (PC 1203.4a)",
    "pc1203_41": "Dismissal after county jail or prison (PC 1203.41)",
    "pc1203_42": "Dismissal of a pre-realignment prison sentence (PC 1203.42)",
    "pc1203_425": "Automatic conviction relief by DOJ (PC 1203.425)",
    "pc1203_3": "Early termination of probation (PC 1203.3)",
    "pc17b": "Reduction of a wobbler to a misdemeanor (PC 17(b))",
    "prop47": "Prop 47 reduction (PC 1170.18)",
    "prop64": "Prop 64 marijuana relief (HS 11361.8)",
    "pc851_91": "Petition to seal an arrest (PC 851.91)",
    "pc851_93": "Automatic arrest relief by DOJ (PC 851.93)",
    "pc1203_43": "Withdrawal of a completed DEJ plea (PC 1203.43)",
    "pc1203_45": "Sealing of a misdemeanor committed under 18 (PC 1203.45)",
    "pc1203_4b": "Fire-camp dismissal (PC 1203.4b)",
    "pc1473_7": "Motion to vacate (PC 1473.7)",
    "pc236_14": "Vacatur for trafficking survivors (PC 236.14 / 236.15)",
    "pc1203_49": "Relief for a trafficking victim's 647(b) conviction (PC 1203.49)",
    "cor": "Certificate of rehabilitation (PC 4852.01)",
}


def remedy_title(key: str) -> str:
    """The display title of a remedy key: "Dismissal after probation (PC 1203.4)"."""
    if key in BY_KEY:
        return BY_KEY[key].title
    return _TITLES.get(key, key)


def remedy_statute(key: str) -> str:
    """The statute a remedy's title names: "PC 1203.4", "PC 236.14 / 236.15"."""
    title = remedy_title(key)
    if not title.endswith(")"):
        return title
    # The parenthesis that the last ")" closes: "PC 17(b)" holds one of its own (oracle
    # finding O21-01: an unknown offense's 17(b) row was cited as "b)").
    depth = 0
    for at in range(len(title) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(title[at], 0)
        if depth == 0:
            return title[at + 1 : -1]
    return title
