"""The caseload list: a virtual table model over `Repository.list_clients` rows.

The model keeps every row as the repository returned it (`_all`) and the rows the user
currently sees (`_shown`: filtered, then sorted).  Filtering and sorting happen here over
plain Python lists, not in `QSortFilterProxyModel.filterAcceptsRow` / `lessThan`: at
100,000 clients, one Python call per row per keystroke (or n log n calls per sort) costs
seconds, while a list comprehension over a set of matching ids costs milliseconds.
`CaseloadProxy` is still the view's model, so a view-level filter can be layered on, but it
forwards `sort` to this model.  (Model: Vorta's `ArchiveTableModel` with its sort role.)
"""

from __future__ import annotations

from bisect import bisect_right, insort
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor

from clinic_app.matching import NameWords, PersonKeys, alphabetical, named_as_searched_first, person_key, whole_name_searched
from clinic_app.court import hearing_within, hearings_held
from clinic_app.line_action import line_day_awaited, next_action, next_action_in_full, next_action_said
from clinic_app.outstanding_order import how_much_outstanding
from clinic_app.probation_ended import OthersRunning, outstanding_besides, said as probation_end_said
from clinic_app.review import attorney_waits_for, awaits_attorney
from clinic_app.summary import eligible_within, line_listed_under, newly_eligible, outcome_text, outstanding_said, something_outstanding
from clinic_app.wording import born_said
from ui.models.rows_table import RowsTableModel

# Columns, in the order shown.
COL_NAME, COL_DOB, COL_CASES, COL_EVENT, COL_BEST, COL_NEXT, COL_OUTSTANDING = range(7)
HEADERS = ("Name", "Date of birth", "Cases", "Clinic event", "Best outcome", "Next action", "Outstanding")

SortRole = Qt.ItemDataRole.UserRole + 1  # native, comparable values for sorting
ClientIdRole = Qt.ItemDataRole.UserRole + 2  # the client's database id
OutcomeRole = Qt.ItemDataRole.UserRole + 3  # the machine name of the best outcome
# The Next action in fewer words, for a list too narrow for it (None: it has none): made with
# the whole words (next_action_said), never found by matching them again (Z55).
ShortNextActionRole = Qt.ItemDataRole.UserRole + 4
# The day the Next action's words end with, as they say it ("2026-12-21"; None: they end with
# none), for a narrow list to keep whole where it cuts them: made with the words
# (NextAction.trailing_day), never found in them again (D58-02).
NextActionDayRole = Qt.ItemDataRole.UserRole + 5
# The Outstanding column's labels, one by one, for a list too narrow for all of them to say
# those that fit whole and how many more (B65-02): never found by cutting the cell's words at
# their commas, which a label has too ("fines $1,200", a condition's own words).
OutstandingLabelsRole = Qt.ItemDataRole.UserRole + 6

# Soft backgrounds readable in both the light and the dark palette (text stays the palette's).
OUTCOME_COLOURS = {
    "eligible_now": QColor(46, 160, 67, 70),
    "eligible_on": QColor(56, 139, 253, 60),
    "blocked": QColor(218, 54, 51, 60),
    "needs_review": QColor(210, 153, 34, 80),
}
NARROW_SEARCH = 1500  # below this many matches, sorting the matches beats scanning the caseload
# From this many clients a header click's sort runs on a worker and the list takes the new
# order when it is done (P29B-03: 0.1-0.3 s held per click at 100,000); below, at once.
SORT_ON_A_WORKER_FROM = 20_000
# Under Review needed, the queue's words are read for the line asked for and the lines after
# it, up to this many, in one batched read: about two screens' worth.  Read one line at a
# time, a page of the queue at 100,000 clients held the window 30-60 ms (S71-02).
AWAITING_READ_AHEAD = 64
# What sorting by Outstanding puts first, in its header's tooltip (clinic_app.outstanding_order):
# a fine whose payments are not recorded had sorted as $0 owed, before "fines $5" (R66).
OUTSTANDING_ORDER_SAID = ("Sorted: nearest relief first. Fewest things in the way (each case counted), then "
                          "restitution or a protective order, then an amount not recorded after the amounts known, "
                          "then money owed, sessions or hours to do, and the day a probation or order runs to.")
_ORDER = {"eligible_now": 0, "eligible_on": 1, "needs_review": 2, "blocked": 3, "nothing_available": 4, None: 5}


