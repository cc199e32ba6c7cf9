"""What stays true after relief, per conviction (ca-rules.md 2.5 and section 4).

"It's dismissed, not erased": for every conviction the engine lists the consequences a
dismissal does not change, each with its citation, so the handout and the paralegal can
say them plainly: firearms (PC 29800, 29805, the federal domestic-violence ban), jury
service (CCP 203), the DMV (VC 13555), sex-offender registration (PC 290.007), use as a
prior, disclosure duties, immigration (still a conviction; PC 1473.7 referral), an
unexpired protective order, and restitution still owed.  Jury service (jury.py) and the
immigration line (immigration.py) are modules of their own; this one puts the lines together.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from clinic_app.catalog import DUI_SECTIONS, WET_RECKLESS_SECTION, law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import SB1106_EFFECTIVE, level_by_judgment, on_the_anniversary, restitution_still_owed
from clinic_app.eligibility.dates import anniversary, day_after, iso
from clinic_app.eligibility.depends_on import dated_day, silent, unsettled
from clinic_app.eligibility.immigration import immigration_for, immigration_warning
from clinic_app.eligibility.jury import jury_service
from clinic_app.eligibility.pc1203_4 import excluded as pc1203_4_excluded
from clinic_app.eligibility.pc1203_4a import excluded as pc1203_4a_excluded
from clinic_app.eligibility.serious import is_serious, is_violent, serious_condition
from clinic_app.eligibility.record_facts import VACATUR
from clinic_app.eligibility.result import LAW_STARTS, named_parts, not_in_catalog
from clinic_app.model import Case, Consequence, Conviction, Determination

AB3129_EFFECTIVE = date(2019, 1, 1)  # PC 29805(b): lifetime ban for 273.5 convictions from this date
AB1281_EFFECTIVE = date(2022, 1, 1)  # dismissal does not end an unexpired protective order


def consequences(ctx, results: list[Determination]) -> list[Consequence]:
    """Every consequence for every conviction of the record, in record order.

    `results` are the screening's determinations: a consequence that names a remedy
    ("a Prop 47 reduction would not restore firearm rights") names it only where the
    screening leaves it open.
    """
    out: list[Consequence] = []
    append = out.append
    immigration = immigration_warning(ctx)
    as_of = ctx.as_of
    opened = _opened(results)
    for case, conv in ctx.all_convictions():
        if conv.conviction_date is not None and conv.conviction_date > as_of:
            continue  # not yet convicted on the screening day
        case_id, conv_id = case.id, conv.id
        if case.jurisdiction != "CA":
            # California relief cannot reach it, but a felony anywhere bars firearms here.
            if conv.level == "felony":
                append(Consequence(case_id, conv_id, "firearms", _OUT_OF_STATE_FELONY.format(where=case.jurisdiction), "PC 29800(a)(1); 18 USC 922(g)(1)"))
            elif conv.level is None:
                # Its level not given: the felony ban said as the "if" it is, not left out as
                # for a misdemeanor (W54).
                append(Consequence(case_id, conv_id, "firearms", _OUT_OF_STATE_LEVEL_NOT_KNOWN.format(where=case.jurisdiction), "PC 29800(a)(1); 18 USC 922(g)(1)"))
            continue
        granted = conv.relief_granted
        vacated = next((r for r in granted if r.remedy in VACATUR), None) if granted else None
        if vacated is not None:
            for topic, text, cite in _vacated(ctx, case, conv, vacated):
                append(Consequence(case_id, conv_id, topic, text, cite))
            continue
        m = ctx.match(conv)
        if conv.level is None:
            # Its level not known: the firearm ban and what relief leaves standing turn on it
            # (a felony's ban is for life); said as that, not as a misdemeanor's (V53-02).
            append(Consequence(case_id, conv_id, "firearms", _FIREARMS_LEVEL_NOT_KNOWN, "PC 29800(a)(1); PC 29805"))
            if immigration is not None:
                append(Consequence(case_id, conv_id, "immigration", *immigration_for(ctx, case, conv, m, immigration)))
            continue
        # Each helper returns (topic, text, cite) items; appending the Consequences here
        # rather than through a callback saves a call per item (a million of them a re-screen).
        open_here = opened.get((case_id, conv_id), ())
        for topic, text, cite in _firearms(ctx, case, conv, m, open_here):
            append(Consequence(case_id, conv_id, topic, text, cite))
        jury = jury_service(ctx, case, conv)
        if jury is not None:
            append(Consequence(case_id, conv_id, "jury", jury[0], jury[1]))
        if conv.level == "felony":
            by_judgment = level_by_judgment(ctx, case, conv)
            if by_judgment is not None:
                # ca-rules.md 4.4: the felony bar is [H], its reach to a wobbler made a
                # misdemeanor [L]; "A felony conviction bars employment" was said as settled
                # of a record the judgment may have made a misdemeanor (V62-02).
                append(Consequence(case_id, conv_id, "peace_officer", _by_judgment_peace_officer(by_judgment), "Gov. Code 1029; Adams v. County of Sacramento (1991) 235 Cal.App.3d 872; PC 17(b)(1)"))
            else:
                append(Consequence(case_id, conv_id, "peace_officer", _peace_officer(ctx, case, conv), "Gov. Code 1029; Adams v. County of Sacramento (1991) 235 Cal.App.3d 872"))
        items, disclosure = _by_offense(ctx, case, conv, m)
        disclosed, dismissible = _disclosure(case_id, conv, disclosure, open_here, results)
        for topic, text, cite in items:
            if topic == "prior":
                text = _prior_said(ctx, conv, text, not dismissible)
            append(Consequence(case_id, conv_id, topic, text, cite))
        append(Consequence(case_id, conv_id, *disclosed))
        if immigration is not None:
            append(Consequence(case_id, conv_id, "immigration", *immigration_for(ctx, case, conv, m, immigration)))
        if case.protective_order_until is not None and case.protective_order_until >= ctx.as_of and ctx.as_of >= AB1281_EFFECTIVE:
            append(Consequence(case_id, conv_id, "protective_order", f"The criminal protective order in this case runs until {iso(case.protective_order_until)}; a dismissal does not end it.", "PC 1203.4; PC 1203.4a; PC 1203.41; PC 1203.42; PC 1203.425 (AB 1281, from 2022-01-01)"))
        if case.money is not None and case.money.restitution_owed > 0:
            append(Consequence(case_id, conv_id, "restitution", f"{restitution_still_owed(case.money)} stays owed and enforceable after relief.", _restitution_cite(ctx, case, conv, disclosure[2], dismissible, open_here)))
    return out


# The SB 1106 clause of each dismissal petition (ca-rules.md 2.3 and 3.1-3.4): relief is not
# denied for unpaid restitution, which stays owed.  It was cited as PC 1203.4(a)(1) for every
# route (Q307-01: a 1203.4a case, where probation never was, read a 1203.4 cite).  ca-rules.md
# gives 1203.42's no letter (3.4), so it is cited as the petition's own reason cites it.
_SB1106_CLAUSE = {
    "pc1203_4": "PC 1203.4(c)(3) (SB 1106)", "pc1203_4a": "PC 1203.4a(e) (SB 1106)",
    "pc1203_41": "PC 1203.41(d) (SB 1106)", "pc1203_42": "PC 1203.42 (SB 1106)",
}
# The petition the sentence opens (_ROUTE), where the screening names none of them (a dismissal
# granted under automatic relief, or one under a statute of its own: 1203.4b, 1203.49).
_ROUTE_PETITION = {"PC 1203.4(a)(1)": "pc1203_4", "PC 1203.4a": "pc1203_4a", "PC 1203.41": "pc1203_41"}


def _restitution_cite(ctx, case: Case, conv: Conviction, route: str, dismissible: bool, open_here) -> str:
    """The restitution line's law: the SB 1106 clause of each dismissal petition the screening
    leaves open for the conviction, or grants it, else of the one its sentence opens, on a day
    SB 1106 is in force; else no petition's.  A prison term before realignment may be dismissed
    under 1203.41 or 1203.42, a revoked probation under 1203.4 or (a term executed) 1203.41:
    naming one of two read as if the other did not reach it (R317-02).  PC 1214 (an order
    enforceable as a civil judgment) is the engine's own cite: ca-rules.md 2.3 says "stays owed
    and enforceable" [M] with no pinpoint."""
    if not dismissible or case.sentence is None or ctx.as_of < SB1106_EFFECTIVE:
        return "PC 1214"
    granted = {r.remedy for r in conv.relief_granted}
    named = [clause for key, clause in _SB1106_CLAUSE.items() if key in open_here or key in granted]
    return "; ".join([*(named or [_SB1106_CLAUSE[_ROUTE_PETITION[route]]]), "PC 1214"])


