"""M128-03: the Eligibility tab's details headed a conviction's consequences "What stays true of
this conviction even after relief" under every result, also under a conviction no relief reaches
(X127 saw it: public case S51's PC 288(a), every row "not eligible"), of relief the table had
just ruled out.  The text report heads it plainly there since E40-04; the tab now does as well,
the facts kept, and a conviction some relief reaches keeps "even after relief"."""

from __future__ import annotations

from pathlib import Path

import yaml

from clinic_app.screening_format import client_from_request

PUBLIC = Path(__file__).parents[1] / "acceptance" / "cases-public.yaml"


def _details_of(panel, case: str) -> list[str]:
    """The details shown for each of `case`'s rows of a conviction, selected in turn."""
    said = []
    for row in range(panel.proxy.rowCount()):
        d = panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row())
        if d.case == case and d.conviction is not None:
            panel.table.selectRow(row)
            said.append(panel.details.toPlainText())
    return said


def test_m128_03_a_conviction_no_relief_reaches_is_not_told_what_stays_true_after_relief(qtbot, window, repo):
    request = next(c for c in yaml.safe_load(PUBLIC.read_text(encoding="utf-8")) if c["id"] == "S51")["request"]
    client = client_from_request({**request, "client": {"name": "Sam Fiftyone"}})
    window.load()
    window.open_client(repo.add_client(client))
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    panel.show_all.setChecked(True)
    barred = _details_of(panel, "P")  # PC 288(a): not eligible for anything
    assert barred
    for shown in barred:
        assert "What stays true of this conviction" in shown and "even after relief" not in shown
        assert "Sex-offender registration continues" in shown  # the facts are kept
    open_to_relief = _details_of(panel, "A")  # HS 11350(a): a PC 1203.4 dismissal is open
    assert open_to_relief
    assert all("What stays true of this conviction even after relief" in shown for shown in open_to_relief)
