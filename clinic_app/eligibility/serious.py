"""Serious and violent felonies, attempts included (PC 1192.7(c), PC 667.5(c)).

An attempt of a serious felony is itself serious (PC 1192.7(c)(39): "any attempt to
commit a crime listed in this subdivision other than an assault"); of the violent
felonies only attempted murder is listed (PC 667.5(c)(12)).
"""

from __future__ import annotations

from clinic_app.eligibility.depends_on import offense_day, unsettled


def is_serious(match) -> bool:
    off = match.offense
    if off is None or not off.serious:
        return False
    if match.attempt:
        return not off.description.lower().startswith("assault")
    return True


def is_violent(match) -> bool:
    off = match.offense
    if off is None or not off.violent:
        return False
    if match.attempt:
        return off.section == "187" or off.section.startswith("187(")
    return True


def is_registrable(match) -> bool:
    off = match.offense
    return off is not None and off.registrable


def serious_condition(match, conv=None) -> str | None:
    """What decides whether this is a serious or violent felony, where the catalog row cannot
    say (a bare PC 245 or 459: the subdivision or degree); None where it can.  `is_serious`
    and `is_violent` then give the reading that is safe when the fact is unknown."""
    if match.attempt:
        # An attempt of a serious felony is serious, an assault's excepted (PC 1192.7(c)(39));
        # of the violent ones only attempted murder counts (metamorphic finding: 664/487 was
        # never asked whether the property was a firearm).
        off = match.offense
        if off is None or off.description.lower().startswith("assault"):
            return None
        return unsettled(match, "serious", conv=conv)
    off = match.offense
    if off is not None and off.serious and off.condition("serious", offense_day(conv) if conv is not None else None) is None:
        # Serious whatever the open fact (every arson, former 262 in any paragraph): "serious
        # or violent" is settled though violence alone is still asked where violence alone
        # decides (PC 236.14), and an enhancement cannot make it more than a strike (C37).
        return None
    return unsettled(match, "serious", "violent", conv=conv)
