"""The remedy registry: one small module per remedy, listed once, in FORMAT.md's order.

Each remedy module defines `REMEDY = Remedy(key=..., scope=..., evaluate=...)` and a
docstring citing its statute; its names are NAMES's row.  Every key has its module: one that
cannot be imported stops the program rather than leave the remedy out of every screening.
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
    scope: Literal["conviction", "case"]  # case-level: pc851_91, pc851_93, pc1203_3
    evaluate: Callable[["Context", Case, Conviction | None], Determination]
    # conviction scope: evaluate(ctx, case, conviction); case scope: evaluate(ctx, case, None)
    # Optional split of evaluate (gates.py): gate(profile) -> Reason | None decides the
    # categorical not_applicable answers, decide(ctx, case, conv) the rest.
    gate: Callable[..., object] | None = None
    decide: Callable[["Context", Case, Conviction | None], Determination] | None = None

    @property
    def title(self) -> str:
        """ "Dismissal after probation (PC 1203.4)": its row of NAMES."""
        return NAMES[self.key][0]


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


# Each FORMAT.md key's two names, written here only (W27-01: the window's header and the text
# report took their short names from a table of the report's, the window's rows and the
# summary report their titles from the remedy modules and a copy of them here, and the two
# had drifted: "PC 236.14 survivor vacatur" beside "... (PC 236.14 / 236.15)").  The title
# where there is room: the window's rows and detail, the summary report.  The short name,
# the title's statute first (or, with no room for it, the title's own words), where there
# is not: the text report's 35-character remedy column, the window's header line; a title
# runs to 61 characters, so the two forms stay.
NAMES: dict[str, tuple[str, str]] = {
    "pc1203_4": ("Dismissal after probation (PC 1203.4)", "PC 1203.4 dismissal"),
    "pc1203_4a": ("Dismissal without probation or of an infraction (PC 1203.4a)", "PC 1203.4a dismissal"),
    "pc1203_41": ("Dismissal after county jail or prison (PC 1203.41)", "PC 1203.41 dismissal"),
    "pc1203_42": ("Dismissal of a pre-realignment prison sentence (PC 1203.42)", "PC 1203.42 dismissal"),
    "pc1203_425": ("Automatic conviction relief by DOJ (PC 1203.425)", "PC 1203.425 automatic relief"),
    "pc1203_3": ("Early termination of probation (PC 1203.3)", "PC 1203.3 end probation early"),
    "pc17b": ("Reduction of a wobbler to a misdemeanor (PC 17(b))", "PC 17(b) reduce to misdemeanor"),
    "prop47": ("Prop 47 reduction (PC 1170.18)", "Prop 47 reduction"),
    "prop64": ("Prop 64 marijuana relief (HS 11361.8)", "Prop 64 marijuana relief"),
    "pc851_91": ("Petition to seal an arrest (PC 851.91)", "PC 851.91 seal the arrest"),
    "pc851_93": ("Automatic arrest relief by DOJ (PC 851.93)", "PC 851.93 automatic arrest relief"),
    "pc1203_43": ("Withdrawal of a completed DEJ plea (PC 1203.43)", "PC 1203.43 withdraw DEJ plea"),
    "pc1203_45": ("Sealing of a misdemeanor committed under 18 (PC 1203.45)", "PC 1203.45 seal (under 18)"),
    "pc1203_4b": ("Fire-camp dismissal (PC 1203.4b)", "PC 1203.4b fire-camp dismissal"),
    "pc1473_7": ("Motion to vacate (PC 1473.7)", "PC 1473.7 motion to vacate"),
    "pc236_14": ("Vacatur for trafficking survivors (PC 236.14 / 236.15)", "PC 236.14 / 236.15 vacatur"),
    "pc1203_49": ("Relief for a trafficking victim's 647(b) conviction (PC 1203.49)", "PC 1203.49 647(b) victim relief"),
    "cor": ("Certificate of rehabilitation (PC 4852.01)", "Certificate of rehabilitation"),
}


def _load() -> tuple[Remedy, ...]:
    found = []
    for key in REMEDY_KEYS:
        name = f"clinic_app.eligibility.{key}"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            if err.name != name:
                raise
            # Once a remedy not yet written was skipped here; but all are written, and a
            # frozen build without these modules then screened 6 remedies of 18 and said
            # nothing (P32-01).  A screening missing a remedy is a wrong answer, not a short one.
            raise RuntimeError(f"{name} is missing: this copy of Clinic Desk is incomplete; reinstall it") from None
        remedy = module.REMEDY
        if remedy.key != key:
            raise RuntimeError(f"{name} registers {remedy.key!r}, expected {key!r}")
        found.append(remedy)
    return tuple(found)


REMEDIES: tuple[Remedy, ...] = _load()
BY_KEY: dict[str, Remedy] = {r.key: r for r in REMEDIES}



def remedy_title(key: str) -> str:
    """The display title of a remedy key: "Dismissal after probation (PC 1203.4)"."""
    return NAMES[key][0] if key in NAMES else key


def short_name(key: str) -> str:
    """The short name a paralegal reads for a remedy key ("pc1203_4" -> "PC 1203.4 dismissal")."""
    return NAMES[key][1] if key in NAMES else key


def named_to_file(d: Determination) -> str:
    """`short_name` of `d`'s relief, "(good cause needed)" after it where the court takes the
    filing only on a showing of good cause (Prop 47 after its 2022-11-04 deadline, PC 1170.18(j)):
    the client's header and the list of what to file named it as plain a filing as a dismissal
    the judge must grant, where the text report said "good cause needed" (P172-03)."""
    return short_name(d.remedy) + (" (good cause needed)" if d.mode == "good_cause" else "")


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


def remedy_cite(key: str) -> str:
    """`remedy_statute` as a reason cites it: two sections joined by "; PC" as every other cite
    joins them, not by the title's slash (Q307-18: "PC 236.14 / 236.15")."""
    return remedy_statute(key).replace(" / ", "; PC ")