@dataclass(frozen=True)
class CaseloadFilter:
    """What the caseload list is narrowed to.  None / False means "do not filter on it"."""

    ids: frozenset[int] | None = None  # the full-text search's matches
    # A BestOutcome machine name, a half of eligible now or later (OUTCOME_HALVES), "filed" or
    # "to_enter" or "not_screened" (clinic_app.summary.line_listed_under).
    outcome: str | None = None
    event: str | None = None
    language: str | None = None
    outstanding: bool = False  # only clients with something still outstanding
    review: bool = False  # only clients awaiting an attorney's review (awaits_attorney)
    duplicates: frozenset[int] | None = None  # only these: clients sharing a name and date of birth
    # Only those eligible later on this day or before (U30-03): their best outcome's day, or a
    # petition's after automatic relief (J50); with `to_file`, a petition's day only.
    eligible_by: date | None = None
    to_file: bool = False
    # Only those who became eligible now on this day or after (Q46-01; kept in the caseload
    # since E48: ClientRow.eligible_now_since).
    newly_eligible_since: date | None = None
    # Only those with a hearing of a petition awaiting a ruling from this day to that (P53):
    # the hearings the clinic must prepare for.
    hearing_from: date | None = None
    hearing_by: date | None = None
    # Only these: clients whose probation ended in the month chosen (Repository.probation_ended,
    # read from the cases as stored; K64-02), each with the day and the case, said on the line
    # (W102-03).
    probation_ended: Mapping[int, tuple[date, str | None]] | None = None
    # Of those, the ones whose other probation runs on, said on the line as the terminal says it
    # (Repository.probation_running_on; Z119-01).
    probation_running_on: Mapping[int, OthersRunning] | None = None
    # Only those a remedy can help (a key: "prop47"): their newest screening finds it eligible
    # now or on a later day, for some case or count (ClientRow.remedies, F75-01).
    remedy: str | None = None
    # Only these: clients with a case heard in the county chosen (Repository.clients_in_county,
    # read from the cases as stored; F75-02).
    in_county: frozenset[int] | None = None
    # Only these: clients whose newest screening was made by older rules than the program's
    # (Repository.screened_by_older_rules, as the status line counts them; K374-04).
    older_rules: frozenset[int] | None = None

    def accepts(self, row: Any) -> bool:
        if self.ids is not None and row.id not in self.ids:
            return False
        if self.outcome is not None and not line_listed_under(self.outcome, row):
            return False
        if self.hearing_by is not None and not hearing_within(row.court, self.hearing_from or date.min, self.hearing_by):
            return False
        if self.eligible_by is not None and not eligible_within(row.best, row.best_date, row.automatic_only, row.file_on,
                                                                self.eligible_by, self.to_file):
            return False
        if self.event is not None and row.event != self.event:
            return False
        if self.language is not None and row.language != self.language:
            return False
        if self.remedy is not None and not row.can_help(self.remedy):
            return False
        if self.outstanding and not something_outstanding(row):  # as `clinic-app list --outstanding` (K374-02)
            return False
        if self.duplicates is not None and row.id not in self.duplicates:
            return False
        if self.probation_ended is not None and row.id not in self.probation_ended:
            return False
        if self.in_county is not None and row.id not in self.in_county:
            return False
        if self.older_rules is not None and row.id not in self.older_rules:
            return False
        if self.newly_eligible_since is not None and not newly_eligible(row.eligible_now_since, self.newly_eligible_since):
            return False
        # Awaiting, not merely "the screening needs review": a client whose every needs-review
        # result was reviewed, on the facts and answers shown, has left the queue (A29-01).
        return not (self.review and not awaits_attorney(row))



def person_keys(rows: list[Any]) -> PersonKeys:
    """`rows` (caseload lines) by person key: those that share a name and date of birth with
    another are the possible duplicates."""
    return PersonKeys((r.id, r.name, r.dob) for r in rows)


def _sort_key(column: int, today: date):
    """A key function for `column` (None sorts last) on `today` (a plain day: the key runs on
    a worker, so it reads no clock and no window), giving one string or one whole number:
    those compare in C at once, where tuples and dates took most of a 100,000-line sort, all
    of it holding Python's lock, so the window waited even for a sort on a worker (P29B-03)."""
    far = date.max.toordinal()

    def day(d: date | None) -> int:
        return d.toordinal() if d is not None else far

    def name(r) -> str:
        folded, whole = alphabetical(r.name)  # accents set aside: "Gómez" before "Gutiérrez"
        return f"{folded}\0{whole}"  # as the pair orders them: no name holds a NUL, the least character

    keys = {
        COL_NAME: name,
        COL_DOB: lambda r: day(r.dob),
        COL_CASES: lambda r: r.case_count,
        COL_EVENT: lambda r: "\1" if r.event is None else "\0" + r.event.casefold(),  # no event last
        COL_BEST: lambda r: _ORDER.get(r.best, 9) * (far + 1) + day(r.best_date),
        # By the day the column shows (filing now first, then by day, then the undated), the
        # kind of action breaking ties: one whole number, as the others (U30-01).
        # Automatic relief alone after the filings of the same day, today's (N47) or a later
        # one's (A48): nothing to prepare.
        # A hearing held with no ruling entered first among lines of the same day, the longest
        # waiting first: among 2,300 lines "File now" of today's work, the 53 rulings to chase
        # sorted by name, one held a month before (H371-02).
        COL_NEXT: lambda r: (day(next_action_said(r, today)[1]) * 8 + (7 if r.automatic_only else _ORDER.get(r.best, 6))) * (far + 1)
        + _held_longest_first(r.court, today, far),
        # How much stands between the client and relief, each case counted: the number of
        # labels counted "fines $706 (2 cases)" as one, and left "$1,200" beside "$70" (Z64).
        COL_OUTSTANDING: lambda r: how_much_outstanding(r.outstanding),
    }
    return keys[column]


def _held_longest_first(line, today: date, far: int) -> int:
    """Below 0 for a line with a hearing held and no ruling entered, the lower the longer it
    has waited (by its first such hearing); 0 for any other: added to a sort key that counts
    in steps of `far` + 1, it orders lines of the same key and no others."""
    held = hearings_held(line, today)
    return min(held).toordinal() - (far + 1) if held else 0


_sorts: QThreadPool | None = None


def _sort_pool() -> QThreadPool:
    """The thread the caseload's sorts run on: their own, so a header click is not queued
    behind a re-screen, a backup or a report on the shared pool's threads."""
    global _sorts
    if _sorts is None:
        _sorts = QThreadPool()
        _sorts.setMaxThreadCount(1)
    return _sorts


