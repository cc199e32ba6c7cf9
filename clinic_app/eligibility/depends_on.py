"""What the offense catalog cannot decide for a conviction: its `depends_on` column.

A bare section may carry flags only a subdivision, a degree or a fact of the case decides (a
bare 245 is a serious felony only with a weapon, a firearm, an officer victim or great bodily
injury; 490.2 is on the PC 29805 list only if the property was a firearm).  The row's own
columns keep the reading that is safe when the fact is unknown; the remedies and
consequences ask `unsettled` first, and answer needs_review (or hedge) naming the fact, with
`settle` saying how to find it out.  A condition the law asks only before a date (245(a)(1)
covered force alone until 2012) is asked by the offense's day, so caches keyed on the
section add `dated_day` to their key.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

# conspiracy_read is the catalog's, imported from here by the pages that name a count.
from clinic_app.catalog import conspiracy_read, conspiracy_target, conspired, law_named, load_catalog, parents, spelled_out  # noqa: F401
from clinic_app.eligibility.result import either_offense, needs_review, not_in_catalog

# What settles a flag the catalog cannot decide (`unsettled`): the subdivision or degree of a
# bare section, or a fact of the case the request has no field for (legal review: asking for
# "the subdivision" of a 245(a)(4) could never settle whether great bodily injury was inflicted).
SUBDIVISION_STEP = "Get the subdivision or degree from the abstract of judgment or the minute order, record it with the section (for example 245(a)(4) or 459/460(b)), and screen again."
FACT_STEP = "Check the abstract of judgment, the minute order and the plea for the fact named above (for great bodily injury, a PC 12022.7 enhancement found true or admitted); screening again will not settle it, so an attorney decides."
# The same step where the fact is not an injury (review finding: the great-bodily-injury
# example was read out under a registration question).
# The step where an enhancement written with the offense may decide it (O23-18).
ENHANCEMENT_STEP = "Check the abstract of judgment and the minute order for whether the enhancement was found true or admitted, and what it was for; an attorney decides."
FACT_STEP_PLAIN = "Check the abstract of judgment, the minute order and the plea for the fact named above; screening again will not settle it, so an attorney decides."


def unsettled(match, *flags: str, conv=None) -> str | None:
    """The facts that decide whether any of `flags` holds for this conviction, where the
    catalog row cannot say ("it was first-degree (residential) burglary, PC 460(a)"), joined
    with ", or "; None where the row decides them all.  The flags' columns keep the reading
    that is safe when the facts are unknown.  A condition the law asks only before a date
    (245(a)(1) before 2012) is asked by the offense's day (`conv`)."""
    off = match.offense
    if (off is None or not off.depends_on) and not match.enhancements:
        return None  # nearly every count: the row decides, and no enhancement is written with it
    doubt = _enhancement_doubt(match, flags)
    if off is None or not off.depends_on:
        return doubt
    day = offense_day(conv) if conv is not None else None
    felony = conv is not None and conv.level == "felony"
    parts: list[str] = []
    for flag in flags:
        if felony and off.holds_for_felony(flag):
            continue  # the level settles it (Context.wobbler reads it so)
        when = off.condition(flag, day)
        # One condition that narrows another ("first-degree, and a person present") adds
        # nothing to "serious or violent only if first-degree": the wider one is said.
        if when is None or any(when == p or when.startswith(f"{p}, and ") for p in parts):
            continue
        parts = [p for p in parts if not p.startswith(f"{when}, and ")] + [when]
    if doubt is not None:
        parts.append(doubt)
    return ", or ".join(parts) or None


def _enhancement_doubt(match, flags: tuple[str, ...]) -> str | None:
    """The enhancement written with the offense, where whether the felony is serious or violent
    is asked and the row says neither: the catalog does not read enhancements, and one for great
    bodily injury or a firearm makes a felony both (PC 1192.7(c)(8), 667.5(c)(8)), so it is not
    dropped in silence (oracle finding O23-18: "273.5/12022.7(e)" was read as a plain 273.5)."""
    if not match.enhancements:  # nearly every count: asked first, as this runs for each question
        return None
    off = match.offense
    asked = [f for f in flags if f in ("serious", "violent")]
    if off is None or not asked or any(getattr(off, f) for f in asked):
        return None
    named = " and ".join(f"{match.code} {e}" for e in match.enhancements)
    return f"the enhancement {named} written with it was found true or admitted (one for great bodily injury or firearm use makes a felony serious and violent: PC 1192.7(c)(8), 667.5(c)(8))"


def offense_day(conv) -> date | None:
    """The day a dated condition is tested against: the offense date, or where the record has
    none, three years before the conviction (legal review: a 2012 conviction may be for a 2011
    offense; most felony charges must be filed within three years, PC 801)."""
    if conv.offense_date is not None:
        return conv.offense_date
    if conv.conviction_date is None:
        return None
    try:
        return conv.conviction_date.replace(year=conv.conviction_date.year - 3)
    except ValueError:  # 29 February
        return conv.conviction_date.replace(year=conv.conviction_date.year - 3, day=28)


def dated_day(offense, conv) -> date | None:
    """The offense's day where the row has a condition asked only before a date (so an answer
    about it depends on that day), else None: for the keys of caches kept by section."""
    if offense is None or not offense.depends_on or all(before is None for _flag, _when, before, _felony in offense.depends_on):
        return None  # most rows: no condition at all, so no generator to run
    return offense_day(conv)


