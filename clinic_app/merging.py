"""Two records of one client made one: "merge into this client".

A client edited on a laptop comes back from the end-of-day import as a second record beside the
first, a "possible duplicate" (clinic_app.matching).  Resolving a pair had meant opening both,
copying by hand what the laptop added (a payment, a phone, a case, a review) and deleting the
extra record: slow, and a payment or a review was easily lost with it (M43).

`merge_into` says what one record becomes with what the other adds.  This record's details
win; what the other adds is taken; what cannot be decided by rule (the same case with other
facts) is kept as this record's and said, for a person to check.  Nothing here reads or writes
a caseload: db.repository.Repository.merge_clients stores the result.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from clinic_app.differences import case_facts, case_parts, cases_named, pairs_sharing_a_number, person_parts, same_case
from clinic_app.matching import as_written, case_number_key, names_a_case, person_key
from clinic_app.model import Case, Client, CountRemoved, Money, Payment, PaymentKind, Petition, maybe_typed_twice, new_record_id
from clinic_app.screening_format import ExportedReview
from clinic_app.wording import count, listed
from clinic_app.years_alone import years_alone_kept


@dataclass
class Merged:
    """What `merge_into` made: the record kept, what it took and what a person should check."""

    client: Client  # this record, with what was taken from the other
    reviews: list[ExportedReview] = field(default_factory=list)  # the other's reviews this one lacked, on this record's keys
    taken: list[str] = field(default_factory=list)  # what was taken, a phrase each
    kept: list[str] = field(default_factory=list)  # details that differ, where this record's stay
    to_check: list[str] = field(default_factory=list)  # what could not be decided by rule
    # The other record's case keys, and (case, conviction) keys, as this record has them now:
    # what its denials' "entered" moments are carried across on (Repository.merge_clients).
    case_keys: dict[str, str] = field(default_factory=dict)
    conviction_keys: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def lines(self, other_label: str) -> list[str]:
        """What to tell the user, one sentence a line."""
        out = [f"Takes from {other_label}: " + ("; ".join(self.taken) if self.taken else "nothing this record lacks") + "."]
        if self.kept:
            out.append("Keeps this record's " + "; ".join(self.kept) + ".")
        out += [f"To check: {line}." for line in self.to_check]
        return out


def _plain(text: str | None) -> str:
    return " ".join(as_written(text or "").split())


def _progress_further(theirs: Any, mine: Any) -> bool:
    """The other's condition is further along than this one's (hours done, or completed)."""
    if mine.completed_on is None and theirs.completed_on is not None:
        return True
    return theirs.done is not None and (mine.done is None or theirs.done > mine.done)


def _said_behind(here: Any, theirs: Any, label: str, to_check: list[str], there_label: str) -> None:
    """A count done, or a day completed, that this record has and the other has lower or not:
    this record's is kept (the office may have typed more since the laptop's copy was taken),
    and said.  The merge took the larger without a word, so a count put right downward at the
    event (7 typed for 5) came back 7 (H64-02)."""
    of = f" of {here.required}" if here.required is not None else ""
    if theirs.done is not None and here.done is not None and theirs.done < here.done:
        to_check.append(f"{here.label} in {label}: {theirs.done}{of} done in {there_label}, {here.done}{of} in this record, "
                        f"which is kept: if {theirs.done} is right (put right there), type it on the Checklist")
    if here.completed_on is not None and theirs.completed_on is None:
        # Said as the count above is: "which is kept" after "not in id 7" read as id 7's kept (U64-02).
        to_check.append(f"{here.label} in {label}: not completed in {there_label}, completed {here.completed_on.isoformat()} "
                        "in this record, which is kept: if it is not done (unticked there), untick it on the Checklist")


def _paired(mine: list[Payment], theirs: list[Payment]) -> list[tuple[str | None, Payment | None]]:
    """For each of the other record's payments, the one of this record's it is (each answers
    for one), and how: "same"; "receipt", the same receipt number (its day or amount put right
    on one side, B63-12: this record's stands, the other's is said); "receipt on one side",
    the same day, kind and amount with a receipt number on one side only (typed in later,
    B63-11: taken as this record's, with the receipt number); "receipt, other kind", the same
    receipt, day and amount toward the other kind (H64-04: this record's stands, the other's
    is said); (None, None): a payment this
    record lacks (a second installment of $50 on one day, B63-08).  Pass by pass, over the
    whole ledger: paired in the ledger's order, a laptop's unreceipted second installment
    listed before its R-9 was taken for this record's R-9, and R-9 then added again (R63-04)."""
    free = list(mine)
    paired: list[tuple[str | None, Payment | None]] = [(None, None)] * len(theirs)
    tests = (("same", lambda here, there: here == there),
             ("receipt", lambda here, there: bool(there.receipt) and here.receipt == there.receipt and here.kind == there.kind),
             ("receipt on one side", lambda here, there: (here.kind, here.date, here.amount) == (there.kind, there.date, there.amount)
              and (here.receipt is None) != (there.receipt is None)),
             # Last: one receipt and day and amount, the kind put right on one side (restitution
             # typed for a fine).  It was added as a second payment, the amount counted paid
             # twice, once toward each (H64-04).  A court receipt can pay both kinds, each its
             # own amount; those two are already paired above, each with its own kind.
             ("receipt, other kind", lambda here, there: bool(there.receipt) and here.receipt == there.receipt
              and (here.date, here.amount) == (there.date, there.amount) and here.kind != there.kind))
    for how, test in tests:
        for n, payment in enumerate(theirs):
            if paired[n][0] is None:
                at = next((i for i, here in enumerate(free) if test(here, payment)), None)
                if at is not None:
                    paired[n] = (how, free.pop(at))
    return paired


def _take_into_case(mine: Case, theirs: Case, taken: list[str], to_check: list[str], there_label: str,
                    case_label: Callable[[Case], str]) -> None:
    """The other's payments and condition progress, into this record's copy of the case, named as
    `case_label` names it (`differences.cases_named`)."""
    label = case_label(mine)
    if theirs.case_number and not names_a_case(case_number_key(mine.case_number or "")) and (
            names_a_case(case_number_key(theirs.case_number)) or not mine.case_number):
        mine.case_number = theirs.case_number
        taken.append(f"case number {theirs.case_number} for {label}")
        label = case_label(mine)
    by_label = {condition.label: condition for condition in mine.conditions}
    there_labels = {condition.label for condition in theirs.conditions}
    labels_here = [condition.label for condition in mine.conditions if condition.label not in there_labels]
    if labels_here:
        # As a payment (H64-03): removed on the laptop (typed on the wrong case), renamed there,
        # or added here since; kept, and it had been kept with not a word (H64-05).
        to_check.append(f"{listed(labels_here)} in {label} {'is' if len(labels_here) == 1 else 'are'} in this record and not in "
                        f"{there_label}, kept: if removed or renamed there, remove {'it' if len(labels_here) == 1 else 'them'} "
                        "on the Record tab")
    for condition in theirs.conditions:
        here = by_label.get(condition.label)
        if here is None:
            mine.conditions.append(copy.deepcopy(condition))
            taken.append(f"condition {condition.label} in {label}")
        elif here.kind == condition.kind and _progress_further(condition, here):
            here.done = condition.done if condition.done is not None and (here.done is None or condition.done > here.done) else here.done
            here.completed_on = here.completed_on or condition.completed_on
            taken.append(f"{condition.label} progress in {label}")
        if here is not None and here.kind == condition.kind:
            _said_behind(here, condition, label, to_check, there_label)
        unit = " hours" if condition.kind == "community_service" else ""
        if here is not None and condition.required is not None and here.required is None and here.kind == condition.kind:
            # How many the court ordered, known there and not here (the order shown at the
            # event): taken, as a phone this record lacks is.  Kept as "no number", the hours
            # done taken beside it read "12 done" with nothing owed, and the To check line
            # said "no number hours" (H64-01).
            here.required = condition.required
            taken.append(f"{condition.required}{unit} ordered for {condition.label} in {label}")
        elif here is not None and condition.required is not None and here.required != condition.required:
            # How many the court ordered, changed on one side (20 hours added at a hearing, or
            # a typo put right): the merge kept this record's with not a word, and the progress
            # taken was counted against it (B63-09).
            to_check.append(f"{condition.label} in {label}: {condition.required}{unit} ordered in {there_label}, "
                            f"{here.required if here.required is not None else 'no number'}{unit} in this record, which is "
                            "kept: check the court's order")
    here_paid = list(mine.money.payments) if mine.money else []
    pairs = _paired(here_paid, theirs.money.payments if theirs.money else [])
    # This record's payment on the receipt of one of theirs toward the other kind, not paired
    # (other amounts): said once, as that receipt's question below.  It was said twice, also
    # as "not in id 7 ..., kept: if removed there ... remove it": one payment, two lines (V64-03).
    on_their_receipt = {n: next((p for p in here_paid if payment.receipt and p.receipt == payment.receipt
                                 and p.kind != payment.kind), None)
                        for n, (payment, (how, _)) in enumerate(zip(theirs.money.payments if theirs.money else [], pairs))
                        if how is None}
    # This record's payment of the same debt and day as one of theirs, another amount: two
    # installments, or one payment typed twice with the amount mistyped once.  Both are kept and
    # counted, and the pair is said (F70-01): it was said as a payment taken and, apart, as one
    # "not in id 7", never as the possible double it is.
    doubles = {n: [p for p in here_paid if maybe_typed_twice(p, payment)]
               for n, (payment, (how, _)) in enumerate(zip(theirs.money.payments if theirs.money else [], pairs))
               if how is None and on_their_receipt[n] is None}
    only_here = [p for p in here_paid if not any(p is here for _, here in pairs)
                 and not any(p is other for other in on_their_receipt.values())
                 and not any(p is other for others in doubles.values() for other in others)]
    if only_here:
        # Removed on the laptop (typed twice, or on the wrong case), or added here since its copy
        # was taken: the merge cannot tell, and keeps it.  It had kept it with not a word, so a
        # payment removed at the event came back, its amount in the total paid (H64-03).
        payments = "; ".join(f"{p.kind} ${p.amount:,} on {p.date.isoformat()}" + (f", receipt {p.receipt}" if p.receipt else "")
                             for p in only_here)
        to_check.append(f"{count(len(only_here), 'payment')} of {label} in this record "
                        f"{'is' if len(only_here) == 1 else 'are'} not in {there_label} ({payments}), kept: "
                        f"if removed there (typed twice, or on the wrong case), remove {'it' if len(only_here) == 1 else 'them'} "
                        "on the Checklist")
    if theirs.money is not None:
        new = []
        for n, (payment, (how, here)) in enumerate(zip(theirs.money.payments, pairs)):
            if how is None:
                new.append(payment)
                other = on_their_receipt[n]
                for here in doubles.get(n, []):
                    receipts = sorted({p.receipt for p in (here, payment) if p.receipt})
                    on = f", receipt {receipts[0]}" if receipts else ""
                    # The case before the amounts: after them, "receipt R-1001 in case BA-100 200" read as
                    # the receipt's case (R88-02).
                    to_check.append(f"{payment.kind} payments in {label} of ${here.amount:,} in this record and ${payment.amount:,} "
                                    f"taken from {there_label}, both on {payment.date.isoformat()}{on}: two payments, or one typed "
                                    "twice with another amount? Both are kept and counted; if it is one, remove the wrong one "
                                    "on the Checklist")
                if other is not None:
                    to_check.append(f"receipt {payment.receipt} in {label} is on this record's {other.kind} payment of "
                                    f"${other.amount:,} on {other.date.isoformat()} and on the {payment.kind} payment of "
                                    f"${payment.amount:,} on {payment.date.isoformat()} taken from {there_label}: one receipt "
                                    "for both, or one payment whose kind was put right? Both are kept; if it is one payment, "
                                    "remove the wrong one on the Checklist")
            elif how == "receipt, other kind":
                to_check.append(f"receipt {payment.receipt} in {label} is a {payment.kind} payment of ${payment.amount:,} on "
                                f"{payment.date.isoformat()} in {there_label}, a {here.kind} payment in this record, which is "
                                f"kept: if its kind was put right there, remove it and add it as a {payment.kind} payment on "
                                f"the Checklist; if the receipt paid both, add the {payment.kind} payment")
            elif how == "receipt":
                to_check.append(f"receipt {payment.receipt} in {label} is a {payment.kind} payment of ${payment.amount:,} on "
                                f"{payment.date.isoformat()} in {there_label}, of ${here.amount:,} on "
                                f"{here.date.isoformat()} in this record, which is kept: check the receipt")
            elif how == "receipt on one side":
                said = f"{payment.kind} payment ${payment.amount:,} on {payment.date.isoformat()} in {label}"
                if here.receipt is None:
                    here.receipt = payment.receipt
                    taken.append(f"receipt {payment.receipt} for the {said}")
                    # "..., receipt R-9 in id 7,": not "in case BA-100 200 in id 7, receipt R-9," (R88-02).
                    which = f"receipt {payment.receipt} in {there_label}, is taken for the one this record has with no receipt number"
                else:
                    which = f"with no receipt number in {there_label}, is taken for this record's, receipt {here.receipt}"
                to_check.append(f"the {said}, {which}: if they were two payments, add the second on the Checklist")
        if new and mine.money is None:
            mine.money = replace(theirs.money, payments=[], fines_paid=None, restitution_paid=None)
        for payment in new:
            same = sum(p == payment for p in mine.money.payments)  # type: ignore[union-attr]
            mine.money.record_payment(copy.deepcopy(payment))  # type: ignore[union-attr] - the total moves with it
            taken.append(f"{payment.kind} payment ${payment.amount:,} on {payment.date.isoformat()} in {label}")
            if same:
                # As the ledger's own note on a payment typed again (K29-05): two equal
                # installments on a day happen, and so does one receipt typed twice.
                to_check.append(f"{payment.kind} payment ${payment.amount:,} on {payment.date.isoformat()} in {label} is "
                                f"in the ledger {same + 1} times now, as in {there_label}: check it was not entered twice")
    _said_paid_otherwise(mine, theirs, label, to_check, there_label)


def _paid_beyond_ledger(money: Money | None, kind: PaymentKind) -> int:
    """What a case's total paid of `kind` holds besides its ledger's payments: a "Paid" typed on
    the Record tab or at intake.  A payment recorded moves the total with it, so this part is
    the same on two copies of a case unless one side typed the total otherwise."""
    if money is None:
        return 0
    return money.paid(kind) - sum(p.amount for p in money.payments if p.kind == kind)


def _said_paid_otherwise(mine: Case, theirs: Case, label: str, to_check: list[str], there_label: str) -> None:
    """A total paid typed otherwise on one side (receipts seen at the event, $800 over $200):
    kept as this record's and said.  `case_facts` leaves the totals out, as a merge adds the
    payments together, so the laptop's correction was dropped with not a word (E167-01).  A case
    with no money there is no correction, and its other facts are said apart."""
    if theirs.money is None:
        return
    for kind, said in (("fine", "fines paid"), ("restitution", "restitution paid")):
        if _paid_beyond_ledger(mine.money, kind) != _paid_beyond_ledger(theirs.money, kind):
            there, here = (money.paid(kind) if money else 0 for money in (theirs.money, mine.money))
            to_check.append(f"{said} in {label}: ${there:,} in {there_label}, ${here:,} in this record, which is kept: "
                            "check the receipts and put it right on the Record tab")


def _take_petitions(mine: Case, theirs: Case, conviction_keys: dict[tuple[str, str], str | None], taken: list[str],
                    kept: list[str], to_check: list[str], there_label: str, used: set[str],
                    case_label: Callable[[Case], str]) -> None:
    """The other's petitions filed on the case (P53), on this record's conviction keys: one this
    record lacks is added; of the same one (`paired_petitions`), the hearing and the ruling
    this record lacks are taken, and what it has that the other says otherwise (a hearing, a
    ruling, the day filed, the counts) is kept and said: a hearing put off, typed on the
    laptop, was dropped without a word (R54-05).  One that may be this record's filed again
    after a ruling with no day (`_maybe_filed_again`) is added too, and said to check.  The case
    is named as `case_label` names it (`differences.cases_named`)."""
    from clinic_app.eligibility import short_name

    label = case_label(mine)
    petitions = [_removed_counts_kept_apart(mine, theirs, p, used) for p in theirs.petitions]
    asked = [[conviction_keys.get((theirs.id, key)) or key for key in p.convictions] for p in petitions]
    in_parts = _granted_in_part(mine, petitions, asked)
    # Each by the petition itself, not its place: one taken in parts makes two, and the places
    # of those after it move.
    for here, parts in [(mine.petitions[m], parts) for m, parts in in_parts.items()]:
        _take_parts(mine, here, [replace(petitions[t], convictions=asked[t]) for t in parts], label, taken, to_check, there_label)
    done = {t for parts in in_parts.values() for t in parts}
    petitions = [p for t, p in enumerate(petitions) if t not in done]
    asked = [counts for t, counts in enumerate(asked) if t not in done]
    pairs, unsure = paired_petitions(mine, list(zip(petitions, asked)))
    for n, (petition, counts) in enumerate(zip(petitions, asked)):
        here = mine.petitions[pairs[n]] if n in pairs else None
        if here is None:
            if n in unsure:
                to_check.append(_filed_again_or_day_put_right(mine.petitions[unsure[n]], petition, label, there_label))
            mine.petitions.append(replace(petition, convictions=counts))
            taken.append(f"petition for {short_name(petition.remedy)} filed {petition.filed_on.isoformat()} in {label}")
            continue
        named = f"the {short_name(petition.remedy)} petition in {label}"
        if petition.filed_on != here.filed_on:  # the day corrected on one side (Y55-04)
            kept.append(f"filing day {here.filed_on.isoformat()} of {named} ({there_label} has {petition.filed_on.isoformat()})")
        if _asked(mine, counts) != _asked(mine, here.convictions):
            kept.append(f"counts {_counts_named(mine, here.convictions, here.counts_removed)} of {named} "
                        f"({there_label} has {_counts_named(mine, counts, petition.counts_removed, theirs)})")
        if petition.hearing_on is not None and here.hearing_on is None:
            here.hearing_on = petition.hearing_on
            taken.append(f"hearing {petition.hearing_on.isoformat()} of {named}")
        elif petition.hearing_on is not None and petition.hearing_on != here.hearing_on:
            kept.append(f"hearing {here.hearing_on} of {named} ({there_label} has {petition.hearing_on.isoformat()})")
        if petition.ruling is not None and (here.ruling is None or (here.ruling == petition.ruling and here.ruling_on is None)):
            here.ruling, here.ruling_on = petition.ruling, petition.ruling_on
            taken.append(f"ruling {petition.ruling} of {named}")
        elif petition.ruling is not None and (petition.ruling, petition.ruling_on) != (here.ruling, here.ruling_on):
            kept.append(f"ruling {_ruling(here)} of {named} ({there_label} has {_ruling(petition)})")


def _granted_in_part(case: Case, theirs: list[Petition], asked: list[list[str]]) -> dict[int, list[int]]:
    """This record's petitions on a case (by index) that the other record has as parts (theirs,
    by index): of the same remedy and filing day, two or more asking for counts none shares,
    together this one's counts.  A petition the court granted in part is recorded so, as two
    (H63-01); paired by its day, the first part's ruling had been taken onto the whole
    petition, which then stood granted for the count the court denied."""
    found: dict[int, list[int]] = {}
    for m, here in enumerate(case.petitions):
        whole = set(here.convictions) or {c.id for c in case.convictions}
        parts = [t for t, p in enumerate(theirs) if (p.remedy, p.filed_on) == (here.remedy, here.filed_on)
                 and asked[t] and set(asked[t]) < whole and all(t not in done for done in found.values())]
        named = [key for t in parts for key in asked[t]]
        if len(parts) > 1 and len(named) == len(set(named)) and set(named) == whole:
            found[m] = parts
    return found


def _take_parts(case: Case, here: Petition, parts: list[Petition], label: str, taken: list[str], to_check: list[str],
                there_label: str) -> None:
    """This record's petition `here` recorded in `parts` on the other (`_granted_in_part`): taken
    for it where it has no ruling here, the hearing it has here kept on each; else kept, and said."""
    from clinic_app.eligibility import short_name

    named = f"the {short_name(here.remedy)} petition filed {here.filed_on.isoformat()} in {label}"
    rulings = "; ".join(f"{_ruling(p)} for {_counts_named(case, p.convictions, p.counts_removed)}" for p in parts)
    if here.ruling is None:
        m = next(i for i, p in enumerate(case.petitions) if p is here)
        case.petitions[m:m + 1] = [replace(p, hearing_on=p.hearing_on or here.hearing_on, note=p.note or here.note)
                                   for p in parts]
        taken.append(f"ruling of {named} in part: {rulings}")
        return
    to_check.append(f"{named} is ruled {_ruling(here)} here, and in part in {there_label} ({rulings}): "
                    f"check the court's order; if it was granted in part, choose Granted in part... on the Record tab")


def _removed_counts_kept_apart(mine: Case, theirs: Case, petition: Petition, used: set[str]) -> Petition:
    """The other record's `petition`, each count it names that its case there no longer has
    (`counts_removed`, as written while on it) under a key of its own where this record's case
    gives that key to another count: on the old key the merged petition asked relief for this
    record's count, one nobody filed for (R58-02).  A key naming the same count here is kept
    (the count is still on the case here); one the export said by its key alone cannot be told."""
    here = {c.id: c for c in mine.convictions}
    there = {c.id for c in theirs.convictions}
    renamed: dict[str, str] = {}
    for removed in petition.counts_removed:
        other = here.get(removed.id)
        if removed.id in there or other is None or other.citation == removed.citation:
            continue
        used |= {key for p in mine.petitions for key in p.convictions}  # counts removed here too: not given again
        renamed[removed.id] = new_record_id(f"{mine.id}-", used)
        used.add(renamed[removed.id])
    if not renamed:
        return petition
    return replace(petition, convictions=[renamed.get(key, key) for key in petition.convictions],
                   counts_removed=[replace(removed, id=renamed.get(removed.id, removed.id)) for removed in petition.counts_removed])


def paired_petitions(case: Case, theirs: list[tuple[Petition, list[str]]]) -> tuple[dict[int, int], dict[int, int]]:
    """Which of this record's petitions on a case (`case.petitions`) each of the other's (`theirs`,
    with its counts on this record's keys) is, by index; one not paired is another petition.
    And, apart, those the data cannot tell (`_maybe_filed_again`), by index too: not paired,
    so both days stay, for a person to decide.

    A petition is its case (the case paired), its remedy and the counts it asks for (Y55-04);
    the day filed tells apart two of them, a petition filed again after a denial.  So, in turn:
    the same remedy, counts and day; the same remedy and day (the counts typed otherwise on one
    side, as P53 paired them); the same remedy and counts where each record has one only left
    unpaired and neither was filed after the other's ruling (the day corrected on one side:
    the laptop's 2026-11-03 for the clerk's stamp of 2026-11-02 was added as a second petition,
    and the caseload line read the one filed last)."""
    mine = case.petitions
    pairs: dict[int, int] = {}
    unsure: dict[int, int] = {}

    def pair(same) -> None:
        for t, (petition, counts) in enumerate(theirs):
            free = [m for m in range(len(mine)) if m not in pairs.values()]
            hit = next((m for m in free if t not in pairs and same(mine[m], petition, counts)), None)
            if hit is not None:
                pairs[t] = hit

    pair(lambda here, p, counts: (here.remedy, _asked(case, here.convictions), here.filed_on) == (p.remedy, _asked(case, counts), p.filed_on))
    pair(lambda here, p, _counts: (here.remedy, here.filed_on) == (p.remedy, p.filed_on))

    def key(petition: Petition, counts: list[str]) -> tuple[str, frozenset[str]]:
        return petition.remedy, _asked(case, counts)

    for t, (petition, counts) in enumerate(theirs):
        if t in pairs:
            continue
        left_theirs = [u for u, (p, c) in enumerate(theirs) if u not in pairs and key(p, c) == key(petition, counts)]
        left_mine = [m for m in range(len(mine)) if m not in pairs.values() and key(mine[m], mine[m].convictions) == key(petition, counts)]
        if len(left_theirs) == 1 and len(left_mine) == 1 and not _filed_after_ruling(mine[left_mine[0]], petition):
            if _maybe_filed_again(mine[left_mine[0]], petition):
                unsure[t] = left_mine[0]
            else:
                pairs[t] = left_mine[0]
    return pairs, unsure


def _maybe_filed_again(one: Petition, other: Petition) -> bool:
    """Might the later filed of two petitions be the earlier filed again after its denial or
    withdrawal, entered with no ruling day?  The same data is a filing day put right on one
    side (Y55-04), so neither is guessed: paired, the new filing day was lost with only a
    "Keeps this record's filing day" said, and the earlier one's denial was taken onto the
    filing that stands (R56)."""
    if one.filed_on == other.filed_on:
        return False
    first = min(one, other, key=lambda p: p.filed_on)
    return first.ruling in ("denied", "withdrawn") and first.ruling_on is None


def _filed_again_or_day_put_right(here: Petition, there: Petition, label: str, there_label: str) -> str:
    """The To check line of two petitions `_maybe_filed_again` cannot tell: both days, and what to do."""
    from clinic_app.eligibility import short_name

    first = min(here, there, key=lambda p: p.filed_on)
    return (f"{label}: the {short_name(here.remedy)} petition filed {here.filed_on.isoformat()} here and "
            f"{there.filed_on.isoformat()} in {there_label}, the one of {first.filed_on.isoformat()} {first.ruling} "
            f"with no ruling day: filed again after it, or one petition whose filing day was put right? Both are kept; "
            f"if it is one petition, remove the one filed on the wrong day on the Record tab")


def _filed_after_ruling(one: Petition, other: Petition) -> bool:
    """Was either filed after the other's ruling: a petition filed again, not the same one?"""
    return ((one.ruling_on is not None and other.filed_on > one.ruling_on)
            or (other.ruling_on is not None and one.filed_on > other.ruling_on))


def _asked(case: Case, keys: list[str]) -> frozenset[str]:
    """The counts a petition asks for, compared as a set: none named and every count of the
    case named are the same, the whole case."""
    asked = frozenset(keys)
    return frozenset() if asked == {c.id for c in case.convictions} else asked


def _counts_named(case: Case, keys: list[str], removed: list[CountRemoved], there: Case | None = None) -> str:
    """The counts a petition asks for, as the record writes them: "PC 459, VC 23152(a)"; one
    removed from the case as the petition keeps it, "VC 23152(a) (no longer on the case)", and
    one the other record's case (`there`, for its petition) has alone by its citation there, as
    the Record tab says them: by its key ("a2") the line named no count a person could check (R58-02)."""
    if not keys:
        return "the whole case"
    citations = {c.id: c.citation for c in there.convictions} if there is not None else {}
    citations |= {count.id: f"{count.citation} (no longer on the case)" for count in removed}
    citations |= {c.id: c.citation for c in case.convictions}
    return ", ".join(citations.get(key, "a count no longer on the case") for key in keys)


def _ruling(petition: Petition) -> str:
    return f"{petition.ruling} {petition.ruling_on.isoformat()}" if petition.ruling_on else str(petition.ruling)


def merge_into(mine: Client, theirs: Client, *, my_reviews: list[ExportedReview] = (),  # type: ignore[assignment]
               their_reviews: list[ExportedReview] = (), keys_used: set[str] = frozenset()) -> Merged:  # type: ignore[assignment]
    """`mine` with what `theirs` adds: the other's cases this one lacks, payments, completed
    conditions and hours, petitions filed and their hearings and rulings, aliases (its name too, if written otherwise), phone, notes and clinic event where
    this one's are empty (notes joined where both have some), and the attorney reviews this
    one lacks, renamed to this record's case and conviction keys.  `keys_used` are the keys
    this client's reviews and kept results name, which an added case must not take
    (model.new_record_id).  Neither argument is changed."""
    client = copy.deepcopy(mine)
    merged = Merged(client)
    taken, here_label, there_label = merged.taken, f"id {mine.id}", f"id {theirs.id}"
    # Details: this record's win; what the other adds where this one has none is taken.
    known = {person_key(name, None) for name in [client.name, *client.aliases]}
    for name in [theirs.name, *theirs.aliases]:
        if _plain(name) and person_key(name, None) not in known and _plain(name) != _plain(client.name):
            client.aliases.append(name)
            known.add(person_key(name, None))
            taken.append(f"alias {name}")
    if _plain(theirs.name) != _plain(client.name) and person_key(theirs.name, None) == person_key(client.name, None) \
            and theirs.name not in client.aliases:
        if _plain(theirs.name).casefold() == _plain(client.name).casefold():
            # Only its capitals and spaces differ ("arsen  johnson" typed at an event): no other
            # name, and as an alias it was printed on the worksheet's "Also known as" (P105-01).
            merged.kept.append(f"name {client.name} ({there_label} has {theirs.name})")
        else:
            client.aliases.append(theirs.name)  # written with its accents (or not) there: found by either
            taken.append(f"alias {theirs.name}")
    if person_key(theirs.name, None) != person_key(client.name, None):  # a name put right there (M44): which one is right is the user's call
        merged.kept.append(f"name {client.name} ({there_label} has {theirs.name}, taken as an alias; "
                           "if that one is right, put the name right here after the merge)")
    if theirs.phone and not client.phone:
        client.phone = theirs.phone
        taken.append(f"phone {theirs.phone}")
    elif theirs.phone and _plain(theirs.phone) != _plain(client.phone):
        merged.kept.append(f"phone {client.phone} ({there_label} has {theirs.phone})")
    notes_taken = bool(theirs.notes.strip()) and _plain(theirs.notes) not in _plain(client.notes)
    theirs_hold_both = notes_taken and _plain(client.notes) in _plain(theirs.notes)  # empty here, or added to on the laptop
    if notes_taken:
        taken.append("notes" if theirs_hold_both else "notes (joined below this record's)")
    if theirs.event and not client.event:
        # Seen at the event: kept without one, the client left the event's report, and a
        # merge after an event day counted fewer people than the volunteers saw (X62-03).
        client.event = theirs.event
        taken.append(f"clinic event {theirs.event}")
    for name, label in (("language", "language"), ("event", "clinic event")):
        if getattr(theirs, name) and getattr(theirs, name) != getattr(client, name):
            merged.kept.append(f"{label} {getattr(client, name) or 'none'} ({there_label} has {getattr(theirs, name)})")
    if theirs.person.us_citizen is False and client.person.us_citizen is not False:
        # "Not a citizen" said on the other record (a laptop at an event) against "Yes" or
        # "Don't know" here: this record's kept, the client was taken for a citizen, every
        # immigration warning and the PC 1473.7 referral gone, and the "No" went with the record
        # merged away, the note saying only that citizenship differed (N114-03).  Taken: a
        # citizen marked "No" by mistake is told to see immigration counsel; the other way round,
        # the client is told nothing (ca-rules.md 4.8).
        was = {True: "Yes", None: "Don't know"}[client.person.us_citizen]
        client.person.us_citizen = False
        taken.append(f"US citizen: No (this record said {was})")
    if theirs.person.dob != client.person.dob:
        # Both days, as the import said them: "date of birth: id 2010's differ" sent the
        # paralegal after a day gone with the record merged away, the laptop's (a typo put
        # right at the event, or made there) to be found in the audit log (P129-01).
        born = [dob.isoformat() if dob else "none" for dob in (client.person.dob, theirs.person.dob)]
        merged.kept.append(f"date of birth {born[0]} ({there_label} has {born[1]}; "
                           "if that one is right, put the date of birth right here after the merge)")
    others = [part for part in person_parts(client.person, theirs.person) if part != "date of birth"]
    if others:
        # Those that differ, by name: "date of birth, citizenship, supervision ..." sent the
        # paralegal to compare a date of birth the same on both (U67-02).
        merged.kept.append(f"person facts ({', '.join(others)}: {there_label}'s differ)")
    # Cases: the same one (by number, else by facts) takes the other's progress; one this record
    # lacks is added, under a key of its own.  Reviews follow to this record's keys.
    case_keys, conviction_keys = merged.case_keys, merged.conviction_keys
    used = set(keys_used) | {case.id for case in client.cases} | {c.id for case in client.cases for c in case.convictions}
    told = pairs_sharing_a_number(mine.cases, theirs.cases)  # two of one number, by what they hold (K414-01)
    matched: set[int] = {n for n in told.values() if n is not None}
    case_label = cases_named(mine.cases, theirs.cases)
    for at, case in enumerate(theirs.cases):
        if at in told:
            mine_case = None if told[at] is None else client.cases[told[at]]
        else:
            mine_case = next((c for n, c in enumerate(client.cases) if n not in matched and same_case(c, case)), None)
        if mine_case is not None:
            matched.add(client.cases.index(mine_case))
            before = case_facts(mine_case)
            _take_into_case(mine_case, case, taken, merged.to_check, there_label, case_label)
            case_keys[case.id] = mine_case.id
            for conviction in case.convictions:
                same = next((c.id for c in mine_case.convictions if replace(c, id="") == replace(conviction, id="")), None)
                conviction_keys[(case.id, conviction.id)] = same
            _take_petitions(mine_case, case, conviction_keys, taken, merged.kept, merged.to_check, there_label, used, case_label)
            if before != case_facts(case):
                parts = case_parts(before, case_facts(case), here_label, there_label)
                merged.to_check.append(f"{case_label(mine_case)} has other facts in {there_label} ({', '.join(parts)}): "
                                       f"this record's are kept; {there_label}'s stay in the audit log of the merge")
            continue
        added = copy.deepcopy(case)
        if added.id in used:
            added.id = new_record_id("c", used)
        used.add(added.id)
        for conviction in added.convictions:
            old = conviction.id
            if added.id != case.id or conviction.id in used:
                conviction.id = new_record_id(f"{added.id}-", used)
            used.add(conviction.id)
            conviction_keys[(case.id, old)] = conviction.id
        for petition in added.petitions:  # the counts asked for, under their new keys
            petition.convictions = [conviction_keys.get((case.id, key)) or key for key in petition.convictions]
        case_keys[case.id] = added.id
        client.cases.append(added)
        taken.append(case_label(added))
    # Intake's lines of a year alone name each record's cases as the record merged does: their cases
    # went after this record's, or into one of them, and "Case 1 (no case number)" of theirs named
    # this record's case 1 (R72-03); a case here without a number took their number, and its line
    # named no case, nor did theirs naming "CR12-3-45" for this record's "CR 12-3-45" (R74-01).
    mine_notes = years_alone_kept(mine, replace(client, notes=mine.notes)).notes
    theirs_notes = years_alone_kept(theirs, replace(client, notes=theirs.notes.strip()), case_keys).notes
    if theirs_hold_both:
        client.notes = theirs.notes.replace(theirs.notes.strip(), theirs_notes, 1)
    elif notes_taken:
        client.notes = f"{mine_notes.rstrip()}\n\n{theirs_notes}"
    else:
        client.notes = mine_notes
    # Reviews this one lacks (the same result, reviewer, moment and note), on this record's keys.
    have = {(rv.case, rv.conviction, rv.remedy, rv.reviewer, rv.at, rv.note) for rv in my_reviews}
    left_out = []
    for review in their_reviews:
        case_key = case_keys.get(review.case)
        conviction_key = review.conviction if review.conviction is None else conviction_keys.get((review.case, review.conviction))
        if case_key is None or (review.conviction is not None and conviction_key is None):
            left_out.append(review)
            continue
        moved = replace(review, case=case_key, conviction=conviction_key)
        if (moved.case, moved.conviction, moved.remedy, moved.reviewer, moved.at, moved.note) not in have:
            merged.reviews.append(moved)
            have.add((moved.case, moved.conviction, moved.remedy, moved.reviewer, moved.at, moved.note))
    if merged.reviews:
        from clinic_app.eligibility import short_name

        taken.append(f"{count(len(merged.reviews), 'attorney review')} ("
                     + "; ".join(f"{short_name(rv.remedy)} by {rv.reviewer}" for rv in merged.reviews) + ")")
    if left_out:
        from clinic_app.eligibility import short_name

        merged.to_check.append(f"{count(len(left_out), 'attorney review')} in {there_label} of a conviction this record has "
                               "with other facts, not taken (" + "; ".join(f"{short_name(rv.remedy)} by {rv.reviewer}"
                                                                           for rv in left_out) + "): review it again here")
    return merged


def merge_refused(mine: Client, theirs: Client, merged: Merged, lead: str = "Nothing was merged") -> str | None:
    """Why the record `merged` (`theirs` into `mine`) cannot be stored, and what to do; None when
    it can.  `lead` starts the words: after a merge tried, or before one ("It cannot be merged",
    the window's preview, K427-03).  A record stored before the record's check refused what it
    holds (a probation end before the conviction, K386) was refused by `clinic-app merge` as
    "cases[0].sentence.probation.end: ..." with no client named, its copy of the caseload made
    for nothing, and by the window as "Not saved: ..." of the client shown, the fault perhaps the
    other's (K395-01): said alike by both, whose record, which case and field, as the Record tab
    names them."""
    from clinic_app.record_said import in_the_record, refused_fact, whose

    error = refused_fact(merged.client)
    if error is None:
        return None
    held = [(client, fault) for client in (mine, theirs) if (fault := refused_fact(client)) is not None]
    if not held:
        return (f"{lead}: the record the merge would make cannot be saved: {in_the_record(merged.client, error)}. "
                f"Put right the record of {whose(mine)} or of {whose(theirs)} on its Record tab, and merge again.")
    said = "; ".join(f"in the record of {whose(client)}, {in_the_record(client, fault)}" for client, fault in held)
    who = whose(held[0][0]) if len(held) == 1 else "each"
    return (f"{lead}: {said} (stored before the program refused {'it' if len(held) == 1 else 'them'}). "
            f"Open {who}, put it right on the Record tab (it says what to change), and merge again.")


__all__ = ["Merged", "merge_into", "merge_refused"]
