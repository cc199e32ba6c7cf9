"""The level a new count (or an arrest) starts with: the catalog's, where it held on the day.

The catalog gives a section one level as the law reads it now or as it was charged for
years.  For a section a proposition made a misdemeanor, that level holds only before the
proposition: HS 11350 was a straight felony until Prop 47 (2014-11-05) and is a misdemeanor
since, a felony only with a super-strike or PC 290(c) prior (ca-rules.md 3.8); HS 11358-11360
were felonies until Prop 64 (2016-11-09), misdemeanors since except with priors (3.9).  A
2016 HS 11350 count prefilled Felony was stored a felony though the record said nothing, and
the client's handout told him in bold "A felony means no guns for life" (Z77, left alone 1).
Where the day is after the change, or not known, the level is the court record's to give:
the box starts at "Choose level" and the screening asks, never guesses (V53-02).

Intake (a count or an arrest) and the Record tab's count rows ask this one function.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from clinic_app.catalog import Offense
from clinic_app.eligibility.prop47 import EFFECTIVE as PROP_47_DAY
from clinic_app.eligibility.prop64 import EFFECTIVE as PROP_64_DAY
from clinic_app.eligibility.sentence import FELONY_TERMS

# The sections PC 1170.18(a) names (ca-rules.md 3.8), not those courts held it reaches
# through them (second-degree burglary, 470 forgery, VC 10851): those are wobblers anyway.
NAMED_BY_PROP_47 = frozenset({("HS", "11350"), ("HS", "11357"), ("HS", "11377"), ("PC", "459.5"), ("PC", "473"),
                              ("PC", "476a"), ("PC", "490.2"), ("PC", "496"), ("PC", "666")})
FIXED_LEVELS = ("felony", "misdemeanor", "infraction")


@dataclass(frozen=True)
class StartingLevel:
    """The level to start with (None: "Choose level") and why, where the day decided it."""

    level: str | None
    why: str = ""


def _base(section: str) -> str:
    return section.split("(", 1)[0]


def _change(offense: Offense) -> tuple[str, date, str] | None:
    """(the proposition, its day, what the section is since) where a proposition made this
    felony row's section a misdemeanor; None for any other row."""
    if offense.level != "felony":
        return None
    if offense.prop47 and (offense.code, _base(offense.section)) in NAMED_BY_PROP_47:
        return "Prop 47", PROP_47_DAY, "a misdemeanor since, a felony only with a super-strike or PC 290(c) prior"
    if offense.prop64:
        return "Prop 64", PROP_64_DAY, "a misdemeanor since, a felony only with certain priors"
    return None


def starting_level(offense: Offense, convicted: date | None, *, year: int | None = None,
                   offense_on: date | None = None, arrest: bool = False) -> StartingLevel:
    """The level a count of `offense` starts with, convicted (or arrested) on `convicted`, or in
    `year` where only the year is known; `offense_on`, the offense's day, counts where it is
    after the change (the conviction came later still).  The catalog's fixed level where the
    law did not change it, or changed it after that day; None where the day is after the
    change or unknown, with the reason, for the form to say.  `arrest`: the day is an arrest's
    (intake's case that ended without a conviction), and the reason says so: "convicted before
    Prop 47" was said of a client never convicted (R79-01)."""
    if offense.level not in FIXED_LEVELS:
        return StartingLevel(None)  # a wobbler: the record says which it was
    change = _change(offense)
    if change is None:
        return StartingLevel(offense.level)
    name, day, since = change
    after = (f"its level changed with {name} on {day.isoformat()} ({since}): "
             "choose it as the court record shows")
    before = f"{'arrested' if arrest else 'convicted'} before {name} took effect on {day.isoformat()}"
    if convicted is not None:
        if convicted >= day:
            return StartingLevel(None, after)
        return StartingLevel("felony", before)
    if offense_on is not None and offense_on >= day:
        return StartingLevel(None, after)
    if year is not None and year != day.year:
        return StartingLevel(None, after) if year > day.year else \
            StartingLevel("felony", before)
    return StartingLevel(None, f"its level depends on the {'arrest' if arrest else 'conviction'} date: a felony before {name} "
                               f"({day.isoformat()}), {since}; type the date, or choose the level as the court record shows")


def level_of_the_sentence(sentence: str | None) -> StartingLevel | None:
    """The level a count sentenced so must have been, and why: a felony for a term in state
    prison or in county jail under PC 1170(h); None for any other sentence, which says nothing
    of it (probation and jail follow a felony or a misdemeanor alike).  For intake's one count,
    whose case's sentence is its own (Z80-01: a PC 459 sent to state prison was saved of
    unknown level, and every remedy read "Needs review")."""
    term = FELONY_TERMS.get(sentence or "")
    if term is None:
        return None
    return StartingLevel("felony", f"sentenced to {term}, which is given only for a felony: PC 17(a)")
