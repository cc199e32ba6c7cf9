"""A draft's typing put back on the record as it is now, not over it (K63-01).

A draft (the forms' typing kept when Clinic Desk was killed or lost power before saving it)
holds the whole record as the forms held it.  Put back whole, it also put back every other
field as it stood when the typing began: a phone number another desk (or the same clinic's
next session, or an import's merge) saved since was undone by the next save, with not a word.
So only what was typed, the fields where the draft differs from the record it was typed on,
goes back, onto the record as stored now; a field changed both there and in the typing,
each otherwise, keeps the stored value, and the caller says what was typed there.

The records are request dicts (clinic_app.screening_format.client_to_request_dict).
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from clinic_app.model import Client, Money, Payment, maybe_typed_twice

_ABSENT = object()  # a key one of the three records does not have


def typing_over(typed_on: Any, typed: Any, stored: Any) -> Any:
    """`stored` with the changes from `typed_on` (the record the typing was made on) to
    `typed` (the draft) made on it.  Blocks are merged key by key, and lists of blocks with
    ids (the cases, their counts) block by block, matched by id (A64-02: by place, and only
    when the other desk had added or removed none, so typing in a case was not put back when
    they had added another); any other value both sides changed, each otherwise, is the
    stored one."""
    if typed == typed_on:
        return stored
    if stored == typed_on or stored == typed:
        return typed
    if isinstance(typed_on, dict) and isinstance(typed, dict) and isinstance(stored, dict):
        out = {}
        for key in [*stored, *(k for k in typed if k not in stored)]:
            value = typing_over(typed_on.get(key, _ABSENT), typed.get(key, _ABSENT), stored.get(key, _ABSENT))
            if value is not _ABSENT:
                out[key] = value
        return out
    if _with_ids(typed_on, typed, stored):
        return _blocks_over(typed_on, typed, stored)
    return stored


def _blocks_over(typed_on: list, typed: list, stored: list) -> list:
    """The stored blocks in their order, each with its typing; a block the typing took out
    goes unless they changed it since; one they took out stays out (what was typed in it is
    said: `not_put_back`); one the typing added comes after the block it followed."""
    before = {item["id"]: item for item in typed_on}
    mine = {item["id"]: item for item in typed}
    out = []
    for theirs in stored:
        key = theirs["id"]
        if key not in before or key in mine:
            out.append(typing_over(before.get(key, _ABSENT), mine.get(key, _ABSENT), theirs) if key in before else theirs)
        elif theirs != before[key]:
            out.append(theirs)  # taken out here, changed there: theirs is kept, and said
    taken = {block["id"] for block in out}
    for index, item in enumerate(typed):
        if item["id"] in before:
            continue
        if item["id"] in taken:
            # Added there too, under the same key: both desks' "Add count" gave the case its
            # next key ("c1-2").  Theirs is kept and what was typed in this one said
            # (`not_put_back`, field by field); both in, the record had two counts of one key,
            # could not be read, and the typing went back whole, undoing theirs (R64-02).  The same
            # petition added on both sides has one key too (`petition_keys`, N64-01).
            continue
        after = [block["id"] for block in typed[:index]]
        place = max((i + 1 for i, block in enumerate(out) if block["id"] in after), default=0)
        out.insert(place, item)
    return out


def not_put_back(typed_on: Any, typed: Any, put: Any, path: str = "", put_path: str | None = None) -> list[tuple[str, str]]:
    """What was typed (`typed_on` to `typed`) that `put` (`typing_over`'s record) does not
    hold, as (path, why): the path as history_model.changed_paths writes it, its places those
    of `typed` ("cases[1].notes"), why one of "changed there" (theirs kept), "removed there"
    (a block with an id the other desk took out, typed in here), "added there too" (a block
    added here whose id the other desk gave a block of its own: theirs kept) and "changed
    there, kept" (a block taken out here that they changed: the path is then `put`'s).  Blocks with ids are
    matched by id, as `typing_over` merges them: matched by place, the warning named fields
    that were put back and missed those that were not.  `put_path`: where `put` is in `put`'s
    record (`path` is the place in `typed`'s): a block kept is said at its place there, its
    case's place too (S64-06: "Case BA100003, conviction 1" named the case at the typing's
    place, another case, when a case before it was added or removed)."""
    put_path = path if put_path is None else put_path
    if typed == typed_on or typed == put:
        return []
    if isinstance(typed, dict) and isinstance(put, dict):
        base = typed_on if isinstance(typed_on, dict) else {}
        out = []
        for key in [*typed, *(k for k in base if k not in typed)]:
            out += not_put_back(base.get(key), typed.get(key), put.get(key), f"{path}.{key}" if path else key,
                                f"{put_path}.{key}" if put_path else key)
        return out
    if _with_ids(typed, put) and (typed_on is None or _with_ids(typed_on)):
        before = {item["id"]: item for item in typed_on or []}
        held = {item["id"]: (index, item) for index, item in enumerate(put)}
        out = []
        for index, item in enumerate(typed):
            where = f"{path}[{index}]"
            if item["id"] in held and item["id"] not in before and item != held[item["id"]][1]:
                out.append((where, "added there too"))  # under the same key: theirs kept (R64-02)
            elif item["id"] in held:
                out += not_put_back(before.get(item["id"]), item, held[item["id"]][1], where, f"{put_path}[{held[item['id']][0]}]")
            elif item != before.get(item["id"]):
                out.append((where, "removed there"))
        typed_ids = {item["id"] for item in typed}
        out += [(f"{put_path}[{index}]", "changed there, kept") for key, (index, item) in held.items()
                if key in before and key not in typed_ids]
        return out
    if isinstance(typed, list) and isinstance(put, list) and len(typed) == len(put) and (not isinstance(typed_on, list) or len(typed_on) == len(typed)):
        # Blocks without ids (a case's conditions) side by side, as changed_paths compares them:
        # the hours typed are named, not the case's whole list of conditions.
        base = typed_on if isinstance(typed_on, list) else [None] * len(typed)
        return [found for a, b, c, index in zip(base, typed, put, range(len(typed)))
                for found in not_put_back(a, b, c, f"{path}[{index}]", f"{put_path}[{index}]")]
    return [(path, "changed there")] if typed != typed_on else []


def _with_ids(*lists: Any) -> bool:
    """Whether each of `lists` is a list of blocks, each with an id of its own."""
    for items in lists:
        if not isinstance(items, list) or not all(isinstance(item, dict) and item.get("id") is not None for item in items):
            return False
        if len({item["id"] for item in items}) != len(items):
            return False
    return True


# ---- the ledger: payments added or taken out, done again on the record as stored (A64-03) ----
#
# A payment is no field to keep one side's value of: two desks each recording a payment on one
# client (the front desk a receipt, the paralegal the court's) both changed the case's ledger
# and its paid total, so the typing's payment went, and the warning showed the ledger as JSON.
# What the typing did to the ledger is done again on the stored one, by Money's own
# record_payment and remove_payment, the totals with it.

LedgerMove = tuple[str, str, Payment]  # (case id, "added" or "taken out", the payment)


def ledger_moves(typed_on: Client, typed: Client) -> list[LedgerMove]:
    """The payments the typing added to a case's ledger, and took out of it."""
    before = {case.id: list(case.money.payments) if case.money is not None else [] for case in typed_on.cases}
    moves: list[LedgerMove] = []
    for case in typed.cases:
        left = list(before.get(case.id, []))
        for payment in case.money.payments if case.money is not None else []:
            if payment in left:
                left.remove(payment)
            elif case.id in before:  # a case the typing added keeps its ledger as typed
                moves.append((case.id, "added", payment))
        moves += [(case.id, "taken out", payment) for payment in left]
    return moves


def ledger_undone(typed_on: Client, typed: Client, moves: list[LedgerMove]) -> Client:
    """`typed` (typed on `typed_on`) with `moves` taken back: the rest of the typing, to put
    back field by field."""
    record = copy.deepcopy(typed)
    for case_id, move, payment in moves:
        money = next(case.money for case in record.cases if case.id == case_id)
        if move == "added":
            assert money is not None
            money.take_out(payment)
        elif money is not None:
            money.record_payment(payment)
    # A total the moves alone made is the one it was typed on: remove_payment reads a total
    # that was one payment as never recorded (Z62-02), so a "0" typed as paid, then a payment
    # added, came back as no total, a change of the typing's that their payment's total kept
    # out ("restitution paid: (nothing)" said as typed and not put back: R64-01).
    for case in record.cases:
        was = next((c.money for c in typed_on.cases if c.id == case.id), None)
        now = next(c.money for c in typed.cases if c.id == case.id)
        if case.money is None or was is None or now is None:
            continue
        made = copy.deepcopy(was)
        for case_id, move, payment in moves:
            if case_id != case.id:
                continue
            if move == "added":
                made.record_payment(payment)
            elif payment in made.payments:
                made.take_out(payment)
        for total in ("fines_paid", "restitution_paid"):
            if getattr(made, total) == getattr(now, total):
                setattr(case.money, total, getattr(was, total))
    return record


def ledger_done(put: Client, moves: list[LedgerMove]) -> tuple[Client, list[LedgerMove]]:
    """`put` with `moves` done on its ledgers, and the moves that could not be: a payment taken
    out here that is not in their ledger (changed or taken out there), a case removed there."""
    not_done = []
    for move in moves:
        case_id, kind, payment = move
        case = next((case for case in put.cases if case.id == case_id), None)
        if case is None:
            not_done.append(move)
        elif kind == "added":
            if case.money is None:
                case.money = Money()
            case.money.record_payment(payment)
        elif case.money is not None and payment in case.money.payments:
            case.money.take_out(payment)
        else:
            not_done.append(move)
    return put, not_done


# ---- petitions: matched by what makes one the same petition (N64-01) ----
#
# A petition has no id of its own: a case's petitions were one value to keep one side's of, so
# a petition added here while another desk added another (or set a hearing) went, said as the
# case's petitions in JSON.  For the merge only, each petition is given a key, the same in the
# three records for the same petition, found as a merge of two records finds it
# (merging.paired_petitions: its case, remedy, counts asked for and day filed); the petitions
# are then merged block by block as cases are, and what was not put back named by place.

PetitionKeys = dict[str, list[str]]  # a case's id: the key of each of its petitions, in order


def petition_keys(typed_on: Client, typed: Client, stored: Client) -> tuple[PetitionKeys, PetitionKeys, PetitionKeys]:
    """The keys of the petitions of the record typed on, the typing and the record stored: a
    petition of the typing or of theirs that is one of those typed on has its key; one added
    on both sides that is the same petition has one key; any other, a key of its own."""
    from clinic_app.merging import paired_petitions

    before = {case.id: case for case in typed_on.cases}
    keys_on = {case.id: [f"{case.id}/{n}" for n in range(len(case.petitions))] for case in typed_on.cases}

    def keyed(record: Client, side: str) -> PetitionKeys:
        out = {}
        for case in record.cases:
            base = before.get(case.id)
            pairs = paired_petitions(base, [(p, p.convictions) for p in case.petitions])[0] if base is not None else {}
            for n, petition in enumerate(case.petitions if base is not None else []):
                # Its remedy corrected in its row (the filing the same: the row's place, the day
                # filed): the petition typed on, not another.  Paired as another, a remedy
                # corrected here while the other desk set its hearing came back as two petitions,
                # theirs with the hearing, this one with the remedy (N64, T64).  The merge of two
                # records (`paired_petitions`) cannot so pair them: it has no row, and a 17(b) and a
                # 1203.4 are often filed on one day; a record typed on the other has.
                if (n not in pairs and n < len(base.petitions) and n not in pairs.values()
                        and base.petitions[n].filed_on == petition.filed_on):
                    pairs[n] = n
            out[case.id] = [keys_on[case.id][pairs[n]] if n in pairs else f"{case.id}/{side}{n}" for n in range(len(case.petitions))]
        return out

    keys_typed, keys_stored = keyed(typed, "typed"), keyed(stored, "stored")
    theirs = {case.id: case for case in stored.cases}
    for case in typed.cases:
        if case.id not in theirs:
            continue
        here = [n for n, key in enumerate(keys_typed[case.id]) if "/typed" in key]
        there = [n for n, key in enumerate(keys_stored[case.id]) if "/stored" in key]
        if here and there:  # added on both sides: the same petition, typed twice?
            added = replace(theirs[case.id], petitions=[theirs[case.id].petitions[n] for n in there])
            pairs = paired_petitions(added, [(case.petitions[n], case.petitions[n].convictions) for n in here])[0]
            for t, m in pairs.items():
                keys_typed[case.id][here[t]] = keys_stored[case.id][there[m]]
    return keys_on, keys_typed, keys_stored


def with_petition_keys(record: dict, keys: PetitionKeys) -> dict:
    """`record`, a request dict (the client's petitions, each naming its case) or a client as
    JSON (each case's petitions), with each petition's key as its "id"."""
    out = copy.deepcopy(record)
    block = out.get("client")
    if isinstance(block, dict):
        placed: dict[str, int] = {}
        for petition in block.setdefault("petitions", []):
            n = placed[petition["case"]] = placed.get(petition["case"], -1) + 1
            petition["id"] = keys[petition["case"]][n]
    for case in out.get("cases", []):
        for petition, key in zip(case.get("petitions", []), keys.get(case["id"], [])):
            petition["id"] = key
    return out


def without_petition_keys(record: dict) -> tuple[dict, PetitionKeys]:
    """A request dict `typing_over` made of keyed ones, without the keys, and the keys of its
    petitions; a petition on a case it no longer has (typed on a case removed there) is left
    out, as what was typed in that case is (`not_put_back` says it)."""
    out = copy.deepcopy(record)
    cases = {case["id"] for case in out.get("cases", [])}
    keys: PetitionKeys = {key: [] for key in cases}
    petitions = []
    for petition in out.get("client", {}).get("petitions", []):
        if petition["case"] in cases:
            keys[petition["case"]].append(petition.pop("id"))
            petitions.append(petition)
    if "client" in out:
        out["client"]["petitions"] = petitions
    return out, keys


def hearing_on_each_part(typed_on: Client, typed: Client, stored: Client, put: Client,
                         keys: tuple[PetitionKeys, PetitionKeys, PetitionKeys] | None = None) -> Client:
    """`put` (the typing put back over `stored`) with the hearing of a filing made two petitions
    on one side ("Granted in part...", H63: the counts granted one petition, the others another,
    filed the same day, one hearing) and set on the other, on each part.  The merge pairs the
    filing with one part (`petition_keys`); the other part, a petition of the split's side alone,
    kept the hearing it had: a "Granted in part" split here got the other desk's hearing on its
    first part only, as if the court had heard the counts denied on another day (N64, T64).  A
    hearing is the filing's: both parts get it.  Where both sides set one, the merge's (theirs,
    on the part paired: `typing_over`) is each part's.  So is the day filed, corrected on the
    side that did not split it: the part paired got it, the other kept the day as it was, one
    filing on two days, the part denied with no hearing (S66-04).  `keys`: the petitions' keys of
    the typing, of the record stored and of `put` (`petition_keys`, `as_record`), which find the
    filing on the other side when its day was corrected there."""
    for case in put.cases:
        was = next((c for c in typed_on.cases if c.id == case.id), None)
        sides = [next((c for c in record.cases if c.id == case.id), None) for record in (typed, stored)]
        if was is None or None in sides:
            continue
        for n, source in enumerate(was.petitions):
            filing = (source.remedy, source.filed_on)
            if sum((p.remedy, p.filed_on) == filing for p in was.petitions) != 1:
                continue  # two petitions of one remedy filed one day already: which is which, unknown
            for split, whole, theirs, whole_keys in ((sides[0], sides[1], True, keys and keys[1]), (sides[1], sides[0], False, keys and keys[0])):
                parts = [p for p in split.petitions if (p.remedy, p.filed_on) == filing]
                same = [p for p in whole.petitions if (p.remedy, p.filed_on) == filing]
                if whole_keys and not same:
                    # Its day filed corrected on that side: the filing is the petition with its key.
                    same = [p for p, key in zip(whole.petitions, whole_keys.get(case.id, [])) if key == f"{case.id}/{n}"]
                if len(parts) < 2 or len(same) != 1 or (same[0].hearing_on, same[0].filed_on) == (source.hearing_on, source.filed_on):
                    continue
                keep_hearing = not theirs and any(p.hearing_on != source.hearing_on for p in parts)  # theirs stays, on each part
                put_keys = keys[2].get(case.id, []) if keys else [None] * len(case.petitions)
                for petition, key in zip(case.petitions, put_keys):
                    if petition.remedy != source.remedy or not (
                            key == f"{case.id}/{n}" or petition.filed_on == source.filed_on and (key is None or "/typed" in key or "/stored" in key)):
                        continue
                    if same[0].filed_on != source.filed_on:
                        petition.filed_on = same[0].filed_on
                    if same[0].hearing_on != source.hearing_on and not keep_hearing:
                        petition.hearing_on = same[0].hearing_on
    return put


def parts_of_a_filing_removed(typed_on: Client, typed: Client, keys: PetitionKeys, put: Client, put_keys: PetitionKeys) -> None:
    """`put` (the typing put back over the record stored, its petitions' keys `put_keys`) without
    the parts of a filing made two petitions here ("Granted in part...", H63) that the other desk
    removed.  The merge pairs the filing with one part, which, removed there, is not put back and
    is said; the other part, a petition added here alone, was put back: the counts denied came
    back as a petition of their own, the counts granted were said not put back, and a petition
    the other desk had taken off (entered on the wrong case, say) stood denied, half a ruling.
    The parts are one filing, removed there: neither is put back, and each is said."""
    for case in put.cases:
        was = next((c for c in typed_on.cases if c.id == case.id), None)
        mine = next((c for c in typed.cases if c.id == case.id), None)
        if was is None or mine is None:
            continue
        for n, source in enumerate(was.petitions):
            filing = (source.remedy, source.filed_on)
            if (f"{case.id}/{n}" in keys.get(case.id, []) or sum((p.remedy, p.filed_on) == filing for p in was.petitions) != 1
                    or sum((p.remedy, p.filed_on) == filing for p in mine.petitions) < 2):
                continue  # kept there, two of one remedy and day already (which is which?), or not split here
            gone = [m for m, (p, key) in enumerate(zip(case.petitions, put_keys[case.id]))
                    if (p.remedy, p.filed_on) == filing and "/typed" in key]
            case.petitions = [p for m, p in enumerate(case.petitions) if m not in gone]
            put_keys[case.id] = [key for m, key in enumerate(put_keys[case.id]) if m not in gone]


def asking_for_counts_removed(typed: Client, stored: Client, put: Client) -> list[tuple[str, Petition, list[str]]]:
    """The petitions the typing added or changed, put back asking relief for counts the other
    desk took off the case since (case id, the petition, those counts as written here).  Such a
    petition is put back as typed, the count kept with it as written (`Petition.counts_removed`),
    and the warning said nothing of it: "with what you typed put back over it: check it", a
    petition for a count no longer on the case, the tick "(no longer on the case)" the only sign."""
    out = []
    for case in put.cases:
        mine = next((c for c in typed.cases if c.id == case.id), None)
        theirs = next((c for c in stored.cases if c.id == case.id), None)
        if mine is None or theirs is None:
            continue
        on_case = {count.id for count in case.convictions}
        typed_counts = {count.id: count.citation for count in mine.convictions}
        for petition in case.petitions:
            if petition in theirs.petitions:
                continue  # theirs as they saved it: their doing, not the typing's
            gone = [typed_counts[key] for key in petition.convictions if key not in on_case and key in typed_counts]
            if gone:
                out.append((case.id, petition, gone))
    return out


def ledger_twice(typed_on: Client, stored: Client, moves: list[LedgerMove]) -> list[LedgerMove]:
    """The payments the typing added that their ledger got since, as far as a ledger can tell:
    the same kind, day and amount, and no other receipt number (ChecklistView's "The ledger
    already has this payment", K29-05).  One receipt recorded at the front desk and on the
    Checklist was put back into the ledger twice, counted paid twice, with not a word (S64-04);
    two equal installments on one day happen, so it is said, not left out."""
    twice = []
    for case_id, kind, payment in moves:
        if kind == "added" and any((p.kind, p.date, p.amount) == (payment.kind, payment.date, payment.amount)
                                   and (p.receipt is None or payment.receipt is None or p.receipt == payment.receipt)
                                   for p in _theirs_since(typed_on, stored, case_id)):
            twice.append((case_id, kind, payment))
    return twice


def ledger_maybe_twice(typed_on: Client, stored: Client, moves: list[LedgerMove]) -> list[tuple[str, Payment, Payment]]:
    """(case, the payment the typing added, theirs) for each payment their ledger got since of the
    same debt and day with another amount (model.maybe_typed_twice): receipt R-1001 for $50 at the
    front desk, typed $500 on the Checklist, was put back beside it, $550 counted paid on one
    receipt, with not a word (Z64).  Both stay, said as a possible double."""
    return [(case_id, payment, p) for case_id, kind, payment in moves if kind == "added"
            for p in _theirs_since(typed_on, stored, case_id) if maybe_typed_twice(p, payment)]


def _theirs_since(typed_on: Client, stored: Client, case_id: str) -> list[Payment]:
    """The payments of a case their ledger (`stored`) has that it did not when the typing began."""
    new_there = next((list(case.money.payments) for case in stored.cases if case.id == case_id and case.money is not None), [])
    for old in next((case.money.payments for case in typed_on.cases if case.id == case_id and case.money is not None), []):
        if old in new_there:
            new_there.remove(old)
    return new_there


# ---- typing and their change that contradict each other: the block kept as they saved it ----

KeptAsSaved = tuple[str, Exception]  # a case's id (or "person", "client"), and why it was kept as saved


def as_record(put: dict, stored: dict) -> tuple[Client, PetitionKeys, list[KeptAsSaved]]:
    """`put` (`typing_over`'s record over `stored`, both with petition keys) read as a client,
    with its petitions' keys.  What was typed and what the other desk saved may each be right
    alone and contradict each other: an early termination typed from the minute order after
    the ordered end they put right, a disposition day typed before the arrest day they entered.
    Such a record cannot be read; R64-05 then kept their record whole and put back nothing
    typed, not even a note typed elsewhere in the record.  The block the problem is in (its
    case, with the case's petitions; else the person; else the client's own facts) is taken
    as they saved it until the record reads, and the rest of the typing is put back (S64-02).
    Also returns the blocks so kept, each with the problem met, for the caller to say what was
    typed in them; as a last resort the record is theirs, whole (the block "")."""
    from clinic_app.screening_format import FormatError, client_from_request

    put_whole = put  # as typing_over made it, each block with its typing
    put = copy.deepcopy(put)
    kept: list[KeptAsSaved] = []
    for _ in range(len(put.get("cases") or []) + 3):
        merged, keys = without_petition_keys(put)
        try:
            client = client_from_request(merged)
        except (FormatError, KeyError, TypeError, ValueError) as problem:
            block = _block_of(problem, merged, put, stored)
            kept.append((block or "", problem))
            if block is None:
                break
            _theirs_for(block, put, stored)
            continue
        return (*_typing_again(put_whole, put, kept, (client, keys)), kept)
    if kept[-1][0]:
        kept.append(("", kept[-1][1]))  # each block theirs and still no record: theirs whole
    merged, keys = without_petition_keys(stored)
    return client_from_request(merged), keys, kept


def _typing_again(put_whole: dict, put: dict, kept: list[KeptAsSaved], read: tuple[Client, PetitionKeys]) -> tuple[Client, PetitionKeys]:
    """The record `as_record` read, with the typing put back in each block kept as saved before
    the last that the record reads without: a case was kept first, as the problem's path was in
    it, while the date of birth typed here was what contradicts their date in it, and the person
    was kept then too; the county typed in that case contradicted nothing, and was listed to type
    again and not put back (S66-02).  Such a block is taken out of `kept`."""
    from clinic_app.screening_format import FormatError, client_from_request

    for block, problem in list(kept[:-1]):
        if block not in ("person", "client") and not any(case.get("id") == block for case in put.get("cases") or []):
            continue  # a case added here, taken out: its place is gone (what was typed in it is said)
        tried = copy.deepcopy(put)
        _theirs_for(block, tried, put_whole)
        merged, keys = without_petition_keys(tried)
        try:
            read = client_from_request(merged), keys
        except (FormatError, KeyError, TypeError, ValueError):
            continue
        put.clear()
        put.update(tried)
        kept.remove((block, problem))
    return read


def _block_of(problem: Exception, merged: dict, put: dict, stored: dict) -> str | None:
    """The block of `put` that `problem` (met reading `merged`, `put` without petition keys)
    is in and that is not yet as they saved it: a case's id, "person" or "client"; None when
    each such block is theirs already."""
    path = getattr(problem, "path", "") or ""
    at = _case_at(path, merged)
    own = next((key for key in ("person", "client") if _own(put, key) != _own(stored, key)), None)
    if at is not None:
        theirs_case = next((case for case in stored.get("cases") or [] if case.get("id") == at), None)
        if theirs_case is None and own is not None:
            # A case added here (nothing of theirs in it) that contradicts the person typed here
            # too: the person goes back to theirs first, and the whole case typed is kept if it
            # then reads.
            return own
        mine = next((case for case in put.get("cases") or [] if case.get("id") == at), None)
        if mine != theirs_case or _petitions_of(put, at) != _petitions_of(stored, at):
            return at
    # Their case as they saved it may still contradict the person typed here (a date of birth
    # after their conviction day): the person, then the client's own facts.
    return own


def _case_at(path: str, merged: dict) -> str | None:
    """The id of the case a problem's path is in: "cases[1]..." or a petition naming it."""
    import re

    for pattern, listed in ((r"cases\[(\d+)\]", lambda: merged.get("cases")),
                            (r"client\.petitions\[(\d+)\]", lambda: (merged.get("client") or {}).get("petitions"))):
        at = re.match(pattern, path)
        if at is not None:
            try:
                block = listed()[int(at.group(1))]
                return block["case"] if "case" in block else block["id"]
            except (IndexError, KeyError, TypeError):
                return None
    return None


def _petitions_of(record: dict, case_id: str) -> list:
    return [p for p in (record.get("client") or {}).get("petitions") or [] if p.get("case") == case_id]


def _own(record: dict, key: str) -> Any:
    """The person block, or the client block without its petitions (a case's, kept with it)."""
    block = record.get(key)
    if key == "client" and isinstance(block, dict):
        return {k: v for k, v in block.items() if k != "petitions"}
    return block


def _theirs_for(block: str, put: dict, stored: dict) -> None:
    """`block` of `put` made as they saved it, a case with its petitions; a case added here
    only has nothing of theirs to keep, and goes."""
    if block in ("person", "client"):
        petitions = (put.get("client") or {}).get("petitions")
        put[block] = copy.deepcopy(stored.get(block))
        if block == "client" and isinstance(put[block], dict):
            put[block].pop("petitions", None)
            if petitions is not None:
                put[block]["petitions"] = petitions
        return
    cases = put.get("cases") or []
    theirs = next((case for case in stored.get("cases") or [] if case.get("id") == block), None)
    index = next(n for n, case in enumerate(cases) if case.get("id") == block)
    if theirs is None:
        del cases[index]
    else:
        cases[index] = copy.deepcopy(theirs)
    client = put.get("client")
    if isinstance(client, dict):
        petitions = client.get("petitions") or []
        first = next((n for n, p in enumerate(petitions) if p.get("case") == block), len(petitions))
        rest = [p for p in petitions if p.get("case") != block]
        client["petitions"] = rest[:first] + copy.deepcopy(_petitions_of(stored, block)) + rest[first:]
