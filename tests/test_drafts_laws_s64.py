"""Laws of drafts.typing_over and not_put_back, on records two desks changed from one base
(Hypothesis): mine (the typing) and theirs (the record as stored now), each with fields
changed, cases and counts added (keyed as model.new_record_id keys them, the same on both
desks), removed, and typed in.

- What mine did not type is theirs: each field mine left as it was is theirs in the record
  put back, and each block they added is there as they saved it.
- Nothing typed is dropped without a word: each field typed is in the record put back, or
  not_put_back names it (or the block it is in).
- The record put back has each key once in each list of blocks (S64-01)."""

from __future__ import annotations

import copy

from hypothesis import given, settings, strategies as st

from clinic_app.drafts import not_put_back, typing_over
from clinic_app.model import new_record_id

VALUES = st.sampled_from(["a", "b", "c", None])


def _base() -> dict:
    return {"client": {"notes": "", "phone": None},
            "cases": [{"id": f"c{n}", "county": "LA", "case_number": f"BA{n}",
                       "convictions": [{"id": f"c{n}-1", "section": "459", "level": "m"}],
                       "conditions": [{"kind": "class", "done": 1}]} for n in (1, 2)]}


@st.composite
def _changed(draw, base: dict) -> dict:
    record = copy.deepcopy(base)
    for _ in range(draw(st.integers(0, 4))):
        move = draw(st.sampled_from(["field", "case field", "count field", "add case", "remove case", "add count",
                                     "remove count", "hours"]))
        cases = record["cases"]
        if move == "field":
            record["client"][draw(st.sampled_from(["notes", "phone"]))] = draw(VALUES)
        elif move == "add case":
            # Never a key given before (model.new_record_id is given the keys reviews still name).
            key = new_record_id("c", [case["id"] for case in cases] + ["c1", "c2"])
            cases.insert(draw(st.integers(0, len(cases))), {"id": key, "county": draw(VALUES), "convictions": [], "conditions": []})
        elif not cases:
            continue
        elif move == "remove case":
            cases.pop(draw(st.integers(0, len(cases) - 1)))
        else:
            case = cases[draw(st.integers(0, len(cases) - 1))]
            counts = case["convictions"]
            if move == "case field":
                case[draw(st.sampled_from(["county", "case_number"]))] = draw(VALUES)
            elif move == "add count":
                counts.append({"id": new_record_id(case["id"] + "-", [c["id"] for c in counts] + [case["id"] + "-1"]), "section": draw(VALUES), "level": "m"})
            elif move == "hours":
                case["conditions"] = [{"kind": "class", "done": draw(st.integers(0, 3))}]
            elif counts and move == "remove count":
                counts.pop(draw(st.integers(0, len(counts) - 1)))
            elif counts:
                counts[draw(st.integers(0, len(counts) - 1))][draw(st.sampled_from(["section", "level"]))] = draw(VALUES)
    return record


def _ided(items) -> bool:
    return isinstance(items, list) and all(isinstance(item, dict) and "id" in item for item in items)


def _leaves(record, path=(), out=None) -> dict:
    """Each field as {path by key: value}, blocks with ids named by their id."""
    out = {} if out is None else out
    if isinstance(record, dict):
        for key, value in record.items():
            _leaves(value, (*path, key), out)
    elif _ided(record) and (record or path[-1:] in (("cases",), ("convictions",))):
        for item in record:
            out[(*path, f"#{item['id']}")] = "here"
            _leaves(item, (*path, f"#{item['id']}"), out)
    else:
        out[path] = record
    return out


def _by_ids(record, path: str) -> tuple:
    """not_put_back's path ("cases[1].county", places of `record`) as _leaves' path."""
    out, here = [], record
    for part in path.replace("[", ".[").split("."):
        if part.startswith("["):
            index = int(part[1:-1])
            here = here[index]
            out.append(f"#{here['id']}" if isinstance(here, dict) and "id" in here else part)
        else:
            here = here.get(part) if isinstance(here, dict) else None
            out.append(part)
    return tuple(out)


@st.composite
def _three(draw):
    base = _base()
    return base, draw(_changed(base)), draw(_changed(base))


@settings(max_examples=400, deadline=None)
@given(_three())
def test_theirs_is_kept_where_mine_did_not_type_and_nothing_typed_goes_unsaid(three):
    base, mine, theirs = three
    put = typing_over(base, mine, theirs)
    for items in (put["cases"], *(case.get("convictions", []) for case in put["cases"])):
        assert len({item["id"] for item in items}) == len(items), put  # each key once (S64-01)
    b, m, t, p = (_leaves(record) for record in (base, mine, theirs, put))
    for path, value in t.items():
        if m.get(path, "absent") == b.get(path, "absent") and all(m.get(path[:i]) == b.get(path[:i]) for i in range(1, len(path))):
            assert p.get(path, "absent") == value, (path, put)  # not typed here: theirs
    said = [(_by_ids(mine, where) if why != "changed there, kept" else _by_ids(put, where), why)
            for where, why in not_put_back(base, mine, put)]
    for path, value in m.items():
        if b.get(path, "absent") == value or p.get(path, "absent") == value:
            continue
        if any(path[:len(where)] == where or where[:len(path)] == path for where, _why in said):
            continue
        # A block added on both with one key: mine is there under a key of its own.
        block = next((i for i in range(len(path)) if path[i].startswith("#") and path[:i + 1] not in b), None)
        assert block is not None and any(leaf[:block] == path[:block] and leaf[block + 1:] == path[block + 1:] and p[leaf] == value for leaf in p), (path, value, put, said)
    for path, value in b.items():  # a block taken out here: gone, or kept as they changed it and said
        if path not in m and path in p and path[-1].startswith("#"):
            assert any(where == path for where, why in said) or p.get(path) == t.get(path), (path, put, said)


def test_with_nothing_typed_the_record_is_theirs_and_with_nothing_saved_there_it_is_mine():
    base, mine = _base(), _base()
    mine["client"]["notes"] = "Works nights."
    theirs = _base()
    theirs["cases"].pop()
    assert typing_over(base, base, theirs) == theirs
    assert typing_over(base, mine, base) == mine