_FIREARMS_LEVEL_NOT_KNOWN = (
    "Whether this conviction bars owning a firearm depends on its level, which the record does not give: "
    "a felony bars it for life, some misdemeanors for 10 years. Find out the level, then screen again."
)

_OUT_OF_STATE_LEVEL_NOT_KNOWN = (
    "If this conviction from another state or a federal court ({where}) was a felony, it bars owning or possessing a firearm "
    "under California and federal law, and California relief cannot clear it; the record does not give its level. Find out the level, then screen again."
)

_OUT_OF_STATE_FELONY = (
    "A felony conviction from another state or a federal court ({where}) bars owning or possessing a firearm "
    "under California and federal law; California relief cannot clear it."
)

# Relief that vacates the conviction (ca-rules.md 3.15, 3.16 and the Vacated column of
# section 5): no conviction remains, so most of "what stays true" no longer does.


def _vacated(ctx, case: Case, conv: Conviction, granted) -> list[tuple[str, str, str]]:
    """What a vacated conviction still means: nothing of a conviction, but the arrest stays
    on some forms, and victim restitution is not forgiven."""
    law = VACATUR[granted.remedy]
    on = f" on {iso(granted.date)}" if granted.date is not None else ""
    out = [
        ("vacated", f"Vacated under {law}{on}: no conviction remains, so neither a firearm ban nor a prior follows from it (if the case was pled again, the new disposition controls).", f"{law}; Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)"),
        _VACATED_DISCLOSURE,
    ]
    if ctx.person.us_citizen is not True:
        out.append(("immigration", "A vacatur for a legal defect is not a conviction for immigration (Matter of Pickering); bring the certified order to immigration counsel.", f"{law}; Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)"))
    if case.protective_order_until is not None and case.protective_order_until >= ctx.as_of:
        # ca-rules.md 2.5 speaks of dismissals only; a vacated case can be pled again, so the
        # order is said as in force until a court ends it (review finding: it went unsaid).
        out.append(("protective_order", f"The record shows a criminal protective order in this case until {iso(case.protective_order_until)}: treat it as in force until a court ends it in writing, and ask the attorney.", "PC 136.2"))
    if granted.remedy == "pc236_14" and case.money is not None and case.money.restitution_owed > 0:
        out.append(("restitution", f"Victim {restitution_still_owed(case.money)[0].lower()}{restitution_still_owed(case.money)[1:]} is not forgiven by the vacatur.", "PC 236.14"))
    return out


# ca-rules.md 5, Vacated: the SF-86 [H] and immigration forms [H/M] get the arrest and the
# vacatur; for a peace-officer, public-office, Lottery or licensing application the column
# says only "conservative: disclose" [L], so that is said as the cautious course, not a duty.
_VACATED_DISCLOSURE = (
    "disclosure",
    "Still disclose the arrest and the vacatur, with the certified order, on immigration forms and a federal security-clearance "
    "form (SF-86). On a peace-officer, public-office or State Lottery application, or a license form that asks about arrests, "
    "the cautious course is to disclose them with the order too; whether that is required is unsettled.",
    "SF-86 section 22; USCIS Form N-400",
)
_ONCE_VACATED = (
    " Once vacated under PC 236.14 it is deemed not to have occurred, but the arrest and the vacatur are still disclosed on "
    "immigration forms and the SF-86, and, to be cautious, on a peace-officer, public-office, Lottery or license application."
)


def _peace_officer(ctx, case: Case, conv: Conviction) -> str:
    """Gov. Code 1029 for a felony: the bar, and whether a reduction may lift it (ca-rules.md
    4.4 [L]), said for the reduction the record shows, or one that could still be had."""
    if not conv.relief_granted:  # most convictions
        return _PEACE_OFFICER_WOBBLER if _reducible(ctx, case, conv) else _PEACE_OFFICER
    granted = {r.remedy: r.date for r in conv.relief_granted}
    if "pc17b" in granted:
        on = f" on {iso(granted['pc17b'])}" if granted["pc17b"] is not None else ""
        return f"Reduced to a misdemeanor under PC 17(b){on}; whether the felony bar to peace-officer employment (Gov. Code 1029) still applies is unsettled."
    for key, name in (("prop47", "Prop 47"), ("prop64", "Prop 64")):
        if key in granted:
            return f"Redesignated a misdemeanor under {name}; whether the felony bar to peace-officer employment (Gov. Code 1029) still applies is unsettled."
    return _PEACE_OFFICER_WOBBLER if _reducible(ctx, case, conv) else _PEACE_OFFICER


