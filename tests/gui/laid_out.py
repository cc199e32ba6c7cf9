"""Waiting for Qt's layouts without a fixed wait (S368)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication


def laid_out() -> None:
    """Every layout request posted so far served, at once: widgets are where they are shown,
    and each scroll area's bars follow what it holds.  Tests waited a fixed 50 to 200 ms for
    it, a floor on every run (S368-02, S368-04)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
