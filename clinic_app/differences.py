"""What differs between two records of one person, in a few words for the person who checks them.

An import adds a client beside one already in the caseload with the same name and date of
birth but another record (a "possible duplicate", clinic_app.matching), or with the same date
of birth and cases under another name.  The paralegal was told only the two ids, and had to
open both and compare every case, condition and payment by eye to find the one payment a
volunteer recorded at the event (M29-02).  This says where they differ; it decides nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields, is_dataclass, replace
from datetime import date
from typing import Any

from clinic_app.case_titles import case_title_day_first, record_parts, sharing_a_number
from clinic_app.matching import as_written, case_number_key, names_a_case, person_key
from clinic_app.model import Case, Client, Money, PaymentKind, Person
from clinic_app.wording import count

# The client's own details, as the caseload keeps them beside the facts.
_DETAILS = {"name": "the name as written", "aliases": "aliases", "language": "language", "event": "clinic event",
            "phone": "phone", "notes": "notes"}
_PERSON = {"registrant_290": "PC 290 registration", "us_citizen": "citizenship", "ca_resident_since": "California residence",
           "pending_charges": "pending charges", "on_supervision": "supervision now", "fire_camp": "fire camp",
           "trafficking_survivor": "trafficking survivor"}
# A case's parts, by the words of the client record's tabs; what is not named is "court details".
_CASE = {"convictions": "convictions", "sentence": "sentence", "conditions": "conditions", "money": "fines and restitution",
         "program": "diversion program", "arrest_offenses": "arrest offenses", "protective_order_until": "protective order",
         "petitions": "petitions filed"}


def _written(value: Any) -> Any:
    """A detail with its accents in one form (aliases are a list of names)."""
    return [as_written(v) for v in value] if isinstance(value, list) else as_written(value)


def differences(old: Client, new: Client, old_label: str, new_label: str) -> list[str]:
    """Where `new` differs from `old`, each a short phrase naming the side that has what
    (`old_label`, `new_label`: "id 1", "id 7").  Empty when only the ids differ."""
    out = [label for name, label in _DETAILS.items() if _written(getattr(old, name)) != _written(getattr(new, name))]
    if as_written(old.name) != as_written(new.name):  # a double space or a letter: shown, as hard to see as it is
        # "as written" only where the names are one name (accents, case, spacing); a name put
        # right on a laptop is another name (M44: "the name as written" said of a surname added).
        written = " as written" if person_key(old.name, None) == person_key(new.name, None) else ""
        out[0] = f"the name{written} ({new.name!r} in {new_label}, {old.name!r} in {old_label})"
    if old.phone != new.phone and "phone" in out:
        out[out.index("phone")] = f"phone ({new.phone or 'none'} in {new_label}, {old.phone or 'none'} in {old_label})"
    if old.person.dob != new.person.dob:
        born = [dob.isoformat() if dob else "none" for dob in (new.person.dob, old.person.dob)]
        out.append(f"date of birth ({born[0]} in {new_label}, {born[1]} in {old_label})")
    out += [label for label in person_parts(old.person, new.person) if label != "date of birth"]
    # The cases paired as the merge pairs them, by number: a key ("c1") is each record's own,
    # and two records made apart both have a "c1", another case on each side (U67-01); two of
    # one number by what they hold (K414-01).
    told = pairs_sharing_a_number(old.cases, new.cases)
    unpaired = [n for n in range(len(old.cases)) if n not in told.values()]
    case_name = cases_named(old.cases, new.cases)
    for at, case in enumerate(new.cases):
        n = told[at] if at in told else next((n for n in unpaired if same_case(old.cases[n], case)), None)
        if n is None:
            out.append(f"{case_name(case)} only in {new_label}")
            continue
        if at not in told:
            unpaired.remove(n)
        # Under other keys (the case's, its counts'), it is no other court detail nor count; nor
        # another petition, which names its counts by the keys (R68-03).
        mine = replace(old.cases[n], id=case.id)
        if [replace(c, id="") for c in mine.convictions] == [replace(c, id="") for c in case.convictions]:
            key_there = {c.id: other.id for c, other in zip(mine.convictions, case.convictions)}
            mine.convictions = case.convictions
            mine.petitions = [replace(p, convictions=[key_there.get(key, key) for key in p.convictions]) for p in mine.petitions]
        if case != mine:
            out.append(f"{case_name(case)}: " + ", ".join(case_parts(mine, case, old_label, new_label)))
    out += [f"{case_name(old.cases[n])} only in {old_label}" for n in unpaired]
    return out


def case_facts(case: Case) -> Case:
    """The case as two laptops would agree on it before either recorded progress: no key, no
    case number (added on one side), no conviction keys, no conditions, no payments, no
    totals paid and no petitions filed (what a merge adds together, not a conflict)."""
    money = case.money
    if money is not None:
        money = replace(money, payments=[], fines_paid=None, restitution_paid=None)
    return replace(case, id="", case_number=None, convictions=[replace(c, id="") for c in case.convictions],
                   conditions=[], money=money, petitions=[])


def same_case(mine: Case, theirs: Case) -> bool:
    """One case: by case number where both have one, else by identical facts.  "Unknown",
    typed where the number was not known yet, is no number: a 2015 burglary and a 2019 theft
    both "unknown" were taken for one case, and the theft left out of the record kept (R46-06)."""
    keys = [case_number_key(case.case_number or "") for case in (mine, theirs)]
    if all(names_a_case(key) for key in keys):
        return keys[0] == keys[1]
    return case_facts(mine) == case_facts(theirs)


def pairs_sharing_a_number(mine: list[Case], theirs: list[Case]) -> dict[int, int | None]:
    """Which of `mine` (its place, or None: none) each of `theirs` is whose court number two cases
    of either record share (`cases_named`).  Paired by their order, a laptop listing its 24CR042
    of 2020 before its 24CR042 of 2024 had a petition filed on the first land on the office's
    2024 case (K414-01).  Pass by pass over the whole list, as payments are (merging._paired):
    the same facts (`case_facts`), then the same day, offenses and county, by which their titles
    tell them apart (case_titles.record_parts: one of them put right on one side), then the
    fewest facts apart (`_facts_apart`), and in their order where nothing tells them apart: a
    2020 case whose day was put right went by order to the office's 2024 one, its petition with
    it (R415-02).  A case whose number is its own is not here."""
    shared = _numbers_shared(mine, theirs)
    pairs: dict[int, int | None] = {at: None for at, case in enumerate(theirs)
                                    if case_number_key(case.case_number or "") in shared}
    free = list(range(len(mine)))
    for alike in (lambda a, b: case_facts(a) == case_facts(b), lambda a, b: record_parts(a) == record_parts(b)):
        for at in [at for at, n in pairs.items() if n is None]:
            n = next((n for n in free if same_case(mine[n], theirs[at]) and alike(mine[n], theirs[at])), None)
            if n is not None:
                pairs[at] = n
                free.remove(n)
    # The nearest first over all those left; of those as near, in their order (at, then n).
    for _apart, at, n in sorted((_facts_apart(mine[n], theirs[at]), at, n) for at, paired in pairs.items()
                                if paired is None for n in free if same_case(mine[n], theirs[at])):
        if pairs[at] is None and n in free:
            pairs[at] = n
            free.remove(n)
    return pairs


def _facts_apart(mine: Case, theirs: Case) -> int:
    """How many of two cases' facts (`case_facts`) differ, each count's own counted within it:
    a day put right is one, where another case's day, sentence and probation are several."""
    a, b = case_facts(mine), case_facts(theirs)
    counts = sum(len(_fields_apart(x, y, "")) for x, y in zip(a.convictions, b.convictions))
    return (len(_fields_apart(replace(a, convictions=[]), replace(b, convictions=[]), "")) + counts
            + abs(len(a.convictions) - len(b.convictions)))