# ca-rules.md 3.13: once sealed under 1203.45 the conviction is deemed not to have
# occurred, so the 1203.4 disclosure duty no longer describes it.  But state relief of any
# kind leaves the SF-86 duty (4.9 [H]), immigration forms ask "even if sealed" (4.8 [M]),
# and a peace-officer application gets everything (4.4 [H/M]).
_SEALED_1203_45 = (
    "disclosure",
    "Sealed under PC 1203.45: the conviction and the arrest are deemed not to have occurred, and the client may answer "
    "questions about them accordingly, except on a federal security-clearance form (SF-86), where they must still be "
    "disclosed, and on immigration forms, which ask about records \"even if sealed\"; to be cautious, disclose them on "
    "a peace-officer application too.",
    "PC 1203.45(a); SF-86 section 22; USCIS Form N-400",
)
_ONCE_SEALED = (
    " Once sealed under PC 1203.45 it is deemed not to have occurred, but the SF-86 and immigration forms still call for it, "
    "and, to be cautious, so does a peace-officer application."
)


def _by_judgment_peace_officer(wobbler_if: str) -> str:
    """Gov. Code 1029 for a felony wobbler judged without probation or custody (PC 17(b)(1))."""
    cond = f"if {wobbler_if}, and " if wobbler_if else "if "
    return (
        "If a state prison or 1170(h) term was imposed, this felony bars employment as a peace officer, even after a dismissal; "
        f"{cond}none was, the judgment made it a misdemeanor (PC 17(b)(1)), and whether the felony bar still applies is unsettled."
    )


_PEACE_OFFICER = "A felony conviction bars employment as a peace officer, even after a dismissal."
_PEACE_OFFICER_WOBBLER = _PEACE_OFFICER[:-1] + "; whether a 17(b) reduction lifts this is unsettled."


# What depends only on the offense as written, its level, whether it is a wobbler and
# whether the person registers: worked out once per such key, since a caseload repeats the
# same few hundred sections.
_BY_OFFENSE: dict[tuple, tuple[tuple[tuple[str, str, str], ...], "_Disclosure"]] = {}


def _by_offense(ctx, case: Case, conv: Conviction, m) -> tuple[tuple[tuple[str, str, str], ...], "_Disclosure"]:
    """(the offense's own consequences, the disclosure duty as the offense and the sentence's
    route leave it), worked out once per key: the section as written, its level as convicted
    and as it now stands (a 17(b) reduction), wobbler, registrant, and the kind of sentence."""
    wobbler = ctx.wobbler(conv)
    registrant = ctx.person.registrant_290
    sentence_type = None if case.sentence is None else case.sentence.type
    key = (conv.code, conv.section, conv.level, S.effective_level(conv), wobbler, registrant, sentence_type, dated_day(m.offense, conv))
    found = _BY_OFFENSE.get(key)
    if found is None:
        if len(_BY_OFFENSE) > 50_000:
            _BY_OFFENSE.clear()
        route = _ROUTE.get(sentence_type, _ROUTE[None])
        if route == "PC 1203.41" and S.effective_level(conv) != "felony":
            route = "PC 1203.4a"  # a misdemeanor or infraction count of a jail or prison case
        custody = sentence_type in S.CUSTODY_SENTENCES
        found = _BY_OFFENSE[key] = (tuple(_offense_consequences(conv, m, wobbler, registrant, route, custody)), _disclosure_of(ctx, conv, sentence_type, route))
    return found


def _offense_consequences(conv: Conviction, m, wobbler: bool | None, registrant: bool, route: str, custody: bool) -> list[tuple[str, str, str]]:
    """What follows from the offense itself; `route` is the dismissal statute the sentence
    opens (it keeps the prior), for the citations; `custody`, a jail or prison term (which
    17(b) cannot reduce)."""
    out: list[tuple[str, str, str]] = []
    off = m.offense
    vehicle = m.code == "VC" or (off is not None and (off.code == "VC" or off.vc12810))
    dui_prior = None
    if vehicle:
        out.append(("dmv", "A dismissal does not change any driver's license suspension or revocation, and the conviction still counts for DMV actions.", "VC 13555"))
        section = off.section if off is not None else conv.section
        if m.code == "VC":
            if section.startswith(DUI_SECTIONS):
                dui_prior = ("If the person is ever charged with another crime, it can still be used against them as a prior conviction, and a dismissed DUI still counts as a prior in a later DUI case (ten-year look-back).", f"{route}; VC 23540; VC 23546; VC 23550")
            elif section.startswith(WET_RECKLESS_SECTION):
                dui_prior = ("If the person is ever charged with another crime, it can still be used against them as a prior conviction, and a \"wet reckless\" counts as a prior in a later DUI case (ten-year look-back).", f"{route}; VC 23103.5; VC 23540; VC 23546")
    # A row that registers only under some subdivisions or on a fact says what decides it,
    # whichever reading its flag keeps (236.1 registers under (b) or (c) only, and said nothing).
    register_if = unsettled(m, "registrable", conv=conv) if off is not None else None
    if off is not None and (off.registrable or register_if is not None):
        if registrant:
            out.append(("registration", "Sex-offender registration continues after any dismissal; ask about a tier-based petition to end it.", "PC 290.007; PC 290.5"))
        else:
            # A bare 311.2 registers under (b)-(d), not (a): "normally requires" was said of
            # every 311.2 (C38's split of the rows left it so).
            if register_if is not None:
                unknown = silent(m)
                out.append(("registration", f"This offense requires sex-offender registration only if {register_if}; {unknown}: check the abstract of judgment, and whether the person registers. Any duty to register continues after a dismissal.", "PC 290; PC 290.007"))
            else:
                out.append(("registration", "This offense normally requires sex-offender registration, but the record says the person does not register: check. Any duty to register continues after a dismissal.", "PC 290; PC 290.007"))
    if dui_prior is not None:
        out.append(("prior", *dui_prior))
    else:
        out.append(("prior", "If the person is ever charged with another crime, it can still be used against them as a prior conviction, even after dismissal.", route))
    # A strike is a serious or violent *felony* conviction (PC 667(d)(1)): a misdemeanor
    # never is one.  Its status is fixed on the day of the conviction, so a later 17(b)
    # reduction does not undo it (ca-rules.md 3.7 [H]); that is said only of a wobbler.
    strike_if = serious_condition(m, conv) if conv.level == "felony" else None
    later = ", even if later reduced under PC 17(b)" if wobbler and not custody else ""
    if conv.level == "felony" and S.effective_level(conv) != "felony" and any(r.remedy == "pc17b" for r in conv.relief_granted):
        # Reduced already: "even if later reduced" read as a reduction still to come (O23-16).
        later = ", even though it was reduced under PC 17(b)"
    if strike_if is not None:
        unknown = silent(m)
        out.append(("prior", f"It is a serious or violent felony only if {strike_if}; if so, it stays a strike{later}. {unknown[0].upper()}{unknown[1:]}: check the abstract of judgment.", "PC 667(d)(1); PC 1170.12(b)(1); PC 1192.7(c); PC 667.5(c)"))
    elif conv.level == "felony" and (is_serious(m) or is_violent(m)):
        out.append(("prior", f"As a serious or violent felony it stays a strike{later}.", "PC 667(d)(1); PC 1170.12(b)(1)"))
    return out


