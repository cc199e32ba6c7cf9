"""K369: intake at 12 pt in a 1366 x 768 laptop at 200% (667 x 344), entering walk-ins by the
keyboard and with a screen reader: what a refused Enter says, where, and to whom."""

from __future__ import annotations

import pytest

from tests.gui.conftest import type_intake_case
from tests.gui.test_intake_large_font_s100 import font_12, laptop_200  # noqa: F401 - fixtures
# Intake at 12 pt, 667 x 344, Dora Escala started by the keyboard (K364's).
from tests.gui.test_intake_refusal_shown_once_k364 import dialog  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize(("typed", "said"), [
    ("13/45/2018", "Arrest date: Not a date: there is no 13/45/2018 (there is no month 13)"),
    ("2018-02-30", "Arrest date: Not a date: there is no 2018-02-30 (February 2018 has 28 days)"),
])
def test_k369_01_an_arrest_s_date_that_is_no_day_is_refused_as_the_arrest_date(qtbot, dialog, typed, said):
    """With a section typed, "Arrested: 13/45/2018" was refused as "Conviction date: Not a date
    ...", a field the line has not (I59-02 named it the arrest date only with no section)."""
    from ui.forms import set_combo

    set_combo(dialog.sentence, "dismissed")
    type_intake_case(qtbot, dialog, "BA1", typed, offense="11377")
    assert dialog.client.cases == []
    assert dialog.case_message.text() == said
    assert dialog.conviction.message.text() == said and dialog.conviction.message.isVisible()
    assert dialog.conviction.date.accessibleDescription() == f"Problem: {said}"
