"""A case's payment ledger as a read-only table: date, toward, amount, receipt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from clinic_app.model import Payment
from ui.models.rows_table import RowsTableModel

HEADERS = ("Date", "Toward", "Amount", "Receipt")
KIND_TITLES = {"fine": "Fine", "restitution": "Restitution"}


class PaymentModel(RowsTableModel):
    """One row per payment of a case's ledger."""

    HEADERS = HEADERS

    def __init__(self, payments: list[Payment], parent=None):
        super().__init__(parent)
        self._rows = list(payments)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        p = self.row_item(index)
        if p is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.date.isoformat(), KIND_TITLES.get(p.kind, p.kind), f"${p.amount:,}", p.receipt or "")[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
