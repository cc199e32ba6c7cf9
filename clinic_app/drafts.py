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

from typing import Any

_ABSENT = object()  # a key one of the three records does not have


def typing_over(typed_on: Any, typed: Any, stored: Any) -> Any:
    """`stored` with the changes from `typed_on` (the record the typing was made on) to
    `typed` (the draft) made on it.  Blocks are merged key by key, and lists of blocks with
    ids (the cases) item by item when the three have the same ids in the same order; any
    other value both sides changed, each otherwise, is the stored one."""
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
    if _same_ids(typed_on, typed, stored):
        return [typing_over(a, b, c) for a, b, c in zip(typed_on, typed, stored)]
    return stored


def _same_ids(*lists: Any) -> bool:
    """Whether each of `lists` is a list of blocks with the same ids in the same order."""
    ids = []
    for items in lists:
        if not isinstance(items, list) or not all(isinstance(item, dict) and item.get("id") is not None for item in items):
            return False
        ids.append([item["id"] for item in items])
    return all(found == ids[0] for found in ids)
