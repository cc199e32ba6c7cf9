"""What stays true after relief, per conviction (ca-rules.md 2.5 and section 4).

"It's dismissed, not erased": for every conviction the engine lists the consequences a
dismissal does not change, each with its citation, so the handout and the paralegal can
say them plainly: firearms (PC 29800, 29805, the federal domestic-violence ban), jury
service (CCP 203), the DMV (VC 13555), sex-offender registration (PC 290.007), use as a
prior, disclosure duties, immigration (still a conviction; PC 1473.7 referral), an
unexpired protective order, and restitution still owed.
"""

from __future__ import annotations

from datetime import date

from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.bars import BAR_WHAT
from clinic_app.eligibility.dates import anniversary, iso
from clinic_app.eligibility.serious import is_serious, is_violent
from clinic_app.model import Case, Consequence, Conviction

SB310_EFFECTIVE = date(2020, 1, 1)  # CCP 203: felony no longer bars jury service for life
AB3129_EFFECTIVE = date(2019, 1, 1)  # PC 29805(b): lifetime ban for 273.5 convictions from this date
AB1281_EFFECTIVE = date(2022, 1, 1)  # dismissal does not end an unexpired protective order


def consequences(ctx) -> list[Consequence]:
    """Every consequence for every California conviction of the record, in record order."""
    out: list[Consequence] = []
    append = out.append
    immigration = _immigration(ctx)
    as_of = ctx.as_of
    for case, conv in ctx.all_convictions():
        if case.jurisdiction != "CA" or (conv.conviction_date is not None and conv.conviction_date > as_of):
            continue  # another state's record, or not yet convicted on the screening day
        case_id, conv_id = case.id, conv.id
        m = ctx.match(conv)
        # Each helper returns (topic, text, cite) items; appending the Consequences here
        # rather than through a callback saves a call per item (a million of them a re-screen).
        for topic, text, cite in _firearms(ctx, case, conv, m):
            append(Consequence(case_id, conv_id, topic, text, cite))
        jury = _jury(ctx, case, conv)
        if jury is not None:
            append(Consequence(case_id, conv_id, "jury", jury[0], jury[1]))
        if conv.level == "felony":
            # Whether a 17(b) reduction lifts the bar is open (ca-rules.md 4.4 [L]); said only
            # where a reduction is possible at all, a wobbler.
            text = _PEACE_OFFICER_WOBBLER if ctx.wobbler(conv) else _PEACE_OFFICER
            append(Consequence(case_id, conv_id, "peace_officer", text, "Gov. Code 1029; Adams v. County of Sacramento (1991) 235 Cal.App.3d 872"))
        sealed = bool(conv.relief_granted) and any(r.remedy == "pc1203_45" for r in conv.relief_granted)
        for topic, text, cite in _by_offence(conv, m):
            if sealed and topic == "disclosure":
                topic, text, cite = _SEALED_1203_45
            append(Consequence(case_id, conv_id, topic, text, cite))
        if immigration is not None:
            append(Consequence(case_id, conv_id, "immigration", immigration, IMMIGRATION_CITE))
        if case.protective_order_until is not None and case.protective_order_until >= ctx.as_of and ctx.as_of >= AB1281_EFFECTIVE:
            append(Consequence(case_id, conv_id, "protective_order", f"The criminal protective order in this case runs until {iso(case.protective_order_until)}; a dismissal does not end it.", "PC 1203.4(a)(1) (AB 1281)"))
        if case.money is not None and case.money.restitution_owed > 0:
            append(Consequence(case_id, conv_id, "restitution", f"Restitution of ${case.money.restitution_owed:,} stays owed and enforceable after relief.", "PC 1203.4(a)(1); PC 1214"))
    return out