def person_parts(old: Person, new: Person) -> list[str]:
    """The person facts that differ between two records, by the record's words."""
    return (["date of birth"] if old.dob != new.dob else []) + [
        label for name, label in _PERSON.items() if getattr(old, name) != getattr(new, name)]


def reviews_only_in(reviews: list[tuple[str, str]], label: str) -> str:
    """The attorney reviews (remedy key, reviewer) only one of the two records has, as a
    phrase: they live beside the record, so deleting "the extra one" takes them with it."""
    from clinic_app.eligibility import short_name

    named = "; ".join(f"{short_name(remedy)} by {reviewer}" for remedy, reviewer in reviews)
    return f"{count(len(reviews), 'attorney review')} only in {label} ({named})"


def reviews_apart(first: set[tuple], second: set[tuple], first_label: str, second_label: str) -> list[str]:
    """The attorney reviews only one side has, a phrase a side (`reviews_only_in`); each
    review a tuple (case, conviction, remedy, reviewer, at, note), its time in one form.  The
    import names them beside a pair it added (M29-04), and so does Merge a duplicate's list."""
    out = []
    for side, other, label in ((first, second, first_label), (second, first, second_label)):
        only = sorted((review[2], review[3]) for review in side - other)
        if only:
            out.append(reviews_only_in(only, label))
    return out


