"""A99-03: what a screen reader says of a count's Trafficking / IPV related box: its name, then its
description, which X74-02 set to the key that comes to it alone ("Alt+X comes here..."), in place of
its tip's "a direct result of being trafficked or of intimate partner violence (PC 236.14 /
236.15)": the law it asks about was the mouse's.  The description is the whole tip, key included."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.gui.conftest import probation_client


def test_a99_03_the_trafficking_box_is_described_by_its_law_and_its_key(window, repo):
    window.load()
    window.open_client(repo.add_client(probation_client("Ana Peña")))
    box = window.client_view.record.case_form.convictions.rows[0].trafficking
    said = QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Description)
    assert "direct result of being trafficked" in said and "(PC 236.14 / 236.15)" in said
    assert "Alt+X comes here" in said