# ca-rules.md 3.13: once sealed under 1203.45 the conviction is deemed not to have
# occurred, so the 1203.4 disclosure duty no longer describes it.
_SEALED_1203_45 = ("disclosure", "Sealed under PC 1203.45: the conviction and the arrest are deemed not to have occurred, and the client may answer questions about them accordingly.", "PC 1203.45(a)")
_PEACE_OFFICER = "A felony conviction bars employment as a peace officer, even after a dismissal."
_PEACE_OFFICER_WOBBLER = _PEACE_OFFICER[:-1] + "; whether a 17(b) reduction lifts this is unsettled."


# What depends only on the offence (code and section as written): worked out once per
# section, since a caseload repeats the same few hundred sections.
_BY_OFFENCE: dict[tuple[str, str], tuple[tuple[str, str, str], ...]] = {}


def _by_offence(conv: Conviction, m) -> tuple[tuple[str, str, str], ...]:
    key = (conv.code, conv.section)
    found = _BY_OFFENCE.get(key)
    if found is None:
        if len(_BY_OFFENCE) > 50_000:
            _BY_OFFENCE.clear()
        found = _BY_OFFENCE[key] = tuple(_offence_consequences(conv, m))
    return found


def _offence_consequences(conv: Conviction, m) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    off = m.offense
    vehicle = conv.code == "VC" or (off is not None and (off.code == "VC" or off.vc12810))
    if vehicle:
        out.append(("dmv", "A dismissal does not change any driver's licence suspension or revocation, and the conviction still counts for DMV actions.", "VC 13555"))
        section = off.section if off is not None else conv.section
        if (conv.code == "VC" or (off is not None and off.code == "VC")) and section.startswith(("23152", "23153")):
            out.append(("prior", "A dismissed DUI still counts as a prior in a later DUI case (ten-year look-back).", "VC 23540; VC 23546; VC 23550; PC 1203.4(a)(1)"))
    if off is not None and off.registrable:
        out.append(("registration", "Sex-offender registration continues after any dismissal; ask about a tier-based petition to end it.", "PC 290.007; PC 290.5"))
    out.append(("prior", "It can still be pleaded and proved as a prior conviction in any later prosecution, even after dismissal.", "PC 1203.4(a)(1)"))
    if is_serious(m) or is_violent(m):
        out.append(("prior", "As a serious or violent felony it stays a strike, even if later reduced under PC 17(b).", "PC 667(d)(1); PC 1170.12(b)(1)"))
    if off is not None and off.excluded_1203_4 and not m.attempt:
        # PC 1203.4(b) bars its dismissal: "still ... as dismissed" would presume one.
        out.append(("disclosure", "It must be disclosed in answer to a direct question on an application for public office, a state or local licence, peace-officer work, or a State Lottery contract; no dismissal would change that.", "PC 1203.4(a)(1), (b); PC 1203.425"))
    else:
        out.append(("disclosure", "It must still be disclosed, as dismissed, in answer to a direct question on an application for public office, a state or local licence, peace-officer work, or a State Lottery contract.", "PC 1203.4(a)(1); PC 1203.425"))
    return out