def review_fields(review: Any) -> tuple:
    """An ExportedReview as `reviews_apart` compares it."""
    return (review.case, review.conviction, review.remedy, review.reviewer, review.at, review.note)


def cases_named(*records: Iterable[Case]) -> Callable[[Case], str]:
    """How the merge's notes and Merge a duplicate's list name a case of `records` (each record's
    cases): by its court number; without one (left blank, or typed "unknown"), the day first, as
    the window's lists name it: "case c3 (convicted 2019-01-05, PC 647(f), Orange County)", where
    "case c3" told nobody which case (D86-03), nor "case c1 only in id 2; case c1 only in id 1"
    which of two cases a phone intake and a laptop typed apart (K363).  A note says what it is of
    "in case ...", not in brackets: "(case c3 (convicted ..., Orange County))" (U87-02).  A number
    two cases of one record share (`sharing_a_number`) is told apart so in both records: "case
    24CR042: petitions filed" said of either of two (K413-01)."""
    shared = _numbers_shared(*records)
    return lambda case: f"case {case_title_day_first(case, apart=case_number_key(case.case_number or '') in shared)}"


def _numbers_shared(*records: Iterable[Case]) -> set[str]:
    """The court numbers (`case_number_key`) two cases of one of `records` share
    (`sharing_a_number`)."""
    shared = set()
    for cases in map(list, records):
        apart = sharing_a_number(cases)
        shared |= {case_number_key(case.case_number) for case in cases if case.id in apart}
    return shared


def case_parts(old: Case, new: Case, old_label: str, new_label: str) -> list[str]:
    """The parts of one case that differ between two records (clinic_app.merging names them too)."""
    parts = []
    court = False
    for f in fields(Case):
        a, b = getattr(old, f.name), getattr(new, f.name)
        if f.name == "money":
            parts += _money_parts(a, b, old_label, new_label)
        elif f.name == "conditions" and a != b:
            parts.append(_conditions(a, b, old_label, new_label))
        elif f.name in ("convictions", "sentence") and a != b:
            parts.append(_facts_named(_CASE[f.name], a, b, old_label, new_label))
        elif a != b and f.name in _CASE:
            parts.append(_CASE[f.name])
        elif a != b:
            court = True
    return (["court details"] if court else []) + parts


# How many facts of a case's part are named with both values; the rest are counted.
FACTS_NAMED = 4


def _facts_named(part: str, old: Any, new: Any, old_label: str, new_label: str) -> str:
    """A case's counts or sentence with each fact that differs and both values: "sentence
    (probation end: 2023-05-01 in id 7, 2024-05-01 in id 1)".  "convictions, sentence" alone
    left a correction made at the event to be found by opening both records, and after a
    merge, in its audit log (E167-04)."""
    if isinstance(old, list):
        if len(old) != len(new):
            return f"{part} ({len(new)} in {new_label}, {len(old)} in {old_label})"
        apart = [fact for n, (a, b) in enumerate(zip(old, new), 1) for fact in _fields_apart(a, b, f"count {n} ")]
    else:
        apart = _fields_apart(old, new, "")
    if not apart:
        return part
    told = [f"{label}: {_value(b)} in {new_label}, {_value(a)} in {old_label}" for label, a, b in apart[:FACTS_NAMED]]
    more = f"; and {len(apart) - FACTS_NAMED} more" if len(apart) > FACTS_NAMED else ""
    return f"{part} ({'; '.join(told)}{more})"


