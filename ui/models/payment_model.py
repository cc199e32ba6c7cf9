"""A case's payment ledger as a read-only table: date, toward, amount, receipt."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from clinic_app.model import Payment

HEADERS = ("Date", "Toward", "Amount", "Receipt")
KIND_TITLES = {"fine": "Fine", "restitution": "Restitution"}


class PaymentModel(QAbstractTableModel):
    def __init__(self, payments: list[Payment], parent=None):
        super().__init__(parent)
        self._payments = list(payments)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._payments)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._payments):
            return None
        p = self._payments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (p.date.isoformat(), KIND_TITLES.get(p.kind, p.kind), f"${p.amount:,}", p.receipt or "")[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