def _prior_said(ctx, conv: Conviction, text: str, stays: bool) -> str:
    """The prior line for this conviction: no "even after dismissal" where no petition can
    dismiss it, and a DUI's ten-year look-back with its dates (review findings: a 2005 DUI was
    told it "still counts" in a look-back that had closed; VC 23540, 23546, 23550 count from
    offense to offense)."""
    if stays:
        text = text.replace(", even after dismissal.", ".").replace("a dismissed DUI still counts", "it counts")
    found = _LOOK_BACK.search(text)
    if found is None:
        return text
    exact = conv.offense_date is not None
    last = dui_look_back_end(conv)
    if last is None:
        return text
    # Without the offense date the conviction's is a bound, not a date: the offense came
    # first, so the look-back ends no later than ten years from the conviction (readability
    # finding R15-04: "about 2029-09-09 (counted from the conviction ...), ten years from this
    # offense" gave two starting points in one sentence).
    if last < ctx.as_of:
        when = f"on {iso(last)}" if exact else f"by {iso(last)} (ten years from the offense, which came before the conviction)"
        said = f", but the ten-year look-back in which {found.group(1)} as a prior in a later DUI case ended {when}"
    elif exact:
        said = f", and {found.group(1)} as a prior in a later DUI case committed through {iso(last)}, ten years from this offense"
    else:
        said = f", and {found.group(1)} as a prior in a later DUI case committed within ten years of this offense: through {iso(last)} at the latest (counted from the conviction; the offense date, earlier, is not recorded)"
    return text[: found.start()] + said + text[found.end():]


def dui_look_back_end(conv: Conviction) -> date | None:
    """The last day of a later DUI offense in which this DUI counts as a prior: ten years from
    its offense (VC 23540, 23546, 23550 count from offense to offense); from the conviction
    where the offense date is not recorded, a bound (the offense came first); None with
    neither.  Said on the handout too (D126-01)."""
    start = conv.offense_date or conv.conviction_date
    # Ten years counted as ca-rules section 0 and the firearm line count them (Civ. Code 10:
    # the first day out, the last in), so a DUI on the tenth anniversary is within them
    # (oracle finding: the line ended a day early).
    return anniversary(start, 10) if start is not None else None


# The DUI clause of the prior line (_offense_consequences), whose dates _prior_said adds.
_LOOK_BACK = re.compile(r', and (a dismissed DUI still counts|it counts|a "wet reckless" counts) as a prior in a later DUI case \(ten-year look-back\)')


# Said in short sentences: the line every client most needs read aloud had been one of 60
# words (readability finding R15-20).
_DISCLOSE_WHERE = "when asked on an application for public office, a state or local license, peace-officer work or a State Lottery contract"
# PC 1203.41 adds IHSS provider enrollment to the list (ca-rules.md 2.5).
_DISCLOSE_WHERE_1203_41 = "when asked on an application for public office, a state or local license, peace-officer work, a State Lottery contract or IHSS provider enrollment"
_STAYS = "it stays a conviction: when an employer (after a job offer), a licensing agency or a landlord lawfully asks, answer truthfully"

# What the offense and the sentence's route say about disclosure, worked out once per
# _by_offense key: (the line once dismissed, (why no petition can dismiss it, cite) or None
# when the route's own statute does not exclude it, the route).  Which line applies to a
# conviction is for the screening's results to say (_disclosure).
_Disclosure = tuple[tuple[str, str, str], "tuple[str, str] | None", str]

# The petitions that dismiss a conviction (ca-rules.md 2.5; PC 1203.49 orders 1203.4 relief),
# and the relief that, once granted, leaves it dismissed.
_DISMISSALS = frozenset({"pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42", "pc1203_4b", "pc1203_49"})
_DISMISSED_BY = _DISMISSALS | {"pc1203_425"}


