"""Serious and violent felonies, attempts included (PC 1192.7(c), PC 667.5(c)).

An attempt of a serious felony is itself serious (PC 1192.7(c)(39): "any attempt to
commit a crime listed in this subdivision other than an assault"); of the violent
felonies only attempted murder is listed (PC 667.5(c)(12)).
"""

from __future__ import annotations


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
