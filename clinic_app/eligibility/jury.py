"""Jury service after a conviction (CCP 203, as SB 310 changed it from 2020-01-01;
ca-rules.md 4.7): what stops the person serving now, in any case, and until when.

Since 2020 a felony conviction alone no longer disqualifies: custody does ((a)(9)), and
parole, PRCS, mandatory supervision or felony probation ((a)(10)), and registration under
PC 290 for a felony ((a)(11)).  Where the deciding fact is unknown (whether supervision has
ended, whether a probation is for a felony, what registration is for), the line says what
would disqualify the person rather than deciding it.
"""

from __future__ import annotations

from datetime import date

from clinic_app.catalog import law_named
from clinic_app.eligibility import sentence as S
from clinic_app.eligibility.common import level_by_judgment
from clinic_app.eligibility.bars import bar_sentence, bar_sentences, bar_what, by_end, is_unnamed_supervision, lifts_on
from clinic_app.eligibility.dates import ONE_DAY, iso
from clinic_app.eligibility.depends_on import unsettled
from clinic_app.model import Case, Conviction

SB310_EFFECTIVE = date(2020, 1, 1)  # CCP 203: felony no longer bars jury service for life
# The two sentences that say registration for a felony bars the person for certain, now or
# after custody and supervision end: the handout tells the client so where one is said
# (`bars_by_registration`).  Its lines that leave registration open cite (a)(11) alike.
BARRED_BY_REGISTRATION = "A person required to register under PC 290 because of a felony cannot serve on a jury"
STILL_BARRED_BY_REGISTRATION = "After that, registration under PC 290 for a felony"


def bars_by_registration(text: str) -> bool:
    """Whether a jury line says for certain that registration for a felony keeps the person off
    juries: X127-05 read it from the citation, which the lines that ask whether registration is
    for a felony share, and told a client the record says does not register "You must register
    for a felony" (R128-01)."""
    return text.startswith(BARRED_BY_REGISTRATION) or STILL_BARRED_BY_REGISTRATION in text