def _disclosure(case_id: str, conv: Conviction, found: _Disclosure, open_here, results: list[Determination]) -> tuple[tuple[str, str, str], bool]:
    """(the line, whether the conviction is or can be dismissed).  The duty to disclose:
    sealed; "as dismissed" where a dismissal was granted or one is open (the route's statute
    does not exclude it, and the screening leaves a petition open); otherwise it stays a
    conviction, and the line says what can still help.  Then what sealing or vacatur still
    open would change."""
    granted = conv.relief_granted
    if granted and any(r.remedy == "pc1203_45" for r in granted):
        return _SEALED_1203_45, True
    dismissed, excluded, route = found
    # The route's own exclusion list does not bind 1203.4b or 1203.49, which dismiss by a
    # statute of their own (metamorphic finding: a fire-camp infraction was 'not dismissible').
    dismissible = bool(granted and any(r.remedy in _DISMISSED_BY for r in granted)) or (excluded is None and "dismissal" in open_here) or "dismissal_own_statute" in open_here
    if dismissible:
        topic, text, cite = dismissed
        if "pc1203_45" in open_here:
            text += _ONCE_SEALED
            cite += "; PC 1203.45(a)"
    else:
        # No petition can dismiss it: "still ... as dismissed" would presume a dismissal.
        # The route's own exclusion says why; else the screening's reasons (a registrant's
        # prison term: PC 1203.41(a)(6)).
        why, cite = excluded if excluded is not None else (_no_petition(case_id, conv.id, results), _closed_by(case_id, conv.id, results) or route)
        topic = "disclosure"
        if "pc1203_425" in open_here:
            # Automatic relief has no such exclusion list in the text seen (ca-rules.md 8.3 [L]).
            unsure = " (an open question)" if "pc1203_425?" in open_here else ""
            text = f"{why}, so unless automatic relief under PC 1203.425 reaches it{unsure}, {_STAYS}."
            cite += "; PC 1203.425; Gov. Code 12952"
        elif "cor" in open_here:
            # ca-rules.md 3.17: a certificate of rehabilitation is itself a pardon application.
            text = f"{why}, so {_STAYS}. What can still help is a certificate of rehabilitation, which also goes to the Governor as a pardon application."
            cite += "; Gov. Code 12952; PC 4852.01"
        elif S.effective_level(conv) == "felony":
            text = f"{why}, so {_STAYS}. What can still help is an application to the Governor for a pardon."
            cite += "; Gov. Code 12952; Cal. Const., art. V, sec. 8; PC 4800"
        else:
            text = f"{why}, so {_STAYS}."
            cite += "; Gov. Code 12952"
    if "pc236_14" in open_here:
        text += _ONCE_VACATED
        cite = _with_cites(cite, "PC 236.14; SF-86 section 22; USCIS Form N-400")
    return (topic, text, cite), dismissible


def _with_cites(cite: str, more: str) -> str:
    """`cite` and each of `more`'s citations it does not already hold (readability finding:
    "SF-86 section 22; USCIS Form N-400" was cited twice in one line)."""
    have = cite.split("; ")
    return "; ".join([*have, *(c for c in more.split("; ") if c not in have)])


def _no_petition(case_id: str, conv_id: str | None, results: list[Determination]) -> str:
    """"No petition can dismiss it", or "yet" with the day a law opens one, where a dismissal
    row's step says so (readability finding R17-02: before SB 731 a state-prison term read
    as never dismissible, beside the step to screen again on 2023-07-01)."""
    # The earliest such day, whatever the remedies' order (oracle finding O21-04: on the eve
    # of PC 1203.42, 2018-01-01, a pre-realignment prison term was told 2023-07-01, SB 731's day).
    days = [
        opens.group(1)
        for d in results
        if d.conviction == conv_id and d.case == case_id and d.remedy in _DISMISSALS and d.status == "not_eligible"
        for opens in map(LAW_STARTS.match, d.next_steps)
        if opens is not None
    ]
    if days:
        return f"No petition can dismiss it yet (a change in the law on {min(days)} may open one: screen again then)"
    return "No petition can dismiss it"


def _closed_by(case_id: str, conv_id: str | None, results: list[Determination]) -> str:
    """The citations the screening gives for ruling out each dismissal petition of the
    conviction (PC 1203.41(a)(6) for a registrant's prison term, ...): read only for the
    rare conviction no petition reaches."""
    cites = [d.reasons[0].cite for d in results if d.conviction == conv_id and d.case == case_id and d.remedy in _DISMISSALS and d.status == "not_eligible" and d.reasons]
    return "; ".join(dict.fromkeys(cites))


# Where the dismissal statute keeps the duty to disclose (ca-rules.md 2.5): the statute of
# the route the sentence opens; PC 1203.425 adds peace-officer work, 1203.41 IHSS enrollment.
_ROUTE = {"probation": "PC 1203.4(a)(1)", "no_probation": "PC 1203.4a", "county_jail_1170h": "PC 1203.41", "state_prison": "PC 1203.41", None: "PC 1203.4(a)(1)"}


def _disclosure_of(ctx, conv: Conviction, sentence_type: str | None, route: str) -> _Disclosure:
    """The lines for dismissed, not dismissible or an open question; `route` is the
    dismissal statute the sentence opens, whose own exclusions apply: PC 1203.4(b) to
    probation, PC 1203.4a(d) to infractions and to misdemeanors without probation, none of
    them to a felony's 1170(h) or prison term (PC 1203.41 has none such; the screening's
    results say whether it reaches the conviction)."""
    if conv.level == "infraction":  # 1203.4a covers infractions; 1203.4(b)'s list is not theirs
        excluded = ("No petition can dismiss this infraction", "PC 1203.4a(d)") if pc1203_4a_excluded(ctx, conv) is not None else None
        return (("disclosure", f"It must still be disclosed, as dismissed, {_DISCLOSE_WHERE}{_SF86}.", "PC 1203.4a; PC 1203.425; SF-86 section 22; USCIS Form N-400"), excluded, "PC 1203.4a")
    dismissed = ("disclosure", f"It must still be disclosed, as dismissed, {_DISCLOSE_WHERE_1203_41 if route == 'PC 1203.41' else _DISCLOSE_WHERE}{_SF86}.", f"{route}; PC 1203.425; SF-86 section 22; USCIS Form N-400")
    misdemeanor = S.effective_level(conv) != "felony"
    if misdemeanor and sentence_type is not None and sentence_type != "probation":
        # No probation (or a misdemeanor count of a custody case): PC 1203.4a, and only its list.
        excluded = ("PC 1203.4a(d) rules out dismissing it by petition", "PC 1203.4a(d)") if pc1203_4a_excluded(ctx, conv) is not None else None
        return (dismissed, excluded, route)
    if sentence_type in S.CUSTODY_SENTENCES:
        return (dismissed, None, route)
    ex = pc1203_4_excluded(ctx, conv)
    when = unsettled(ctx.match(conv), "excluded_1203_4", conv=conv) if ex == "review" else None
    if when is not None:
        # A bare 286 or 289: only a subdivision is on the 1203.4(b) list, and the record does not say which.
        topic, text, cite = dismissed
        return ((topic, f"PC 1203.4(b) rules out dismissing it only if {when}. If it is dismissed, it{text[2:]}", f"{cite}; PC 1203.4(b)"), None, route)
    if ex == "review":
        # Felony 261.5(d) reduced under 17(b): whether 1203.4(b) still excludes it is [L].
        # Until then it stays a conviction (review finding: the line named only the four
        # applications a dismissal keeps).
        return (("disclosure", f"Whether it can be dismissed after the PC 17(b) reduction is unsettled. Until then it stays a misdemeanor conviction: when an employer (after a job offer), a licensing agency or a landlord lawfully asks, answer truthfully. Even if dismissed, it must still be disclosed {_DISCLOSE_WHERE}{_SF86}.", "PC 1203.4(a)(1), (b); PC 17(b); Gov. Code 12952; SF-86 section 22"), None, route)
    if ex is None:
        return (dismissed, None, route)
    if sentence_type is None and misdemeanor:
        # Probation or not is unknown: 1203.4a may still reach it unless 1203.4a(d) excludes it too.
        if pc1203_4a_excluded(ctx, conv) is None:
            return (dismissed, None, route)
        return (dismissed, ("PC 1203.4(b) and PC 1203.4a(d) rule out dismissing it by petition", "PC 1203.4(b); PC 1203.4a(d)"), route)
    return (dismissed, ("PC 1203.4(b) rules out dismissing it by petition", "PC 1203.4(b)"), route)


