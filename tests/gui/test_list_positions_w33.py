"""W33-01: the caseload list finds a client's line by where it is kept, not by walking every
line (4-15 ms a line at 100,000 clients, for every save, re-screen and line followed from
another desk).  Figures: benchmarks/bench_list_update.py.  Here: the lines it shows stay right
through changes in place, moves, removals and additions, under a filter and a sort, the
selection staying on its client; and a line changed in place reads no other line."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt

from db.repository import ClientRow
from ui.models.caseload_model import COL_BEST, COL_NAME, CaseloadFilter, CaseloadModel, _sort_key

OUTCOMES = ("eligible_now", "eligible_on", "blocked", "needs_review", None)


def _lines(n: int, kind=ClientRow) -> list:
    return [kind(id=i + 1, name=f"Client {i:04d}", dob=date(1970, 1, 1) + timedelta(days=i), case_count=1, event=None,
                 language="en" if i % 3 else "es", best=OUTCOMES[i % 5],
                 best_date=date(2027, 1, 1) + timedelta(days=i % 9) if i % 5 in (1, 2) else None)
            for i in range(n)]


def _expected(model: CaseloadModel, flt: CaseloadFilter) -> list[int]:
    """The lines shown, worked out from scratch: every line the filter takes, in sort order."""
    column, order = model._sort or (COL_NAME, Qt.SortOrder.AscendingOrder)
    taken = [r for r in model.all_rows() if flt.accepts(r)]
    keys = [_sort_key(column, model.today())(r) for r in taken]
    assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)
    return [r.id for r in taken]


def _check(model: CaseloadModel, flt: CaseloadFilter) -> None:
    shown = [r.id for r in model.shown_rows()]
    assert shown == _expected(model, flt)
    for n, client_id in enumerate(shown):
        assert model.row_of_client(client_id) == n
        assert model.listed(client_id).id == client_id
    hidden = {r.id for r in model.all_rows()} - set(shown)
    assert all(model.row_of_client(client_id) is None for client_id in hidden)


def test_lines_stay_right_through_changes_moves_removals_and_additions_under_a_filter_and_a_sort(qtbot):
    model = CaseloadModel()
    model.sort(COL_BEST, Qt.SortOrder.DescendingOrder)
    model.set_rows(_lines(60))
    flt = CaseloadFilter(language="en")
    model.set_filter(flt)
    selection = QItemSelectionModel(model)
    chosen = model.shown_rows()[10]
    selection.select(model.index(10, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    def chosen_id():
        rows = selection.selectedRows()
        return model.row_at(rows[0].row()).id if rows else None

    _check(model, flt)
    model.update_client(replace(chosen, case_count=4))  # changed in place
    assert model.row_at(model.row_of_client(chosen.id)).case_count == 4
    _check(model, flt)
    other = model.shown_rows()[20]
    model.update_client(replace(other, best="eligible_now", best_date=None))  # moves in the sort
    _check(model, flt)
    model.update_client(replace(model.shown_rows()[3], language="es"))  # leaves the filter
    _check(model, flt)
    for client_id in (model.shown_rows()[0].id, model.all_rows()[-1].id, model.shown_rows()[5].id):
        model.remove_client(client_id)  # removed, one of them not shown
        _check(model, flt)
    added = replace(_lines(1)[0], id=500, name="Added Client", language="en", best="blocked", best_date=date(2027, 1, 4))
    model.update_client(added)  # a client added lands in its place
    _check(model, flt)
    assert model.row_of_client(500) is not None
    model.update_client(replace(model.listed(1), language="en"))  # brought into the filter
    _check(model, flt)
    model.update_client(replace(model.listed(500), case_count=3))  # the added one changed in place
    _check(model, flt)
    assert chosen_id() == chosen.id  # the selection stayed on its client throughout
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    model.update_client(replace(model.listed(500), name="Aaron Added"))  # renamed to the top
    _check(model, flt)
    assert model.row_of_client(500) == 0
    assert chosen_id() == chosen.id


reads = [0]
counted = {"name": "id"}  # the field whose reads are counted


@dataclass
class CountedRow(ClientRow):
    """A line that counts how often a field is read: a walk over the caseload reads them all."""

    def __getattribute__(self, name):
        if name == counted["name"]:
            reads[0] += 1
        return object.__getattribute__(self, name)


def test_a_line_changed_in_place_or_removed_reads_no_other_line(qtbot):
    counted["name"] = "id"
    model = CaseloadModel()
    lines = _lines(2000, CountedRow)
    model.set_rows(lines)
    model.set_filter(CaseloadFilter(language="en"))
    model.update_client(replace(lines[100], case_count=2))  # the places are made once
    reads[0] = 0
    model.update_client(replace(lines[1501], case_count=3))
    model.update_client(replace(lines[7], best="blocked", best_date=None, case_count=3))
    assert reads[0] < 40  # it read every line before them: 3,000 and more
    reads[0] = 0
    model.remove_client(lines[900].id)
    model.update_client(replace(lines[1700], case_count=5))
    assert reads[0] < 40
    _check(model, CaseloadFilter(language="en"))


def test_a_delete_takes_its_event_from_the_filter_without_reading_every_line(qtbot):
    """W33-02: deleting a client gathered the clinic events of every line again for the event
    filter (22 ms of the window's own part of a delete at 100,000 clients)."""
    counted["name"] = "event"
    lines = [replace(line, event=f"Fair {line.id % 4}") for line in _lines(2000, CountedRow)]
    lines[1500] = replace(lines[1500], event="Pomona fair")  # the only client of that event
    model = CaseloadModel()
    model.set_rows(lines)
    assert model.events() == ["Fair 0", "Fair 3", "Fair 2", "Fair 1", "Pomona fair"]  # the newest client first (W88-02)
    reads[0] = 0
    model.remove_client(lines[1500].id)
    assert model.events() == ["Fair 0", "Fair 3", "Fair 2", "Fair 1"]  # nobody left at it
    model.update_client(replace(lines[3], event="Compton fair"))  # moved to a new event
    model.update_client(replace(lines[0], id=9000, event="Fair 9"))  # added at one
    assert model.events() == ["Fair 9", "Fair 0", "Fair 3", "Fair 2", "Fair 1", "Compton fair"]
    assert reads[0] < 40  # every line's event was read at each: 2,000 and more
    model.set_rows(lines[:3])  # a new list: its events
    assert model.events() == ["Fair 3", "Fair 2", "Fair 1"]


def test_any_sequence_of_changes_keeps_the_lines_right(qtbot):
    """The index of where each line is (W33-01) against the lines worked out from scratch,
    over generated sequences of changes in place, moves, removals, additions, filters and
    sorts: the index heals itself when a change did not say where lines moved, and must never
    give a wrong line."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    step = st.one_of(
        st.tuples(st.just("change"), st.integers(0, 400), st.sampled_from(("case_count", "best", "language", "name"))),
        st.tuples(st.just("remove"), st.integers(0, 400), st.just("")),
        st.tuples(st.just("add"), st.integers(0, 400), st.just("")),
        st.tuples(st.just("filter"), st.integers(0, 2), st.just("")),
        st.tuples(st.just("sort"), st.sampled_from((COL_NAME, COL_BEST)), st.sampled_from(("up", "down"))),
    )
    filters = (CaseloadFilter(), CaseloadFilter(language="en"), CaseloadFilter(language="es"))

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.lists(step, min_size=1, max_size=25))
    def run(steps):
        model = CaseloadModel()
        model.set_rows(_lines(30))
        flt, next_id = CaseloadFilter(), 1000
        for kind, n, what in steps:
            rows = model.all_rows()
            if kind == "change" and rows:
                row = rows[n % len(rows)]
                changed = {"case_count": {"case_count": row.case_count + 1},
                           "best": {"best": OUTCOMES[(OUTCOMES.index(row.best) + 1) % 5], "best_date": date(2027, 2, n % 28 + 1)},
                           "language": {"language": "es" if row.language == "en" else "en"},
                           "name": {"name": f"Renamed {n:03d}"}}[what]
                model.update_client(replace(row, **changed))
            elif kind == "remove" and rows:
                model.remove_client(rows[n % len(rows)].id)
            elif kind == "add":
                next_id += 1
                model.update_client(replace(_lines(1)[0], id=next_id, name=f"New {n:03d}", language="en" if n % 2 else "es"))
            elif kind == "filter":
                flt = filters[n]
                model.set_filter(flt)
            elif kind == "sort":
                model.sort(n, Qt.SortOrder.AscendingOrder if what == "up" else Qt.SortOrder.DescendingOrder)
                qtbot.waitUntil(lambda: not model.sorting(), timeout=5000)
            _check(model, flt)

    run()