class CaseloadModel(RowsTableModel):
    """Rows of the caseload, filtered and sorted in Python for speed at 100,000 clients."""

    HEADERS = HEADERS

    # A sort's new order is shown (at once, or when its worker is done), for the view to show
    # the client chosen where it now is (CaseloadView._chosen_in_view).
    sorted_shown = Signal()

    def __init__(self, parent=None, *, today: Callable[[], date] = date.today,
                 awaiting: Callable[[list[int]], dict[int, str | None]] | None = None):
        super().__init__(parent)
        # What clients on the attorney's queue await review for, in a few words, by id
        # (clinic_app.review.awaiting_of_many), read for lines the queue shows and kept until
        # the line changes: the queue's lines read "File now" and not why the client was on
        # it (closing note 45; C70-01).
        self.awaiting = awaiting
        self._awaiting_said: dict[int, str | None] = {}
        self._asked_at = -1  # the line `data` was last asked of: where the words are read from
        # The day the Next action speaks for (a hearing passed, Q54): the view's, read on the
        # window's thread and handed to the sort keys as a plain day.
        self.today = today
        self._all: list[Any] = []  # every client; self._rows holds those the filter shows
        self._filter = CaseloadFilter()
        # Every line's person key (None until asked for), kept as lines change (P29B-02), and
        # duplicate_ids() made from it, kept until a name or birth date changes.
        self._people: PersonKeys | None = None
        self._duplicates: frozenset[int] | None = None
        # Pairs of another name or date of birth the merge offers (a name put right on a
        # laptop), as the caseload was read; counted while both lines are here (X45).
        self._put_right: set[frozenset[int]] = set()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._by_alias: dict[int, str] = {}  # the alias a search found a client by, said beside the name
        # The search box's text where it names a whole name, whose clients lead the lines it
        # finds (matching.named_as_searched_first, K374-01); "" for none.
        self._searched = ""
        # The counts at a glance, kept as lines come, change and go, not counted over the
        # whole caseload at each save (P29-03: three passes over 100,000 lines held the
        # window 0.15 s at each save, undo and return to the list): best outcomes (None: not
        # screened) and "review"; and the lines dated "eligible on" or "blocked until", by date.
        self._tally: Counter = Counter()
        self._dated: Counter = Counter()
        # How many lines name each clinic event (None until asked for), kept as lines change:
        # the event filter's choices were gathered over every line at each delete (22 ms at
        # 100,000 clients, W33-02).
        self._events: Counter | None = None
        # Of each event, the newest client's number (ids are never reused: the last taken in,
        # by intake or an import), kept with `_events`; those whose newest left are `_stale`.
        self._newest: dict[str, int] = {}
        self._stale: set[str] = set()
        # Changes to the lines (update_client, remove_client), and the sort running on a
        # worker: the number of changes it began after, and its task (see sort).
        self._changes = 0
        self._sorting: tuple[int, Any] | None = None
        # The words of the names (name_words), with the changes and the list they were made of.
        self._name_words: tuple[tuple[int, list[Any]], NameWords] | None = None
        # Where each client's line is in `_all` and in `_rows` (see _position): finding one
        # line walked the whole caseload, 4-15 ms at 100,000 clients for every save,
        # re-screen and line followed from another desk (W33-01).
        self._positions: dict[str, tuple[list[Any], dict[int, int], list[int]]] = {}

    # ---- loading ---------------------------------------------------------------------

    def set_rows(self, rows: list[Any], people: PersonKeys | None = None, put_right: set[frozenset[int]] | None = None) -> None:
        """Replace the whole caseload (after opening, a re-screen, an import).

        `people` is `person_keys()` of these rows where the caller has it already: the
        window's background read works it out on its worker (P29-01: folding 100,000 names
        held the window 0.7 s as the list first showed).  `put_right` are the pairs of
        another name or date of birth the merge offers (Repository.put_right_pairs), possible
        duplicates too."""
        self.beginResetModel()
        self._all = list(rows)  # the repository gives them by name
        self._awaiting_said.clear()
        self._sorting = None  # sorted here, below
        self._people, self._duplicates = people, None
        self._put_right = set(put_right or ())
        self._tally, self._dated, self._events = Counter(), Counter(), None
        for row in self._all:
            self._count(row, 1)
        if self._sort is not None and self._sort != (COL_NAME, Qt.SortOrder.AscendingOrder):
            column, order = self._sort
            self._all.sort(key=_sort_key(column, self.today()), reverse=order == Qt.SortOrder.DescendingOrder)
        self._rows = self._apply(self._all)
        self.endResetModel()

    def set_put_right(self, pairs: set[frozenset[int]]) -> None:
        """The pairs of another name or date of birth the merge offers, read after the lines
        (L47-01: with them, the list showed up to twice as late): the possible duplicates are
        made again when next asked; no line changes."""
        self._put_right = set(pairs)
        self._duplicates = None

    def set_filter(self, flt: CaseloadFilter, in_place: bool = False) -> None:
        """Show only the rows `flt` accepts (keeping the current sort); `in_place`: the lines
        still shown keep their place in the view and its selection, as after a sort."""
        if flt == self._filter:
            return
        if in_place:
            self._filter = flt
            self._relayout(lambda: self._apply(self._all))
            return
        self.beginResetModel()
        self._filter = flt
        self._rows = self._apply(self._all)
        self.endResetModel()

    def current_filter(self) -> CaseloadFilter:
        return self._filter

    def set_found_by_alias(self, found: dict[int, str]) -> None:
        """The clients the search found by an alias, not their name, and the alias
        (`Repository.found_by_alias`; {} with no search): the Name column says "Héctor Ibáñez
        (alias: Mónica Ibáñez)", so a line found for another name says why it is there (E27B-01)."""
        if found == self._by_alias:
            return
        self._by_alias = found
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_NAME), self.index(len(self._rows) - 1, COL_NAME))

    def set_searched(self, text: str) -> None:
        """The search box's text: where it is a whole name, the clients of exactly that name are
        shown first among those it finds, the rest in the list's order, as `clinic-app list
        --search` lists them (K374-01).  A text finding the same clients, one letter more or
        less ("Carmen Góm", "Carmen Gómez"), shows them again in that order."""
        searched = text if whole_name_searched(text) else ""
        if whole_name_searched(searched) == whole_name_searched(self._searched):
            self._searched = searched
            return
        self._searched = searched
        if self._filter.ids is not None:
            self._relayout(lambda: self._apply(self._all))

    def set_search_match(self, client_id: int, matches: bool) -> None:
        """Whether the search box's text, asked again after an edit, finds `client_id`: the
        matches the filter holds were read when the search was typed (W23C-01: a client
        renamed out of the search kept their line, one renamed into it did not appear).
        The lines shown follow at the next `update_client`."""
        ids = self._filter.ids
        if ids is None or (client_id in ids) == matches:
            return
        ids = ids | {client_id} if matches else ids - {client_id}
        self._filter = replace(self._filter, ids=ids)

    def set_probation_ended(self, client_id: int, ended: tuple[date, str | None] | None,
                            others: OthersRunning | None = None) -> None:
        """Whether `client_id`'s probation, read again after an edit, ended in the month the
        filter shows (its day and case, or None), and what their other grants say beside it
        (`others`), as `set_search_match` does for the search."""
        found, running = self._filter.probation_ended, self._filter.probation_running_on or {}
        if found is None or (found.get(client_id), running.get(client_id)) == (ended, others):
            return
        found = {key: value for key, value in found.items() if key != client_id} | ({client_id: ended} if ended else {})
        running = {key: value for key, value in running.items() if key != client_id} | (
            {client_id: others} if ended and others else {})
        self._filter = replace(self._filter, probation_ended=found, probation_running_on=running)

    def set_in_county(self, client_id: int, within: bool) -> None:
        """Whether `client_id` has a case in the county the filter shows, read again after an
        edit, as `set_search_match` does for the search."""
        ids = self._filter.in_county
        if ids is None or (client_id in ids) == within:
            return
        self._filter = replace(self._filter, in_county=ids | {client_id} if within else ids - {client_id})

    def update_client(self, row: Any) -> None:
        """One client's line changed (an edit, a re-screen): update it in place or add it.

        A line whose place in the sort order changed (a client renamed, or added by intake
        or the record form) moves to its place, the selection staying on the same clients
        (W21-24: it kept its old row, or went to the end of the list).

        A line shown that the filter no longer takes leaves the list, whether or not it moved
        (W23-14: it stayed, "Needs review" listed under Eligible now, when its place held, and
        left when it moved); removed row by row, so the view's selection goes to the nearest
        line left."""
        self._changes += 1
        self._awaiting_said.pop(row.id, None)  # read again if shown in the queue
        i = self._position("all", row.id)
        if i is not None:
            old = self._all[i]
            self._all[i] = row
            self._count(old, -1)
            if (old.name, old.dob) != (row.name, row.dob):
                self._new_person_key(old, row)
        else:
            i = len(self._all)
            self._all.append(row)
            self._placed("all", row.id, i)
            self._new_person_key(None, row)
        self._count(row, 1)
        if getattr(self, "_by_id_of", None) is self._all:
            self._by_id[row.id] = row
        moved = not self._in_order(i)
        if moved:
            self._all.pop(i)
            i = self._place(row)
            self._all.insert(i, row)
            self._positions.pop("all", None)  # the lines between moved by one
        shown_at = self.row_of_client(row.id)
        if shown_at is not None and not self._filter.accepts(row):
            # The other lines keep their order: the one leaving is all that changes.
            self.beginRemoveRows(QModelIndex(), shown_at, shown_at)
            del self._rows[shown_at]
            self._taken_out("shown", row.id)
            self.endRemoveRows()
            return
        if moved:
            self._relayout(lambda: self._apply(self._all))
            if self._filter == CaseloadFilter():  # every line shown: in `_all`'s places, found again
                self._positions["all"] = (self._all, dict(self._positions["shown"][1]), [])
            return
        if self._named_first() and self._filter.ids is not None and (shown_at is not None or self._filter.accepts(row)):
            # A whole name searched leads the lines (K374-01), out of `_all`'s order: the line,
            # renamed into that name or out of it, found again in its place among them.
            self._relayout(lambda: self._apply(self._all))
            return
        if shown_at is not None:
            self._rows[shown_at] = row
            self.dataChanged.emit(self.index(shown_at, 0), self.index(shown_at, len(HEADERS) - 1))
            return
        if self._filter.accepts(row):
            # In its place among the lines shown, which keep the caseload's order: a client
            # an undo brought back into the filter went to the end of the list (W23-04).  The
            # search's matches are asked again for an edited client (set_search_match), so a
            # client the search now finds joins too.
            at = self._shown_place(i)
            self.beginInsertRows(QModelIndex(), at, at)
            self._rows.insert(at, row)
            self._positions.pop("shown", None)
            self.endInsertRows()

    def remove_client(self, client_id: int) -> None:
        self._changes += 1
        i = self._position("all", client_id)
        if i is not None:
            gone = self._all[i]
            self._count(gone, -1)
            self._new_person_key(gone, None)
            # Taken out of this list, not a new list made without it: the index by id (listed)
            # stays good, where a new list had it made again over the whole caseload.
            del self._all[i]
            self._taken_out("all", client_id)
            if getattr(self, "_by_id_of", None) is self._all:
                self._by_id.pop(client_id, None)
        shown_at = self.row_of_client(client_id)
        if shown_at is not None:
            self.beginRemoveRows(QModelIndex(), shown_at, shown_at)
            del self._rows[shown_at]
            self._taken_out("shown", client_id)
            self.endRemoveRows()

    def _position(self, which: str, client_id: int) -> int | None:
        """Where `client_id`'s line is in `_all` ("all") or in `_rows` ("shown"), or None.

        Made when first asked for a list, and made again for a new list (a load, a sort, a
        filter: they replace the list).  A line changed in its place keeps it; one taken out
        is noted beside it (`_taken_out`: the lines after it are one place nearer the top);
        one moved within the list drops it (update_client)."""
        rows = self._all if which == "all" else self._rows
        held = self._positions.get(which)
        if held is None or held[0] is not rows:
            held = (rows, {r.id: n for n, r in enumerate(rows)}, [])
            self._positions[which] = held
        at = held[1].get(client_id)
        if at is not None:
            at -= bisect_right(held[2], at)
            if not 0 <= at < len(rows) or rows[at].id != client_id:
                # A change that moved lines and did not say so: never trusted, made again.
                del self._positions[which]
                return self._position(which, client_id)
        return at

    def _taken_out(self, which: str, client_id: int) -> None:
        """`client_id`'s line was taken out of the list: those after it moved up by one,
        noted where it stood as the index was made (no walk over the lines after it)."""
        held = self._positions.get(which)
        if held is not None:
            at = held[1].pop(client_id, None)
            if at is None:
                del self._positions[which]
            else:
                insort(held[2], at)

    def _placed(self, which: str, client_id: int, at: int) -> None:
        """A line appended at `at`, the end of the list: the others have not moved."""
        held = self._positions.get(which)
        if held is not None:
            held[1][client_id] = at + len(held[2])  # as the index counts, the lines taken out included

    def _shown_place(self, i: int) -> int:
        """Where the line at `_all[i]` goes among the lines shown: `_rows` keeps `_all`'s
        order, so after those shown that stand before it there (a binary search over their
        places in `_all`, where every line before it was walked)."""
        lo, hi = 0, len(self._rows)
        while lo < hi:
            mid = (lo + hi) // 2
            at = self._position("all", self._rows[mid].id)
            if at is not None and at < i:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _order(self) -> tuple[Any, bool]:
        """The sort key function and whether it runs descending."""
        column, order = self._sort or (COL_NAME, Qt.SortOrder.AscendingOrder)
        return _sort_key(column, self.today()), order == Qt.SortOrder.DescendingOrder

    def _in_order(self, i: int) -> bool:
        """Whether `_all[i]` sits rightly between its neighbours in the sort order."""
        key, descending = self._order()
        here = key(self._all[i])
        before = key(self._all[i - 1]) if i > 0 else None
        after = key(self._all[i + 1]) if i + 1 < len(self._all) else None
        if descending:
            return (before is None or not before < here) and (after is None or not here < after)
        return (before is None or not here < before) and (after is None or not after < here)

    def _place(self, row: Any) -> int:
        """Where `row` goes in `_all` (kept sorted): after the lines that sort the same."""
        key, descending = self._order()
        wanted = key(row)
        lo, hi = 0, len(self._all)
        while lo < hi:  # a binary search: a few dozen key calls, even at 100,000 clients
            mid = (lo + hi) // 2
            other = key(self._all[mid])
            goes_before = other < wanted if descending else wanted < other
            if goes_before:
                hi = mid
            else:
                lo = mid + 1
        return lo

    def _apply(self, rows: list[Any], flt: CaseloadFilter | None = None) -> list[Any]:
        """The rows `flt` (the filter shown, where not given) accepts, in the current sort order.

        `_all` is kept in sort order (see `sort`), so a filtered subset of it needs no
        sorting; only a narrow search, gathered by id, is sorted (it is small).
        """
        flt = self._filter if flt is None else flt
        if flt == CaseloadFilter():
            return list(rows)
        ids = flt.ids
        # Few matches: gather them by id and sort them.  Many: one pass over the sorted
        # caseload is cheaper than sorting them (a set lookup per row, ~5 ms at 100,000).
        if ids is not None and len(ids) < min(len(rows) // 4, NARROW_SEARCH):
            by_id = self._index()
            shown = [by_id[i] for i in ids if i in by_id]
            shown = [r for r in shown if flt.accepts(r)]
            column, order = self._sort or (COL_NAME, Qt.SortOrder.AscendingOrder)
            shown.sort(key=_sort_key(column, self.today()), reverse=order == Qt.SortOrder.DescendingOrder)
        elif ids is not None and flt == CaseloadFilter(ids=ids):
            shown = [r for r in rows if r.id in ids]  # search alone: the common case, kept tight
        else:
            shown = [r for r in rows if flt.accepts(r)]
        # A whole name searched: its clients first (K374-01); `_rows` is then not in `_all`'s order.
        return named_as_searched_first(shown, self._searched) if ids is not None and self._named_first() else shown

    def _named_first(self) -> bool:
        """Whether a whole name searched leads the lines found (K374-01): by name, as the list
        opens, not where the user chose another column, whose header's arrow says its order
        (R380-02: sorted by date of birth, the name searched stood first, born last)."""
        return bool(self._searched) and self._sort in (None, (COL_NAME, Qt.SortOrder.AscendingOrder))

    def _index(self) -> dict[int, Any]:
        if getattr(self, "_by_id_of", None) is not self._all:
            self._by_id = {r.id: r for r in self._all}
            self._by_id_of = self._all
        return self._by_id

    # ---- reading ---------------------------------------------------------------------

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of_client(self, client_id: int) -> int | None:
        return self._position("shown", client_id)

    def shown_rows(self) -> list[Any]:
        """The lines the filter shows, in the list's order (a copy)."""
        return list(self._rows)

    def told_apart(self, people: list[tuple[str, date | None]], *, off_the_list: tuple[str, ...] = ()) -> list[str]:
        """Each of `people` (name, date of birth), as the status bar names them: by name, with the
        date of birth where another line shown, or a name `off_the_list` (a client the list has
        just left out), has the same name, folded as Possible duplicates fold names, as the list's
        Date of birth column tells them apart ("Zoë Trần (born 1990-03-04)", the words Delete and
        Merge use); a name no other shares is said alone.  One way for every such message: "Zoë
        Trần is not in the list now" (K230-02) and "On to Zoë Trần, next after ..." (K241-02)."""
        wanted = {person_key(name, None) for name, _born in people}
        shared = Counter(key for key in (person_key(name, None) for name in (*off_the_list, *(r.name for r in self._rows)))
                         if key in wanted)
        return [f"{name} ({born_said(born)})" if shared[person_key(name, None)] > 1 else name for name, born in people]

    def named_apart(self, name: str, dob: date | None, client_id: int | None) -> str:
        """A client as Edit > Undo names them: "Alejandra Cortés, born 1983-07-24" where another
        client of the caseload, listed or not, has the same name (folded as `told_apart` folds
        it), the name alone where none has: a review's Undo named two alike (K349-04).
        `client_id`: theirs, None for a client not stored yet (a new client, K370-02)."""
        if self._people is None:
            self._people = person_keys(self._all)
        return f"{name}, {born_said(dob)}" if self._people.share_the_name(name, client_id) else name

    def all_rows(self) -> list[Any]:
        return self._all

    def name_words(self) -> NameWords:
        """The words of every client's name, as the search's close spellings look among them
        (P97-02).  Made again only once the lines have changed since (a client renamed, added
        or removed: update_client and remove_client count each change; set_rows and a sort
        make a new list), so the spelling offered is always one the caseload holds; they were
        gathered over the whole caseload at each letter typed that found nobody (S98-01)."""
        asked = (self._changes, self._all)
        held = self._name_words
        if held is None or held[0][0] != asked[0] or held[0][1] is not asked[1]:
            held = self._name_words = (asked, NameWords(row.name for row in self._all))
        return held[1]

    def listed(self, client_id: int) -> Any | None:
        """The client's line, shown or not; None when the list has none (kept by number)."""
        return self._index().get(client_id)

    def _count(self, row: Any, step: int) -> None:
        """Count `row` in the tallies (step 1) or take it out (-1)."""
        self._tally[row.best] += step
        if self._events is not None and row.event:
            self._events[row.event] += step
            self._count_newest(row.event, row.id, step)
        if awaits_attorney(row):
            self._tally["review"] += step
        # The line's day to screen again, a "Nothing available" line's too, as its Next action
        # says "Screen again: ... has come" of it (T113-02): the status line left those out (Y114-04).
        if (awaited := line_day_awaited(row)) is not None:
            self._dated[awaited] += step

    def counts(self) -> Counter:
        """How many clients have each best outcome (None: not screened) over the whole caseload,
        plus "review" and "duplicates"."""
        counts = +self._tally  # those of no client left out, as a count over the lines gave them
        counts["review"] = self._tally["review"]
        counts["duplicates"] = len(self.duplicate_ids())
        return counts

    def counts_shown(self) -> Counter | None:
        """The counts at a glance over the list as the filters other than the Outcome box narrow
        it (Remedy, County, Language, Review needed, the search...), or None where only the
        Outcome box (or nothing) narrows it: the whole caseload's counts are the list's.

        The outcome chosen is left out, each count being one outcome's share: with "Eligible
        now" chosen the others are not nought.  The counts had been the whole caseload's
        under any filter: a paralegal listing the Spanish speakers Prop 47 can help read
        "Eligible now: 2,345" above 312 lines (P74, left alone; P80-01)."""
        narrowed = self._narrowed()
        if narrowed is None:
            return None
        duplicates = self.duplicate_ids()
        # Kept until the lines or the filters change: clicking from count to count under one
        # filter counts once (at 20,000 clients, Spanish speakers on the attorney's queue, 21 ms).
        asked = (narrowed, self._changes, self._all, duplicates)
        held = getattr(self, "_counts_shown", None)
        if held is not None and held[0][:2] == asked[:2] and held[0][2] is self._all and held[0][3] is duplicates:
            return Counter(held[1])
        rows = self._narrowed_rows(narrowed)
        counts = Counter(row.best for row in rows)
        counts["review"] = sum(1 for row in rows if awaits_attorney(row))
        counts["duplicates"] = sum(1 for row in rows if row.id in duplicates) if duplicates else 0
        self._counts_shown = (asked, counts)
        return Counter(counts)

    def shown_of(self, ids: frozenset[int]) -> int | None:
        """How many of `ids` the list holds as `counts_shown` narrows it, or None where nothing
        but the Outcome box narrows it: the "Older rules" count's "81 of 2,857" (R380-04)."""
        narrowed = self._narrowed()
        if narrowed is None:
            return None
        asked = (narrowed, self._changes, self._all, ids)  # kept as `counts_shown` keeps its counts
        held = getattr(self, "_shown_of", None)
        if held is None or held[0][:2] != asked[:2] or held[0][2] is not self._all or held[0][3] is not ids:
            self._shown_of = held = (asked, sum(1 for row in self._narrowed_rows(narrowed) if row.id in ids))
        return held[1]

    def _narrowed(self) -> CaseloadFilter | None:
        """The filter the counts at a glance are counted under (`counts_shown`): the Outcome
        box's part left out; None where nothing else narrows the list."""
        narrowed = replace(self._filter, outcome=None, eligible_by=None, to_file=False, hearing_from=None,
                           hearing_by=None, probation_ended=None)
        return None if narrowed == CaseloadFilter() else narrowed

    def _narrowed_rows(self, narrowed: CaseloadFilter) -> list[Any]:
        return self._rows if narrowed == self._filter else self._apply(self._all, narrowed)

    def not_screened(self) -> int:
        """How many clients have no stored screening yet."""
        return self._tally[None]

    def dates_come(self, today: date) -> int:
        """How many clients' lines say "Eligible on" or "Blocked until" a day that has come by
        `today`, or "Nothing available" with a day to screen again on come by it."""
        return sum(n for day, n in self._dated.items() if day <= today)

    def duplicate_ids(self) -> frozenset[int]:
        """The clients who share a name and date of birth with another (clinic_app.matching),
        and the pairs of a name or date of birth put right on a laptop (same cases, or a case
        number of theirs) while both are here: an import adds them "for a person to check",
        who finds them with this.  The second kind were offered by the merge but counted
        nowhere, to be found by searching (X45)."""
        if self._people is None:
            self._people = person_keys(self._all)
        if self._duplicates is None:  # made again only when a line comes, goes, or is renamed
            here = self._index()
            self._duplicates = frozenset(self._people.sharing).union(
                *(pair for pair in self._put_right if all(client_id in here for client_id in pair)))
        return self._duplicates

    def _new_person_key(self, old: Any | None, new: Any | None) -> None:
        """A line's name or birth date changed (`old` None: a line added; `new` None: gone):
        its person key alone moves, where every name was folded again (P29B-02)."""
        if self._people is not None:
            if old is not None:
                self._people.remove(old.id, old.name, old.dob)
            if new is not None:
                self._people.add(new.id, new.name, new.dob)
        self._duplicates = None

    def _count_newest(self, event: str, client_id: int, step: int) -> None:
        newest = self._newest.get(event)
        if step > 0:
            if newest is None or client_id >= newest:
                # A save counts its line out and in again: the newest back, nothing to look for.
                self._newest[event] = client_id
                self._stale.discard(event)
        elif self._events[event] <= 0:
            self._newest.pop(event, None)
            self._stale.discard(event)
        elif client_id == newest:
            self._stale.add(event)  # looked for again when next asked (see events)

    def events(self) -> list[str]:
        """The clinic events some client's line names, the most recent first: by the last
        client taken in at each (the highest number).  Intake's Event box, the Record tab's
        Clinic event, the Event filter and the event of the handouts to print offer them so.
        Alphabetically, Down in intake's blank box (K19-09) chose "Clean Slate Clinic — Pomona,
        2026-09-12" when the program was started again at the evening's event (W88-02)."""
        if self._events is None:
            self._events, self._newest, self._stale = Counter(), {}, set()
            lines, newest = self._events, self._newest
            for r in self._all:  # one pass for both, in the loop (max() per line took as long again)
                event = r.event
                if event:
                    lines[event] += 1
                    if r.id > newest.get(event, 0):
                        newest[event] = r.id
        if self._stale:
            # The newest client of some event deleted, or moved to another: the next newest.
            stale, found = self._stale, {}
            for r in self._all:
                if r.event in stale and r.id > found.get(r.event, 0):
                    found[r.event] = r.id
            self._newest.update(found)
            self._stale = set()
        return sorted((event for event, lines in self._events.items() if lines > 0),
                      key=lambda event: (-self._newest[event], event))

    # ---- QAbstractTableModel ---------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_item(index)
        if row is None:
            return None
        self._asked_at = index.row()
        return self._value(row, index.column(), role)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roles: Any) -> None:  # noqa: N802 - Qt's name
        """Every role a cell's painter asks for, in one call (Qt 6's delegates ask this way).

        Without it, painting a screen of the list calls `data` about seven times a cell,
        each a crossing from C++ into Python: ~1,300 calls per keystroke in the search box.
        """
        row = self.row_item(index)
        column = index.column()
        self._asked_at = index.row()
        for role_data in roles:
            value = None if row is None else self._value(row, column, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def _value(self, row: Any, column: int, role: int) -> Any:
        if column == COL_NAME and row.id in self._by_alias and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            alias = self._by_alias[row.id]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Found by an alias: {alias}"
            return f"{row.name} (alias: {alias})"
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SortRole:
            value = _sort_key(column, self.today())(row)
            return value if isinstance(value, (int, str)) else str(value)
        if role == ClientIdRole:
            return row.id
        if role == OutcomeRole:
            return row.best
        if role in (ShortNextActionRole, NextActionDayRole) and column == COL_NEXT and self._queue_said(row):
            # The queue's words have no day to keep whole; fewer words, where a result waits,
            # without "To review: " (every line of the queue is one), cut at a word's end by the
            # view: at its narrowest it read "To review: PC 1203.…", 1203.4 or 1203.425 (S129-01).
            said = self._queue_said(row)
            return said.removeprefix("To review: ") if role == ShortNextActionRole and said.startswith("To review: ") else None
        if role == ShortNextActionRole and column == COL_NEXT:
            return next_action_said(row, self.today())[0].short
        if role == NextActionDayRole and column == COL_NEXT:
            day = next_action_said(row, self.today())[0].trailing_day
            return None if day is None else day.isoformat()
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_BEST and row.best in OUTCOME_COLOURS:
            return QBrush(OUTCOME_COLOURS[row.best])
        if role == OutstandingLabelsRole and column == COL_OUTSTANDING:
            return self._outstanding_said(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_OUTSTANDING and self._outstanding_said(row):
            return "\n".join(self._outstanding_said(row))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole) and column == COL_NEXT:
            # Its description too: a tooltip is the mouse's, and a screen reader read the
            # cell's words without the day on the record or what falls due then (X30-04).
            queue = self._queue_said(row)
            if queue:  # why on the queue, then what the line's Next action is
                return f"{queue}. Next action: {next_action_in_full(row, self.today())}"
            return next_action_in_full(row, self.today())
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_EVENT and row.event:
            return row.event  # whole where a narrow list cuts it short (W28-01)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_CASES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt's name
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == COL_OUTSTANDING:
            return OUTSTANDING_ORDER_SAID
        return super().headerData(section, orientation, role)

    def _display(self, row: Any, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_DOB:
            return row.dob.isoformat() if row.dob else ""
        if column == COL_CASES:
            return str(row.case_count)
        if column == COL_EVENT:
            return row.event or ""
        if column == COL_BEST:
            if row.case_count == 0 and row.best == "nothing_available":
                return "No case entered"  # not "Nothing available" (no relief): nothing to screen yet (W21-21)
            return outcome_text(row.best, row.best_date)
        if column == COL_NEXT:
            return self._queue_said(row) or next_action(row, self.today())[0]
        if column == COL_OUTSTANDING:
            return outstanding_said(self._outstanding_said(row))
        return ""

    def _outstanding_said(self, row: Any) -> list[str]:
        """The Outstanding cell's labels; under "Probation ended last month" (or "... this
        month") led by the probation the filter found, as `clinic-app list --probation-ended`
        says it: "probation ended 2026-10-09 (case BA500001)".  A client whose other case's
        probation runs on read only "probation to 2027-03-15, +4 more", as if listed by mistake
        (P101, W102-03); the words then say it, as the terminal's do: "...; another runs to
        2027-03-15 (case BA500002)" (Z119-01: read as free to file).  A "probation to" label the
        words say, its own ending later this month or the other's, is not said twice.  Sorting
        by Outstanding, and "Outstanding only", still read the record's labels."""
        found = self._filter.probation_ended
        if not found or row.id not in found:
            return list(row.outstanding)
        day, case_number = found[row.id]
        others = (self._filter.probation_running_on or {}).get(row.id)
        return [probation_end_said(day, case_number, self.today(), others)] + outstanding_besides(row.outstanding, day, others)

    def _queue_said(self, row: Any) -> str | None:
        """Under Review needed (the attorney's queue), why the client is on it, as the Next
        action's words: "To review: PC 1203.425 automatic relief for VC 23152(b): open
        question", "Denied 2026-10-17: attorney to review", or both (`attorney_waits_for`,
        the words `clinic-app list --review` says); None elsewhere, the Next action's own.
        Most lines of the queue read "File now" or "Eligible now": a client is on it for some
        result other than the best, which the line did not name (K66, closing note 45)."""
        if not (self._filter.review and awaits_attorney(row)):
            return None
        results = None
        if row.awaiting_review and self.awaiting is not None:
            if row.id not in self._awaiting_said:
                self._read_awaiting(row)
            results = self._awaiting_said[row.id]
        said = attorney_waits_for(row, results)
        return said[:1].upper() + said[1:]

    def _read_awaiting(self, row: Any) -> None:
        """Read the queue's words for `row` and for the lines after it not read yet (up to
        AWAITING_READ_AHEAD), in one read: a view paints its lines from the top, so the first
        line it asks for on a new page brings the page's words with it."""
        at = self._asked_at
        if not (0 <= at < len(self._rows) and self._rows[at] is row):
            at = self._position("shown", row.id)
        after = self._rows[at + 1:at + AWAITING_READ_AHEAD] if at is not None else ()
        ids = [row.id] + [r.id for r in after if r.awaiting_review and r.id not in self._awaiting_said]
        said = self.awaiting(ids)
        for client_id in ids:  # one not screened, or removed meanwhile, says nothing more
            self._awaiting_said[client_id] = said.get(client_id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by `column`: the whole caseload is kept in this order, so filters need no re-sort."""
        if not 0 <= column < len(HEADERS):
            return
        self._sort = (column, order)
        descending = order == Qt.SortOrder.DescendingOrder
        if len(self._all) < SORT_ON_A_WORKER_FROM:
            self._sorting = None
            self._all = sorted(self._all, key=_sort_key(column, self.today()), reverse=descending)
            self._relayout(lambda: self._apply(self._all))
            self.sorted_shown.emit()
            return
        # On a worker (P29B-03), the lines as they are now; the new order is taken when it is
        # done, unless another click or a changed line came meanwhile (sorted again then).
        from ui import tasks

        rows, key = list(self._all), _sort_key(column, self.today())
        # The keys are made in Python, which lets the window run between them; only the C sort
        # of plain strings or numbers holds it (tens of ms, where the whole sort took 0.1-0.3 s).
        def job(_ctx):
            ordered = sorted(rows, key=key, reverse=descending)
            # Where each client now is, for the selection: made here, as the lines in their
            # new order lie all over memory (0.1-0.18 s on the window's thread at 100,000).
            return task, column, order, ordered, {r.id: i for i, r in enumerate(ordered)}

        task = tasks.Task(job)
        pool = _sort_pool()
        if self._sorting is not None and pool.tryTake(self._sorting[1]):
            # A click before it began: not sorted for nothing, and not waited for either
            # (a window's close waited 30 s for a task nothing would run).
            tasks._running.discard(self._sorting[1])
        self._sorting = (self._changes, task)
        tasks.kept_while_running(task)  # closing the window waits for it (ui.tasks.stop_all)
        task.signals.done.connect(self._sorted, Qt.ConnectionType.QueuedConnection)
        task.start(pool)

    def _sorted(self, done: tuple) -> None:
        """A worker's sort is done: the list takes its order, as one move of every line (the
        selection and the current line staying on the same clients)."""
        task, column, order, ordered, position = done
        if self._sorting is None or self._sorting[1] is not task:
            return  # another sort was asked for since, or the list was read again
        if self._sorting[0] != self._changes:
            self.sort(column, order)  # a line changed meanwhile: sorted again with it
            return
        self._sorting = None
        self._all = ordered
        if self._filter == CaseloadFilter():
            self._relayout(lambda: list(ordered), position)  # every line shown: where the worker found them
        else:
            self._relayout(lambda: self._apply(self._all))
        self.sorted_shown.emit()

    def sorting(self) -> bool:
        """Whether a sort is running on a worker (the list shows the order before it)."""
        return self._sorting is not None

    def _relayout(self, rows, position: dict[int, int] | None = None) -> None:
        """Show the lines `rows()` gives in place of the current ones, the same clients
        being shown elsewhere, so persistent indexes (the selection) stay on them;
        `position`, where given, is each client's line in `rows()`."""
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows = rows()
        # Keep persistent indexes (the selection) on the same clients.
        if position is None:
            position = {r.id: i for i, r in enumerate(self._rows)}
        # Where each line is now, made for this anyway: kept for row_of_client (W33-01).
        self._positions["shown"] = (self._rows, position, [])
        from_list, to_list = [], []
        for idx in self.persistentIndexList():
            if idx.isValid() and idx.row() < len(old) and old[idx.row()].id in position:
                from_list.append(idx)
                to_list.append(self.index(position[old[idx.row()].id], idx.column()))
            elif idx.isValid():
                from_list.append(idx)
                to_list.append(QModelIndex())
        self.changePersistentIndexList(from_list, to_list)
        self.layoutChanged.emit()


class CaseloadProxy(QSortFilterProxyModel):
    """The view's model: passes rows through and forwards sorting to `CaseloadModel`.

    Sorting in the proxy would call back into Python n log n times; the source model
    sorts its plain list in one call instead, then this proxy keeps the identity mapping.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, CaseloadModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def multiData(self, index: QModelIndex | QPersistentModelIndex, roles: Any) -> None:  # noqa: N802 - Qt's name
        """Forward the painter's many roles in one call (QSortFilterProxyModel would ask `data` once per role)."""
        source = self.sourceModel()
        if isinstance(source, CaseloadModel):
            source.multiData(self.mapToSource(index), roles)
        else:
            super().multiData(index, roles)

    def _as_it_is(self) -> bool:
        """Whether this proxy shows the model's lines as they are, one for one in the same order:
        it sorts and filters nothing itself (`sort` is the model's, no filter is set on it)."""
        source = self.sourceModel()
        return self.sortColumn() < 0 and source is not None and self.rowCount() == source.rowCount()

    def source_rows(self, rows: list[int]) -> list[int]:
        """The model's lines for these lines of the view; without a call a line where the proxy
        shows the model's as they are: each mapping asks the model's Python twice (P252)."""
        if self._as_it_is():
            return list(rows)
        return [self.mapToSource(self.index(row, 0)).row() for row in rows]

    def shown_rows(self, rows: list[int]) -> list[int]:
        """The view's lines for these lines of the model (`source_rows` the other way)."""
        if self._as_it_is():
            return list(rows)
        source = self.sourceModel()
        return [self.mapFromSource(source.index(row, 0)).row() for row in rows]

    def client_id(self, proxy_row: int) -> int | None:
        index = self.index(proxy_row, 0)
        return index.data(ClientIdRole) if index.isValid() else None