def jury_service(ctx, case: Case, conv: Conviction) -> tuple[str, str] | None:
    """(text, cite) about jury service for a felony; None otherwise.  Certain only where
    the record decides it: a disqualifying custody or supervision, or a registration the
    record shows comes from a felony; where the deciding fact is unknown (whether
    supervision has ended, whether probation is for a felony, what registration is for),
    the line says what would disqualify the person (ca-rules.md 4.7)."""
    if S.effective_level(conv) != "felony":
        return None
    if ctx.as_of < SB310_EFFECTIVE:
        return ("A felony conviction disqualifies the person from jury service unless civil rights have been restored.", "CCP 203(a)(5) (before SB 310)")
    bars, unknown_level = _jury_bars(ctx, case)
    if case.sentence is None:
        # This case's own unknown sentence is said once, below, in the jury's words.
        bars = [b for b in bars if b.case != case.id]
        unknown_level = [b for b in unknown_level if b.case != case.id]
    sure = [b for b in bars if b.certain]
    if sure:
        # Custody is (a)(9); parole, PRCS, felony probation and mandatory supervision (a)(10).
        kinds = {b.kind == "serving_sentence" for b in sure}
        sub = "(a)(9)" if kinds == {True} else "(a)(10)" if kinds == {False} else "(a)(9)-(10)"
        # A registrant: registration may outlast custody and supervision (readability finding
        # R18-16: "once that ends, this felony alone does not bar jury service" was said to one).
        after = _after_registration(ctx, conv)
        cite = f"CCP 203{sub}{', (a)(11)' if after else ''} (SB 310)"
        if len(sure) == 1:
            certain = sure[0]
            through = f" through {iso(certain.until - ONE_DAY)}" if certain.until is not None else ""
            return (f"The person cannot serve on a jury now: they are {bar_what(certain, case)}{through}. {after or 'Once that ends, this felony alone does not bar jury service.'}", cite)
        # Custody and the supervision that follows it, or bars in several cases: the last to
        # end decides (review finding: "once that ends" was said of custody before parole).
        last = lifts_on(sure)
        until = f"until {iso(last)} at the earliest" if last is not None else "while these last"
        said = " ".join(bar_sentences(by_end(sure), case))  # whatever the request's order; a title said once (B89-02)
        if after:
            return (f"{said} The person cannot serve on a jury {until}. {after}", cite)
        return (f"{said} The person cannot serve on a jury {until}; once all of these end, this felony alone does not bar jury service.", cite)
    registration_unknown = False
    registration_maybe = None
    if ctx.person.registrant_290:
        basis, registration_maybe, shown = _registrable_felony(ctx, conv)
        if basis is not None:
            basis_case = case if basis is conv else next((c for c, v in ctx.all_convictions() if v is basis), None)
            if basis_case is not None and level_by_judgment(ctx, basis_case, basis) is not None:
                # ca-rules.md 4.7: (a)(11) is registration "because of a felony"; 3.7 [H]: the
                # judgment may have made this wobbler a misdemeanor (PC 17(b)(1)), so the bar
                # was said as settled of a record whose level is the question (V62-07).
                cited = law_named(basis.code, basis.section)
                return (f"The person is required to register under PC 290, and {cited} in this record requires it: if a state prison or 1170(h) term was imposed for it, it is a felony, and registration because of a felony bars jury service; if none was, the judgment made it a misdemeanor (PC 17(b)(1)), and registration for a misdemeanor does not.", "CCP 203(a)(11) (SB 310); PC 17(b)(1)")
            where = "" if basis is conv else f" ({law_named(basis.code, basis.section)}, a felony in this record, requires registration)"
            return (f"{BARRED_BY_REGISTRATION}{where}.", "CCP 203(a)(11) (SB 310)")
        # No registrable offense in the record: registration may rest on a felony elsewhere.
        registration_unknown = not shown and registration_maybe is None
    # The record says the person does not register, yet a felony in it normally requires it:
    # the registration line says "check" (consequences.py), so this line does not settle
    # it either (E64-02: "does not bar jury service now" was said of a PC 288(a) felony).
    unregistered = None if ctx.person.registrant_290 else _registrable_felony(ctx, conv)[0]
    if case.sentence is None and not bars:
        # The record cannot show the person is out of custody or off supervision for it
        # (review finding: "does not bar jury service now" was said of a felony of unknown sentence).
        return ("The record does not show the sentence. While the person is in jail or prison, or on felony probation, parole, PRCS or mandatory supervision for it, they cannot serve on a jury; after that, this felony alone does not bar jury service (check).", "CCP 203(a)(9)-(10) (SB 310)")
    if not bars and not unknown_level and not registration_unknown and registration_maybe is None and unregistered is None:  # most people
        return ("This felony does not bar jury service now: since 2020 only incarceration, felony supervision or felony-based registration do.", "CCP 203(a)(9)-(11) (SB 310)")
    doubts = []
    subs = []
    if case.sentence is None:
        # Said beside the other doubts too (review finding: another case's doubt had replaced it).
        doubts.append("The record does not show this case's sentence: while the person is in jail or prison, or on felony probation, parole, PRCS or mandatory supervision for it, they cannot serve on a jury")
        subs.append("(a)(9)-(10)")
    if bars:  # the record cannot say whether a disqualifying supervision or custody has ended
        # Every such doubt, in one order (review finding: only the first was named).
        said = " ".join(bar_sentences(by_end(bars), case))
        # "While that lasts" had no clear subject after a long doubt (readability finding R15-18).
        doubts.append(f"{said} If {'it is still running' if len(bars) == 1 else 'any of these is still running'}, the person cannot serve on a jury")
        if "(a)(9)-(10)" not in subs:
            subs.append("(a)(9)-(10)")
    if unknown_level:
        b = unknown_level[0]
        if b.certain:
            doubts.append(f"The person is {bar_what(b, case)}, and the record does not show whether it is felony probation: if it is, they cannot serve on a jury while it lasts (check)")
        else:
            doubts.append(f"{bar_sentence(b, case)} If it is felony probation and still running, they cannot serve on a jury (check)")
        if not bars:
            subs.append("(a)(10)")
    if registration_unknown:
        doubts.append("The person is required to register under PC 290, but the record does not show the offense it is for: if that is a felony, they cannot serve on a jury")
        subs.append("(a)(11)")
    elif registration_maybe is not None:
        felony, register_if = registration_maybe
        if felony.level is None:
            needs = f"requires registration only if {register_if}" if register_if is not None else "requires registration"
            doubts.append(f"The person is required to register under PC 290; {law_named(felony.code, felony.section)} in this record {needs}, and the record does not say whether it was a felony. If it was, and registration is for it, they cannot serve on a jury")
        else:
            doubts.append(f"The person is required to register under PC 290; {law_named(felony.code, felony.section)}, a felony in this record, requires registration only if {register_if}. If registration is for it, they cannot serve on a jury")
        subs.append("(a)(11)")
    if unregistered is not None:
        which = "This felony" if unregistered is conv else f"{law_named(unregistered.code, unregistered.section)}, a felony in this record,"
        doubts.append(f"{which} normally requires PC 290 registration, but the record says the person does not register (check): if they must register because of it, they cannot serve on a jury")
        subs.append("(a)(11)")
    return (". ".join(doubts) + "; otherwise this felony alone does not bar jury service.", f"CCP 203{', '.join(subs)} (SB 310)")