# ca-rules.md 4.9 [H]: state relief of any kind leaves the duty to report it on the SF-86.
# ca-rules.md 4.8 and 5 [H/M]: immigration (USCIS) forms ask even about cleared records.
_SF86 = ". Federal security-clearance (SF-86) and immigration (USCIS, such as the N-400) forms ask even about cleared records: disclose it there too"


def _firearms(ctx, case: Case, conv: Conviction, m, open_here) -> list[tuple[str, str, str]]:
    off = m.offense
    granted = conv.relief_granted
    reduced = bool(granted) and any(r.remedy == "pc17b" for r in granted)
    prop47 = bool(granted) and any(r.remedy == "prop47" for r in granted)
    if conv.level == "felony" and not reduced and granted and any(r.remedy == "prop64" for r in granted):
        # HS 11361.8(h): "a misdemeanor ... for all purposes", and no carve-out like Prop 47's
        # 1170.18(k) was found (ca-rules.md 3.9 [L]): an open question, said as one.
        return [("firearms", _PROP64_FIREARMS, "HS 11361.8(h); PC 29800(a)(1); 18 USC 922(g)(1)")]
    if conv.level == "felony" and not reduced:
        if prop47:
            # Redesignated, but 1170.18(k) keeps the ban (review finding: "Felony conviction:"
            # read against the "redesignated a misdemeanor" line of the same block).
            text = "Redesignated a misdemeanor under Prop 47, but the felony firearm ban stays: Prop 47 does not restore firearm rights, and a dismissal does not lift it."
        else:
            text = "Felony conviction: a lifetime state and federal ban on owning or possessing a firearm; a dismissal does not lift it."
        # Named only where the screening leaves Prop 47 open for this conviction (not for
        # an offense after 2014-11-04, a theft over $950, a burglary that is not shoplifting).
        prop47_section = off is not None and off.prop47 and "prop47" in open_here
        by_judgment = None if prop47 else level_by_judgment(ctx, case, conv)
        reducible = False
        if by_judgment is not None:
            # ca-rules.md 3.7 [H]: a wobbler "becomes a misdemeanor 'for all purposes' (b)(1) after
            # a judgment imposing punishment other than state prison or 1170(h) jail", and 4.5:
            # then "the PC 29800 felony ban no longer applies".  "Felony conviction: a lifetime
            # ban" was said as settled of a record whose own judgment may have made it a
            # misdemeanor (V62-01): both readings are said, the safe one kept until checked.
            text = _by_judgment_firearms(ctx, conv, m, by_judgment)
        elif not prop47 and _reducible(ctx, case, conv):
            wobbler_if = unsettled(m, "wobbler", conv=conv) if conv.wobbler is None else None
            # A bare 459 or 245 may be a straight felony: the reduction is named as conditional.
            text += f" If {wobbler_if}, a PC 17(b) reduction" if wobbler_if else " A PC 17(b) reduction"
            reducible = True
            text += " to a misdemeanor would lift the state felony ban"
            text += _as_misdemeanor(ctx, conv, m, wobbler_if)
        if prop47_section and not prop47:
            # ca-rules.md 4.5: a Prop 47 reduction, unlike 17(b), leaves the ban in place.
            text += " A Prop 47 reduction would not restore firearm rights."
        if "prop64" in open_here:
            # ca-rules.md 3.9 [L]: no carve-out like 1170.18(k) was found in 11361.8.
            # Said for either Prop 64 outcome (readability finding R18-17: "redesignation" was
            # said where the open relief is dismissal and sealing).
            text += " Whether Prop 64 relief (a redesignation, or a dismissal and sealing) would lift it is unsettled (no carve-out like Prop 47's was found): verify."
        cite = "PC 29800(a)(1); 18 USC 922(g)(1); PC 1203.4(a)(2)"
        if "PC 29805(a), (b)" in text:
            cite += "; PC 29805(a), (b)"
        elif "PC 29805(b)" in text:
            cite += "; PC 29805(b)"
        elif "PC 29805" in text:
            cite += "; PC 29805(a)"
        if "922(g)(9)" in text:
            cite += "; 18 USC 922(g)(9)"
        if by_judgment is not None:
            cite += "; PC 17(b)(1)"
        elif reducible:
            # What a reduction would do is 17(b)'s own (ca-rules.md 3.7, 4.5 [M]; Q307-03).
            cite += "; PC 17(b)"
        if prop47 or prop47_section:
            cite += "; PC 1170.18(k)"
        if "prop64" in open_here:
            cite += "; HS 11361.8(h)"
        return [("firearms", text, cite)]
    if off is None:
        if m.two_offenses:
            # "HS 11377(a)/11364": where every offense it names says the same (no ban), that is
            # said; the list was to be checked for nothing (S25C-07).
            each = [_firearms(ctx, case, replace(conv, code=m.code, section=part), ctx.match(replace(conv, code=m.code, section=part)), open_here) for part in named_parts(m)]
            if all(lines == each[0] for lines in each) and not any(ctx.match(replace(conv, code=m.code, section=part)).offense is None for part in named_parts(m)):
                return each[0]
        return [("firearms", f"{not_in_catalog(m, law_named(conv.code, conv.section))}: check whether it is on the PC 29805 ten-year firearm list.", "PC 29805")]
    part = unsettled(m, "firearm_29805", conv=conv)
    if part is not None:
        topic, text, cite = _ten_year_ban_if(ctx, conv, part)
        if conv.conviction_date is None or anniversary(conv.conviction_date, 10) >= ctx.as_of:
            text += attempt_of_listed(m)
        if reduced:
            return [(topic, "Reduced under PC 17(b): the state felony firearm ban no longer applies. " + text, cite + "; PC 17(b)")]
        return [(topic, text, cite)]
    out: list[tuple[str, str, str]] = []
    if lifetime_29805(off, conv):
        out.append(("firearms", "A misdemeanor PC 273.5 conviction on or after 2019-01-01 carries a lifetime state firearm ban; a dismissal does not lift it.", "PC 29805(b)"))
    elif lifetime_if_dated(off, conv):
        out.append(("firearms", f"A PC 273.5 misdemeanor carries {LIFETIME_OR_TEN}. A dismissal does not lift it.", "PC 29805(a), (b); PC 1203.4(a)(2)"))
    elif off.firearm_29805:
        if conv.conviction_date is None:
            out.append(("firearms", "A ten-year state firearm ban runs from the conviction date (not in the record); a dismissal does not shorten it.", "PC 29805(a); PC 1203.4(a)(2)"))
        else:
            out.append(_ten_year_ban(ctx, conv))
    if out and m.attempt and (off.firearm_29805 or off.firearm_29805_lifetime) and (conv.conviction_date is None or anniversary(conv.conviction_date, 10) >= ctx.as_of or lifetime_29805(off, conv)):
        # A state ban that runs (or may) on the screening day: its reach to an attempt is open.
        topic, text, cite = out[0]
        out[0] = (topic, text + attempt_of_listed(m), cite)
    if off.domestic_violence:
        out.append(("firearms", "If the victim was a spouse, partner or family member, the federal lifetime firearm ban for a misdemeanor crime of domestic violence applies and is assumed to survive a California dismissal: refer to counsel.", "18 USC 922(g)(9); PC 1203.4(a)(2)"))
    elif S.effective_level(conv) == "misdemeanor" and off.section.split("(")[0] in _FORCE_SECTIONS:
        # ca-rules.md 4.5: "and 242 in a DV relationship": the catalog cannot know the victim.
        out.append(("firearms", "If the victim was a spouse, partner or family member, this may be a misdemeanor crime of domestic violence, with a federal lifetime firearm ban that is assumed to survive a California dismissal: refer to counsel.", "18 USC 922(g)(9); PC 1203.4(a)(2)"))
    if not out:
        if reduced:
            text = "Reduced under PC 17(b): the state felony firearm ban no longer applies" + (", and the offense is not on the PC 29805 list." if not off.firearm_29805 else ".")
            return [("firearms", text, "PC 29805; PC 17(b)")]
        return _NO_FIREARM_BAN_INFRACTION if conv.level == "infraction" else _NO_FIREARM_BAN
    return out