def _firearms(ctx, case: Case, conv: Conviction, m) -> list[tuple[str, str, str]]:
    off = m.offense
    granted = conv.relief_granted
    reduced = bool(granted) and any(r.remedy == "pc17b" for r in granted)
    prop47 = bool(granted) and any(r.remedy == "prop47" for r in granted)
    if conv.level == "felony" and not reduced:
        text = "Felony conviction: a lifetime state and federal ban on owning or possessing a firearm; a dismissal does not lift it."
        # Named where Prop 47 may reach the offence (a theft over $950 it does not).
        prop47_section = off is not None and off.prop47 and (conv.value_dollars or 0) <= 950
        if prop47:
            text += " Prop 47 redesignation does not restore firearm rights either."
        elif _reducible(ctx, case, conv):
            text += " A PC 17(b) reduction to a misdemeanour would lift the state felony ban"
            if lifetime_29805(off, conv):
                text += ", but as a PC 273.5 misdemeanour convicted since 2019 it would carry a lifetime state ban (PC 29805(b))."
            elif off is not None and off.firearm_29805:
                # ca-rules.md 3.7: the reduced offence is then a listed misdemeanour.
                text += f", but a ten-year state ban (PC 29805) would then run from the conviction date{_until(ctx, conv)}."
            else:
                text += "."
        if prop47_section and not prop47:
            # ca-rules.md 4.5: a Prop 47 reduction, unlike 17(b), leaves the ban in place.
            text += " A Prop 47 reduction would not restore firearm rights."
        cite = "PC 29800(a)(1); 18 USC 922(g)(1); PC 1203.4(a)(2)"
        if "PC 29805(b)" in text:
            cite += "; PC 29805(b)"
        elif "PC 29805" in text:
            cite += "; PC 29805(a)"
        if prop47 or prop47_section:
            cite += "; PC 1170.18(k)"
        return [("firearms", text, cite)]
    if off is None:
        return [("firearms", f"{conv.code} {conv.section} is not in the offence catalog: check whether it is on the PC 29805 ten-year firearm list.", "PC 29805")]
    out: list[tuple[str, str, str]] = []
    if lifetime_29805(off, conv):
        out.append(("firearms", "A misdemeanour PC 273.5 conviction on or after 2019-01-01 carries a lifetime state firearm ban; a dismissal does not lift it.", "PC 29805(b)"))
    elif off.firearm_29805:
        if conv.conviction_date is None:
            out.append(("firearms", "A ten-year state firearm ban runs from the conviction date (not in the record); a dismissal does not shorten it.", "PC 29805(a); PC 1203.4(a)(2)"))
        else:
            end = anniversary(conv.conviction_date, 10)
            verb = "runs until" if end >= ctx.as_of else "ended on"
            out.append(("firearms", f"A ten-year state firearm ban from the conviction date {verb} {iso(end)}; a dismissal does not shorten it.", "PC 29805(a); PC 1203.4(a)(2)"))
    if off.domestic_violence:
        out.append(("firearms", "If the victim was a spouse, partner or family member, the federal lifetime firearm ban for a misdemeanour crime of domestic violence applies and is assumed to survive a California dismissal: refer to counsel.", "18 USC 922(g)(9); PC 1203.4(a)(2)"))
    if not out:
        if reduced:
            text = "Reduced under PC 17(b): the state felony firearm ban no longer applies" + (", and the offence is not on the PC 29805 list." if not off.firearm_29805 else ".")
            return [("firearms", text, "PC 29805; PC 17(b)")]
        return _NO_FIREARM_BAN_INFRACTION if conv.level == "infraction" else _NO_FIREARM_BAN
    return out


def lifetime_29805(off, conv: Conviction) -> bool:
    """PC 29805(b): a misdemeanour 273.5 convicted on or after 2019-01-01 bans for life."""
    return off is not None and off.firearm_29805_lifetime and conv.conviction_date is not None and conv.conviction_date >= AB3129_EFFECTIVE


def _until(ctx, conv: Conviction) -> str:
    """", until 2028-06-01" (or "ended on" when past) for a ten-year ban from the conviction date."""
    if conv.conviction_date is None:
        return ""
    end = anniversary(conv.conviction_date, 10)
    return f", until {iso(end)}" if end >= ctx.as_of else f" (it ended on {iso(end)})"


def _reducible(ctx, case: Case, conv: Conviction) -> bool:
    """Whether a 17(b) reduction is worth naming: a wobbler with a probation grant where
    imposition was not shown to be a suspended prison term (People v. Wood), or an
    unknown sentence."""
    if not ctx.wobbler(conv):
        return False
    s = case.sentence
    return s is None or (s.type == "probation" and s.imposition_suspended is not False)


