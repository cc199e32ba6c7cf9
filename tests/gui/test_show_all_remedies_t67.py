"""T67-03: "Show all remedies" on the Eligibility tab, with the oldest PySide6 pyproject allows.

The proxy changed its filter with beginFilterChange() ... endFilterChange() wherever the
first was there (Qt 6.9 on); but endFilterChange() came in Qt 6.10. On PySide6 6.9, which
pyproject.toml allows, ticking the box raised AttributeError in the event loop and the list
stayed as it was: the remedies that do not apply could not be shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSortFilterProxyModel

from tests.gui.conftest import probation_client


# On a newer binding, the fallback's invalidateRowsFilter() is deprecated: said, not an error here.
@pytest.mark.filterwarnings("ignore:.*invalidateRowsFilter.*:DeprecationWarning")
def test_show_all_remedies_shows_and_hides_the_rows_without_end_filter_change(qtbot, window, repo, monkeypatch):
    monkeypatch.delattr(QSortFilterProxyModel, "endFilterChange", raising=False)  # as PySide6 6.9 has it
    client_id = repo.add_client(probation_client("Ana First"))
    window.load()
    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    relevant = panel.proxy.rowCount()
    assert panel.model.rowCount() > relevant > 0  # some remedies do not apply, and are hidden
    panel.show_all.setChecked(True)
    assert panel.proxy.rowCount() == panel.model.rowCount()
    panel.show_all.setChecked(False)
    assert panel.proxy.rowCount() == relevant