def _as_misdemeanor(ctx, conv: Conviction, m, wobbler_if: str | None) -> str:
    """What gun ban the offense still carries as a misdemeanor, said after "... would lift the
    state felony ban" (ca-rules.md 3.7, 4.5: a listed misdemeanor keeps PC 29805's ban)."""
    off = m.offense
    text = ""
    if lifetime_29805(off, conv):
        text += ", but as a PC 273.5 misdemeanor convicted since 2019 it would carry a lifetime state ban (PC 29805(b))."
        text += attempt_of_listed(m)
    elif lifetime_if_dated(off, conv):
        text += f", but as a PC 273.5 misdemeanor it would carry {LIFETIME_OR_TEN}."
        text += attempt_of_listed(m)
    elif off is not None and (off.firearm_29805 or unsettled(m, "firearm_29805", conv=conv)):
        # ca-rules.md 3.7: the reduced offense is then a listed misdemeanor.
        part = unsettled(m, "firearm_29805", conv=conv)
        when = f"if {part}, " if part and part != wobbler_if else ""  # said once (legal review)
        if conv.conviction_date is not None and anniversary(conv.conviction_date, 10) < ctx.as_of:
            # Past already: said as over, not as what "would then run" (review finding).
            text += f"; {when}the ten-year misdemeanor ban (PC 29805), counted from the conviction date, already ended on {iso(anniversary(conv.conviction_date, 10))}."
        else:
            text += f", but {when}a ten-year state ban (PC 29805) would then run from the conviction date{_until(ctx, conv)}."
            text += attempt_of_listed(m)
    else:
        text += "."
    if reduced_may_be_mcdv(off):
        # ca-rules.md 4.5: the reduced offense would be a misdemeanor with a use of force,
        # which a domestic relationship makes a federal MCDV (as the 242 caution says).
        text += " If the victim was a spouse, partner or family member, the reduced misdemeanor would also carry the federal lifetime domestic-violence ban (18 USC 922(g)(9))."
    return text


def _by_judgment_firearms(ctx, conv: Conviction, m, wobbler_if: str) -> str:
    """The firearm line of a felony wobbler judged with neither probation nor custody: which
    ban holds turns on the judgment (PC 17(b)(1)), checked in the step 17(b) and 1203.4a give."""
    cond = f"if {wobbler_if}, " if wobbler_if else ""
    return (
        "The record shows a felony with neither probation nor a state prison or 1170(h) term; "
        f"{cond}a judgment like that makes a wobbler a misdemeanor by itself (PC 17(b)(1)), so which firearm ban applies "
        "turns on the judgment: check the abstract of judgment. If a state prison or 1170(h) term was imposed, "
        "it is a felony: a lifetime state and federal ban, which a dismissal does not lift. If not, it is a misdemeanor, "
        f"which the state felony ban does not reach{_as_misdemeanor(ctx, conv, m, wobbler_if or None)} "
        "Until it is checked, take it that the felony ban applies."
    )


_PROP64_FIREARMS = (
    "Redesignated under Prop 64, the conviction is a misdemeanor for all purposes, and no firearm carve-out like "
    "Prop 47's was found; whether the felony firearm ban still applies is unsettled: an attorney must confirm "
    "before the person has a firearm."
)
# Misdemeanors with a use-of-force element that PC 29805 lists and that a domestic
# relationship can make a federal "misdemeanor crime of domestic violence".
_FORCE_SECTIONS = frozenset({"240", "241", "242", "243", "245"})


def reduced_may_be_mcdv(off) -> bool:
    """Whether this offense, as a misdemeanor, is a use of force that a domestic relationship
    makes a federal misdemeanor crime of domestic violence (18 USC 922(g)(9); ca-rules.md 4.5)."""
    return off is not None and (off.domestic_violence or off.section.split("(")[0] in _FORCE_SECTIONS)


_FIRST_FIREARM_DAY = "the first safe day for the person to have a firearm"