_NO_FIREARM_BAN = (("firearms", "No state firearm ban follows from this misdemeanour (it is not on the PC 29805 list).", "PC 29805"),)
_NO_FIREARM_BAN_INFRACTION = (("firearms", "No state firearm ban follows from this infraction.", "PC 29805"),)


def _jury(ctx, case: Case, conv: Conviction) -> tuple[str, str] | None:
    """(text, cite) about jury service for a felony; None otherwise."""
    if S.effective_level(conv) != "felony":
        return None
    if ctx.as_of < SB310_EFFECTIVE:
        return ("A felony conviction disqualifies the person from jury service unless civil rights have been restored.", "CCP 203(a)(5) (before SB 310)")
    now = [b for b in ctx.bars.of_case(case.id) if b.certain and b.kind in _JURY_BARS]
    if now:
        return ("While in custody or on parole, PRCS, felony probation or mandatory supervision for this felony, the person cannot serve on a jury; that ends with the sentence.", "CCP 203(a)(10) (SB 310)")
    elsewhere = _jury_bar_elsewhere(ctx, case)
    if elsewhere is not None:
        return (f"The person cannot serve on a jury now: they are {elsewhere}. Once that ends, this felony alone does not bar jury service.", "CCP 203(a)(9)-(10) (SB 310)")
    if ctx.person.registrant_290:
        basis = _registrable_felony(ctx, conv)
        if basis is not None:
            where = "" if basis is conv else f" ({basis.code} {basis.section}, a felony in this record, requires registration)"
            return (f"A person required to register under PC 290 because of a felony cannot serve on a jury{where}.", "CCP 203(a)(11) (SB 310)")
    return ("This felony does not bar jury service now: since 2020 only incarceration, felony supervision or felony-based registration do.", "CCP 203(a)(10)-(11) (SB 310)")


def _registrable_felony(ctx, conv: Conviction) -> Conviction | None:
    """A felony in the record that requires PC 290 registration, `conv` itself first
    (CCP 203(a)(11) looks at the registration's basis, in any case), or None."""
    for v in (conv, *(v for _, v in ctx.all_convictions() if v is not conv)):
        if S.effective_level(v) == "felony":
            off = ctx.offense(v)
            if off is not None and off.registrable:
                return v
    return None


_JURY_BARS = ("parole", "prcs", "mandatory_supervision", "probation", "serving_sentence")


def _jury_bar_elsewhere(ctx, case: Case) -> str | None:
    """What disqualifies the person from jury service now because of another case, or of
    the person's own facts: custody in any case (CCP 203(a)(9)), or felony supervision
    (parole, PRCS, mandatory supervision, probation in a felony case: (a)(10)).  None when
    nothing does."""
    others = [b for b in ctx.bars.others(case.id, _JURY_BARS) if b.certain]
    if not others:  # most people
        return None
    by_id = {c.id: c for c in ctx.cases}
    for b in others:
        other = by_id.get(b.case) if b.case is not None else None
        if b.kind == "probation" and (other is None or not any(v.level == "felony" for v in other.convictions)):
            continue  # misdemeanour probation does not disqualify
        if b.kind == "serving_sentence" and (other is None or other.sentence is None or other.sentence.type not in ("state_prison", "county_jail_1170h")):
            continue  # an unpaid fine is a sentence still being served, not custody
        where = f" in case {b.case_label or b.case}" if b.case is not None else ""
        return BAR_WHAT[b.kind] + where
    return None


IMMIGRATION_CITE = "INA 101(a)(48)(A); Matter of Roldan (BIA 1999); PC 1473.7"


def _immigration(ctx) -> str | None:
    """The immigration warning for a person who is not (or not known to be) a citizen."""
    citizen = ctx.person.us_citizen
    if citizen is True:
        return None
    lead = "The person is not a US citizen" if citizen is False else "Citizenship is unknown"
    return f"{lead}: a dismissal is still a conviction for immigration; only a vacatur for legal defect (PC 1473.7) removes it. Refer to immigration counsel before filing anything."