def _fields_apart(old: Any, new: Any, prefix: str) -> list[tuple[str, Any, Any]]:
    """(label, old value, new value) of each field that differs, into a sentence's probation
    or custody ("probation end"); a list of them (a probation's violations) is named whole.
    A count's key ("c1-1") is each record's own (U67-01), no fact: a case first on the laptop and
    second in the office had "count 1 id: c1-1 in id 7, c2-1 in id 1" take the places of the facts
    the laptop put right (R168-03)."""
    if old is None or new is None or not is_dataclass(old) or type(old) is not type(new):
        return [(prefix.strip() or "the whole", old, new)] if old != new else []
    apart = []
    for f in fields(old):
        if f.name == "id":
            continue
        a, b = getattr(old, f.name), getattr(new, f.name)
        label = f"{prefix}{f.name.replace('_', ' ')}"
        if a == b:
            continue
        if is_dataclass(a) and is_dataclass(b):
            apart += _fields_apart(a, b, f"{label} ")
        else:
            apart.append((label, a, b))
    return apart


def _value(value: Any) -> str:
    """A fact as the record's fields show it: a day by its date, none where nothing is typed."""
    if value is None or value == []:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return f"{len(value)} recorded" if is_dataclass(value[0]) else ", ".join(map(str, value))
    if is_dataclass(value):
        return "given"
    return str(value)


def _conditions(old: list, new: list, old_label: str, new_label: str) -> str:
    """The conditions whose progress differs, named with both counts: a class ticked as done
    on a laptop is seen at once."""
    old_by_label = {c.label: c for c in old}
    told = []
    for c in new:
        was = old_by_label.get(c.label)
        if was is None:
            told.append(f"{c.label} only in {new_label}")
        elif was != c:
            told.append(f"{c.label}: {_progress(c)} in {new_label}, {_progress(was)} in {old_label}")
    new_labels = {c.label for c in new}
    told += [f"{c.label} only in {old_label}" for c in old if c.label not in new_labels]
    return "conditions (" + "; ".join(told) + ")" if told else "conditions (their order)"


def _progress(condition: Any) -> str:
    done = "?" if condition.done is None else condition.done
    of = f" of {condition.required}" if condition.required is not None else ""
    when = f", completed {condition.completed_on.isoformat()}" if condition.completed_on else ""
    return f"{done}{of} done{when}"


def _paid(money: Money | None, kind: PaymentKind) -> int:
    return money.paid(kind) if money is not None else 0


def _money_parts(old: Any, new: Any, old_label: str, new_label: str) -> list[str]:
    old_paid = list(old.payments) if old is not None else []
    new_paid = list(new.payments) if new is not None else []
    parts = []
    only_new = [p for p in new_paid if p not in old_paid]
    only_old = [p for p in old_paid if p not in new_paid]
    # A payment recorded moves its total too (Money.record_payment): the totals are named only
    # when they differ by more than the payments named below.  Each as it reads (Money.paid): no
    # total recorded reads the ledger's sum, which a payment adds to (B118-01), and a ledger of
    # $200 with none recorded, a $300 payment beside it, had read "fines and restitution" too
    # (R120-02).
    moved = {kind: sum(p.amount for p in only_new if p.kind == kind) - sum(p.amount for p in only_old if p.kind == kind)
             for kind in ("fine", "restitution")}
    paid_field = {"fines_paid": "fine", "restitution_paid": "restitution"}
    for f in fields(type(old or new)) if (old or new) is not None else ():
        if f.name == "payments":
            continue
        a, b = getattr(old, f.name, None), getattr(new, f.name, None)
        if f.name in paid_field and _paid(old, paid_field[f.name]) + moved[paid_field[f.name]] == _paid(new, paid_field[f.name]):
            continue
        if a != b:
            parts.append("fines and restitution")
            break
    if old_paid != new_paid:
        for side, label in ((only_new, new_label), (only_old, old_label)):
            if side:
                listed = "; ".join(f"{p.kind} ${p.amount:,} on {p.date.isoformat()}" + (f", receipt {p.receipt}" if p.receipt else "")
                                   for p in side)
                parts.append(f"{count(len(side), 'payment')} only in {label} ({listed})")
        if not only_new and not only_old:
            parts.append("payments (their order)")
    return parts


__all__ = ["differences", "reviews_only_in", "reviews_apart", "review_fields", "case_parts"]