def _ten_year_ban_if(ctx, conv: Conviction, condition: str) -> tuple[str, str, str]:
    """The PC 29805(a) ban where it depends on a fact the record does not hold."""
    lead = f"PC 29805 lists this offense only if {condition}"
    otherwise = "; otherwise no state firearm ban follows from it."
    cite = "PC 29805(a); PC 1203.4(a)(2)"
    if conv.conviction_date is None:
        return ("firearms", f"{lead}: then a ten-year state firearm ban runs from the conviction date (not in the record), and a dismissal does not shorten it{otherwise}", cite)
    end = anniversary(conv.conviction_date, 10)
    if end > ctx.as_of:
        return ("firearms", f"{lead}: then a ten-year state firearm ban runs through {iso(end)}, its tenth anniversary (no firearm before {iso(day_after(end))}, and only after checking with an attorney), and a dismissal does not shorten it{otherwise}", cite)
    if end == ctx.as_of:
        # Said of the screening date, not "today": the engine has no clock (finding O23C-01).
        said = on_the_anniversary(f"that ends the ten-year state firearm ban ({iso(end)})", "; some courts count it, but", _FIRST_FIREARM_DAY)
        return ("firearms", f"{lead}; if so, {said[0].lower()}{said[1:]} Otherwise no state firearm ban follows from it.", cite)
    return ("firearms", f"{lead}, and that ten-year state firearm ban ended on {iso(end)}: no state ban follows from it now.", "PC 29805(a)")


def _ten_year_ban(ctx, conv: Conviction) -> tuple[str, str, str]:
    """PC 29805(a): the ten-year ban from the conviction date, running, ending on the screening date, or over."""
    assert conv.conviction_date is not None
    end = anniversary(conv.conviction_date, 10)
    cite = "PC 29805(a); PC 1203.4(a)(2)"
    if end > ctx.as_of:
        # Read years before the day: "until" read as "free on" the anniversary, the arguable
        # day (readability finding R17-10).
        return ("firearms", f"A ten-year state firearm ban from the conviction date runs through {iso(end)}, its tenth anniversary: no firearm before {iso(day_after(end))}, and only after checking with an attorney. A dismissal does not shorten it.", cite)
    if end == ctx.as_of:
        # The anniversary is the arguable day (ca-rules.md section 0): said, not decided.
        # Said of the screening date, not "today": the engine has no clock (finding O23C-01).
        return ("firearms", on_the_anniversary(f"that ends the ten-year state firearm ban from the conviction date ({iso(end)})", "; some courts count it, but", _FIRST_FIREARM_DAY), cite)
    return ("firearms", f"The ten-year state firearm ban from this conviction ended on {iso(end)}; no state ban follows from it now.", "PC 29805(a)")


# The remedies a consequence may name, and only where the screening leaves them open: a
# reduction's firearm caveat wherever it is not ruled out; what sealing or vacatur would
# change only where it is available (not for every client whose date of birth is unknown).
# Every dismissal petition counts as one, "dismissal": the disclosure line asks whether any
# is open.  The certificate of rehabilitation is named where no dismissal is.
_NAMED_UNLESS_RULED_OUT = {
    "prop47": "prop47", "prop64": "prop64", "cor": "cor", "pc1203_425": "pc1203_425",
    **{k: "dismissal" for k in _DISMISSALS},
    "pc1203_4b": "dismissal_own_statute", "pc1203_49": "dismissal_own_statute",
}
_NAMED_IF_AVAILABLE = frozenset({"pc1203_45", "pc236_14"})


def _opened(results: list[Determination]) -> dict[tuple[str, str | None], set[str]]:
    """(case, conviction) -> which of the remedies consequences name are open there: one
    pass over the screening (most results are not_applicable: skipped first)."""
    out: dict[tuple[str, str | None], set[str]] = {}
    for d in results:
        status = d.status
        if status == "not_applicable" or status == "not_eligible":
            continue
        key = d.remedy
        mark = _NAMED_UNLESS_RULED_OUT.get(key)
        if mark is None:
            if key not in _NAMED_IF_AVAILABLE or (status != "eligible" and status != "eligible_on"):
                continue
            mark = key
        where = (d.case, d.conviction)
        marks = out.get(where)
        if marks is None:
            marks = out[where] = set()
        marks.add(mark)
        if key in _SB1106_CLAUSE:
            marks.add(key)  # which petition, for the restitution line's clause
        if status == "needs_review" and key == "pc1203_425":
            marks.add("pc1203_425?")  # automatic relief an open question, said as one
    return out


def attempt_of_listed(m) -> str:
    """The open question of an attempt (PC 664) of a PC 29805 offense, as a sentence to add
    to its ban, or "" for the offense itself.  ca-rules.md 4.5 lists the sections 29805 names
    and says nothing of attempts ([H] for the sections only), so the ban was said of
    "664/273.5" as certain (L27-01); it is said as the cautious reading it is."""
    if not m.attempt or m.offense is None:
        return ""
    listed = law_named(m.offense.code, m.offense.section)
    return f" PC 29805 names {listed}, not an attempt to commit it (PC 664); whether the ban reaches an attempt is unsettled: until an attorney confirms, take it that it does."


def lifetime_29805(off, conv: Conviction) -> bool:
    """PC 29805(b): a misdemeanor 273.5 convicted on or after 2019-01-01 bans for life."""
    return off is not None and off.firearm_29805_lifetime and conv.conviction_date is not None and conv.conviction_date >= AB3129_EFFECTIVE


# PC 29805(b)'s lifetime ban turns on the conviction date: where the record has none, both
# readings are said (oracle finding O21-14: a 273.5 of unknown date was told ten years only).
LIFETIME_OR_TEN = (
    "a state firearm ban for life if it was convicted on or after 2019-01-01, or for ten years from "
    "the conviction if earlier (PC 29805(a), (b): the record does not give the conviction date)"
)


def lifetime_if_dated(off, conv: Conviction) -> bool:
    """A 273.5 whose lifetime ban (PC 29805(b)) turns on a conviction date the record lacks."""
    return off is not None and off.firearm_29805_lifetime and conv.conviction_date is None


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


_NO_FIREARM_BAN = (("firearms", "No state firearm ban follows from this misdemeanor (it is not on the PC 29805 list).", "PC 29805"),)
_NO_FIREARM_BAN_INFRACTION = (("firearms", "No state firearm ban follows from this infraction.", "PC 29805"),)