def _after_registration(ctx, conv: Conviction) -> str | None:
    """For a PC 290 registrant, what registration means once custody and supervision end."""
    basis, _maybe, _shown = _registrable_felony(ctx, conv)
    if not ctx.person.registrant_290:
        # As the line says without custody or supervision (E64-02).
        if basis is None:
            return None
        return f"After that, if the person must register under PC 290 because of {'this felony' if basis is conv else law_named(basis.code, basis.section)} (such a felony normally requires registration; the record says they do not register: check), that still bars jury service while it lasts."
    if basis is not None:
        return f"{STILL_BARRED_BY_REGISTRATION} ({law_named(basis.code, basis.section)}) still bars jury service while it lasts."
    return "After that, if the PC 290 registration rests on a felony, it still bars jury service while it lasts."


def _registrable_felony(ctx, conv: Conviction) -> tuple[Conviction | None, tuple[Conviction, str | None] | None, bool]:
    """(a felony in the record that requires PC 290 registration, `conv` itself first, or
    None; else a felony that requires it only on a fact the record does not give, with that
    fact (a bare 286, a 266h), or a count of unknown level that requires it (with the fact,
    or None: its level is then the only one), or None; whether the record shows any offense that requires
    registration for certain).  CCP 203(a)(11) looks at the registration's basis, in any case."""
    shown = False
    maybe = None
    for v in (conv, *(v for _, v in ctx.all_convictions() if v is not conv)):
        off = ctx.offense(v)
        if off is None:
            continue
        register_if = unsettled(ctx.match(v), "registrable", conv=v)
        felony = S.effective_level(v) == "felony"
        if v.level is None:
            # Its level not given: a felony's registration, or not; asked as the felony that
            # may need it is, never read as a misdemeanor's (W54).
            if (register_if is not None or off.registrable) and maybe is None:
                maybe = (v, register_if)
            continue
        if register_if is not None:
            if felony and maybe is None:
                maybe = (v, register_if)
        elif off.registrable:
            if felony:
                return v, None, True
            shown = True
    return None, maybe, shown


_JURY_BARS = ("parole", "prcs", "mandatory_supervision", "probation", "serving_sentence")


def _jury_bars(ctx, case: Case) -> tuple[list, list]:
    """(the bars that disqualify the person from jury service, certain or not, this case's
    first; the probation bars whose level the record does not show).  Custody in any case
    disqualifies (CCP 203(a)(9)), and felony supervision: parole, PRCS, mandatory
    supervision, probation in a case with a felony as it now stands ((a)(10)), from any
    court.  Probation the person reports with no case that shows it, or in a case with no
    conviction recorded, may be either."""
    if not ctx.bars.bars:  # most people
        return [], []
    found = [*ctx.bars.of_case(case.id, _JURY_BARS), *ctx.bars.others(case.id, _JURY_BARS)]
    if not found:  # most people
        return [], []
    kept = []
    unknown_level = []
    for b in found:
        other = ctx.case_of(b)
        if b.kind == "probation":
            if other is None or not other.convictions:
                unknown_level.append(b)
                continue
            # A felony reduced under 17(b) is a misdemeanor for all purposes (ca-rules.md 3.7).
            if not any(S.effective_level(v) == "felony" for v in other.convictions):
                if any(v.level is None for v in other.convictions):
                    # A count whose level the record does not give may make it felony probation:
                    # said as the doubt it is, not passed over as a misdemeanor's (W54).
                    unknown_level.append(b)
                continue  # misdemeanor probation does not disqualify
        if b.kind == "serving_sentence" and other is not None and other.sentence is None:
            if not any(S.effective_level(v) == "felony" for v in other.convictions):
                continue  # an unknown misdemeanor sentence: a short jail term at most, long over or soon
        elif b.kind == "serving_sentence" and (other is None or other.sentence is None or other.sentence.type not in S.CUSTODY_SENTENCES):
            continue  # an unpaid fine is a sentence still being served, not custody
        elif is_unnamed_supervision(b):
            # Parole, PRCS and mandatory supervision all disqualify ((a)(10)): its kind,
            # which the record leaves blank, does not matter here (review finding).
            b = b.confirmed(None)
        kept.append(b)
    return kept, unknown_level