def settle(ctx, conv, match) -> tuple[list[str], str]:
    """(the missing facts, the next step) for a flag `unsettled` leaves open: the section,
    where the record writes a bare section the catalog knows subdivisions of; otherwise a
    fact of the case the request has no field for."""
    off = match.offense
    target = conspiracy_target(match)
    if target is not None:
        return [], f"{law_named(conv.code, conv.section)} is a conspiracy to commit {target}: an attorney reads that target against the fact named above."
    if off is not None and match.enhancements:
        return [], ENHANCEMENT_STEP
    which = _which_subdivision(match)
    if which is not None:
        return [f"convictions[{conv.id}].section"], f"Check the abstract of judgment or the minute order: is the conviction for {either_offense(which)}? Record that one section and screen again."
    if off is not None and match.section != off.section and not _is_the_row(match):
        # The record names a subdivision the catalog has no row for (legal review: asking
        # for the section again cannot settle it).
        return [], f"The offense catalog has no row for {match.written}: an attorney reads what it names against the fact named above."
    if off is not None and ctx.catalog.has_subdivisions(off):
        return [f"convictions[{conv.id}].section"], SUBDIVISION_STEP
    injury = off is not None and any("bodily injury" in when for _flag, when, _before, _felony in off.depends_on)
    return [], FACT_STEP if injury else FACT_STEP_PLAIN


def silent(match) -> str:
    """Why the fact is not known: the record does not say, or it names a subdivision the
    catalog has no row for (check: "the record does not say" was said of a record naming 148(b))."""
    target = conspiracy_target(match)
    if target is not None:
        # ca-rules.md says nothing of conspiracy, and the target's row would be our own
        # reading: the target is named, not read (oracle finding F07: "no row for PC 182/211"
        # though PC 211 has one).
        return f"the screening does not read a conspiracy's target ({target}) for this, so an attorney does"
    if match.offense is not None and match.enhancements:
        return "the offense catalog does not read enhancements"
    which = _which_subdivision(match)
    if which is not None:
        return not_in_catalog(which, match.written)
    if match.offense is not None and match.section != match.offense.section and not _is_the_row(match):
        return f"the offense catalog has no row for {match.written} to tell"
    return "the record does not say"


def _offenses_written(match) -> list[str]:
    """The offenses a count writes, each in full, without a section written beside its own
    subdivision or an enhancement: "245/245(a)(4)" -> ["245(a)(4)"]; "262(a)(3)/(a)(1)" ->
    ["262(a)(3)", "262(a)(1)"]."""
    parts = [p for p in match.section.split("/") if p and p not in match.enhancements]
    named = spelled_out(parts)
    return list(dict.fromkeys(p for p in named if not any(p in parents(other)[1:] for other in named)))


def _is_the_row(match) -> bool:
    """Whether the one offense the count writes is the row's own section ("245(a)(4)/245" is
    the 245(a)(4) row): then the catalog has a row for it (S25-02: "no row for PC
    245/245(a)(4) to tell" was said, and 245(a)(4) has one)."""
    return _offenses_written(match) == [match.offense.section]


def _which_subdivision(match):
    """The count as one naming two subdivisions of one section, where the catalog read them as
    one row ("262(a)(3)/(a)(1)" as former 262), else None: which one it is may settle the fact
    (S25-02: "no row for PC 262(a)(3)/(a)(1) to tell" was said beside the report's own question,
    "is the conviction for PC 262(a)(3) or PC 262(a)(1)?")."""
    off = match.offense
    if off is None or "/" not in match.section or conspiracy_target(match) is not None:
        return None
    named = _offenses_written(match)
    if len(named) < 2 or len({parents(p)[-1] for p in named}) > 1:
        return None
    return replace(match, offense=None, matched_on=None, exact=False, two_offenses=tuple(named))


def conspiracy_aim(match):
    """(the target as written, "HS 11352"; the catalog's offense for it, or None where the catalog
    has no row) for a conspiracy whose target is written; None for any other count.  What the
    conspiracy was to commit, to name it by: "Conspiracy" alone names no crime (H68-03)."""
    target = conspiracy_target(match)
    if target is None:
        return None
    code, section = target.split(" ", 1)
    return target, load_catalog().lookup(code, section).offense


def conspiracy_described(match) -> str | None:
    """What a conspiracy whose target is written was to commit, in the catalog's words:
    "Conspiracy to commit sale or transportation of narcotics", or "Conspiracy to commit a crime
    under HS 99999" where the catalog has no row for the target; None for any other count."""
    aim = conspiracy_aim(match)
    if aim is None:
        return None
    target, offense = aim
    return conspired(offense.description) if offense is not None else f"Conspiracy to commit a crime under {target}"


def conspiracy_named(match) -> str | None:
    """A conspiracy whose target is written, as the catalog reads it and with the crime it was to
    commit: "PC 182(a)(1)/HS 11352 Conspiracy to commit sale or transportation of narcotics"
    ("PC 182 Conspiracy" named no crime: W69-04); None for any other count."""
    described = conspiracy_described(match)
    if described is None:
        return None
    target = conspiracy_target(match)
    # A target in the Penal Code is written without its code, as a count typed under PC writes it
    # ("PC 182/211").
    return f'PC {match.section.split("/", 1)[0]}/{target.removeprefix("PC ")} {described}'


def ask(ctx, case, conv, remedy: str, match, reason: tuple[str, str]):
    """needs_review (M) for a remedy a flag `unsettled` leaves open: the reason, and what
    `settle` says would settle it."""
    missing, step = settle(ctx, conv, match)
    return needs_review(ctx, case, conv, remedy, [reason], missing=missing, next_steps=[step], confidence="M")
