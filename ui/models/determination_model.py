"""Every determination of one client's screening: conviction x remedy, one row each.

`set_screening` updates rows in place (dataChanged) when the same determinations come
back with new values, so a re-screen after a payment changes the cells the user is
looking at instead of resetting the table and losing the selection.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from clinic_app.case_titles import case_title_day_first, sharing_a_number
from clinic_app.eligibility import remedy_title
from clinic_app.eligibility.common import is_already_granted
from clinic_app.eligibility.depends_on import law_named
from clinic_app.eligibility.fact_questions import given_facts
from clinic_app.model import Client, Determination, Screening
from ui.models.rows_table import RowsTableModel

COL_CASE, COL_CONVICTION, COL_REMEDY, COL_STATUS, COL_MODE, COL_CONFIDENCE, COL_REVIEWED = range(7)
HEADERS = ("Case", "Conviction", "Remedy", "Status", "Mode", "Confidence", "Reviewed")
DeterminationRole = Qt.ItemDataRole.UserRole + 1
STATUS_TITLES = {
    "eligible": "Eligible now",
    "eligible_on": "Eligible on",
    "blocked": "Blocked",
    "not_eligible": "Not eligible",
    "not_applicable": "Does not apply",
    "needs_review": "Needs review",
}
STATUS_COLOURS = {
    "eligible": QColor(46, 160, 67, 70),
    "eligible_on": QColor(56, 139, 253, 60),
    "blocked": QColor(218, 54, 51, 60),
    "needs_review": QColor(210, 153, 34, 80),
}
MODE_TITLES = {"mandatory": "Mandatory", "discretionary": "Court's discretion", "good_cause": "Good cause",
               "automatic": "Automatic"}
CONFIDENCE_TITLES = {"H": "High", "M": "Medium", "L": "Low"}
# The roles `DeterminationModel.data` answers; any other is None.
ROLES_ANSWERED = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.BackgroundRole,
                            DeterminationRole))


# A review kept for this result but on other facts or another answer (clinic_app.review):
# shown, so the attorney sees it was looked at, and said not to count (A29-01).
EARLIER_REVIEW = "Earlier review, of "
# After a status a review counts for: the row read "Needs review" as if nobody had looked, the
# one word of it in a Reviewed column the note may cut (S161-02).
REVIEWED_AFTER_STATUS = " · reviewed"


def status_text(d: Determination) -> str:
    if is_already_granted(d):
        # Not "Does not apply": it is what the court (or DOJ) did, recorded on the count (O118-02).
        return "Already granted"
    if d.status in ("eligible_on", "blocked") and d.date is not None:
        return f"{STATUS_TITLES[d.status]} {d.date.isoformat()}" if d.status == "eligible_on" else f"Blocked until {d.date.isoformat()}"
    if d.status == "blocked":
        # As the text report says it: a bare "Blocked" beside "Blocked until 2029-02-28" read
        # as a missing value (readability finding R18 G2).
        return "Blocked, end unknown"
    return STATUS_TITLES.get(d.status, d.status)


def key(d: Determination) -> tuple:
    return (d.case, d.conviction, d.remedy)


class DeterminationModel(RowsTableModel):
    HEADERS = HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._labels: dict[tuple[str, str | None], tuple[str, str]] = {}
        self._reviewed: dict[tuple, str] = {}
        # The results whose petition stands denied and not reviewed since, with the words the
        # Reviewed column says first (set_denials, K66-02).
        self._denials: dict[tuple, str] = {}
        # Request ids as the window names them, for the facts to find out: the court number
        # and the count's section (a question said "Case c2, conviction c2-1").
        self.case_names: dict[str, str] = {}
        self.conviction_names: dict[str, str] = {}
        # The amounts the record gives, asked as a check of them, as the text report asks
        # (F26-06: "How much cannabis was involved?" beside a record giving 50 g).
        self.given_facts: dict[str, str] = {}

    def set_screening(self, client: Client, screening: Screening | None, reviewed: dict[tuple, str] | None = None,
                      labels: dict[tuple[str, str | None], tuple[str, str]] | None = None) -> None:
        """Show `screening` of `client`; `reviewed` maps (case, conviction, remedy) to "who, when".

        `labels` are a stored result's own names for its cases and convictions (see
        db.records.read_stored): the record may have lost those cases since, or given their
        ids to new ones.  Without them, the client's record of today names the rows.  A case
        numbered "unknown" is named by its title, the day first (the column may cut it), as the
        screening's own sentences name it (E83-02: four cases read "unknown" in the Case
        column); "c3" for a blank number is the record's key, as the Record tab has it."""
        if labels is None:
            labels = {}
            # Two cases of one number told apart as the questions tell them (R376, K396-04).
            apart = sharing_a_number(client.cases)
            for case in client.cases:
                title = case_title_day_first(case, apart=case.id in apart)
                labels[(case.id, None)] = (title, "(whole case)")
                for conviction in case.convictions:
                    labels[(case.id, conviction.id)] = (title, law_named(conviction.code, conviction.section))
        self.case_names = {case: names[0] for (case, _conviction), names in labels.items()}
        self.conviction_names = {conviction: names[1] for (_case, conviction), names in labels.items() if conviction is not None}
        self.given_facts = given_facts(client.cases)
        rows = list(screening.results) if screening else []
        self._labels = labels
        self._reviewed = dict(reviewed or {})
        if [key(d) for d in rows] == [key(d) for d in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(HEADERS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def determination(self, row: int) -> Determination:
        return self._rows[row]

    def row_names(self, d: Determination) -> tuple[str, str]:
        """What the Case and Conviction cells of `d`'s row say ("(whole case)" for a case's own
        row), shown or not: the words `EligibilityPanel.where` names it by (K384-01)."""
        return self._labels.get((d.case, d.conviction), (d.case, d.conviction or "(whole case)"))

    def reviewed_note(self, d: Determination) -> str | None:
        return self._reviewed.get(key(d))

    def review_counts(self, d: Determination) -> bool:
        """Whether a review counts for `d` (on these facts, of this answer), not one kept earlier."""
        note = self._reviewed.get(key(d))
        return note is not None and not note.startswith(EARLIER_REVIEW)

    def status_shown(self, d: Determination) -> str:
        """What the Status column says of `d`: its status, and "reviewed" after one that waited
        for the attorney and has a review that counts."""
        reviewed = d.status == "needs_review" and self.review_counts(d)
        return status_text(d) + (REVIEWED_AFTER_STATUS if reviewed else "")

    def set_denials(self, denials: dict[tuple, str]) -> None:
        """The results (by `key`) whose petition the court denied and the attorney has not
        reviewed since, each with "Denied <day>: attorney to review".  The header and the list
        said a denial waited for the attorney, and no row of this table did (K66-02): the
        attorney selected row after row to find, under "At the court", which to mark reviewed."""
        if denials == self._denials:
            return
        self._denials = dict(denials)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_REVIEWED), self.index(len(self._rows) - 1, COL_REVIEWED))

    def denial_of(self, d: Determination) -> str | None:
        """The court's denial of `d`'s petition that waits for the attorney ("Denied <day>:
        attorney to review"), or None (`set_denials`)."""
        return self._denials.get(key(d))

    def awaits_review(self, d: Determination) -> bool:
        """Whether `d` keeps its client on the attorney's queue (clinic_app.review.awaits_attorney):
        a result that needs review with no review that counts for it, or a denial not reviewed since.
        A review kept on other facts ("Earlier review, of ...") does not count: F8 passed such a
        result by as done while the caseload listed its client as waiting (K162-03)."""
        return (d.status == "needs_review" and not self.review_counts(d)) or key(d) in self._denials

    def reviewed_shown(self, d: Determination) -> str:
        """What the Reviewed column says of `d`: a denial to review first, then its review."""
        denial, note = self._denials.get(key(d)), self._reviewed.get(key(d), "")
        if denial is None:
            return note
        return f"{denial} (before it: {note})" if note else denial

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The table asks each cell for a dozen roles as it sizes its columns (a 40-count case's
        # rebuild: 21,234 asks, 3,594 of them for the words): those it has no answer for are
        # answered at once, and the words of the column asked are made, not the row's (P379-02).
        if role not in ROLES_ANSWERED:
            return None
        d = self.row_item(index)
        if d is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column <= COL_CONVICTION:
                return self.row_names(d)[column]
            if column == COL_REMEDY:
                return remedy_title(d.remedy)
            if column == COL_STATUS:
                return self.status_shown(d)
            if column == COL_MODE:
                return MODE_TITLES.get(d.mode or "", "")
            if column == COL_CONFIDENCE:
                return CONFIDENCE_TITLES.get(d.confidence, d.confidence)
            return self.reviewed_shown(d) if column == COL_REVIEWED else None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_CASE:
            # The whole title, where the column cuts it (E83-02).
            return self.row_names(d)[0]
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_REMEDY:
            # The whole name alike: at 200% with larger text the column is cut to "…" (K111-03),
            # whole only to the keyboard (in the status bar) and a screen reader.
            return remedy_title(d.remedy)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_REVIEWED:
            # The whole note, where the remedies' names leave it too little room (T103-01).
            return self.reviewed_shown(d) or None
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS and d.status in STATUS_COLOURS:
            return QBrush(STATUS_COLOURS[d.status])
        if role == DeterminationRole:
            return d.status
        return None


class RelevantDeterminations(QSortFilterProxyModel):
    """Hides "does not apply" rows unless asked: a client's sheet can hold dozens of them.
    Relief already granted stays in sight: it is what the court did (O118-02)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_all = False

    def set_show_all(self, show: bool) -> None:
        # Qt 6.10 pairs beginFilterChange() with endFilterChange() and deprecates
        # invalidateRowsFilter(); 6.9 has beginFilterChange() alone, and its missing
        # endFilterChange() raised AttributeError: the box showed nothing more (T67-03).
        if not hasattr(self, "endFilterChange"):  # before Qt 6.10
            self.show_all = show
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self.show_all = show
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self.show_all:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(DeterminationRole) != "not_applicable" or is_already_granted(self.sourceModel().determination(source_row))
