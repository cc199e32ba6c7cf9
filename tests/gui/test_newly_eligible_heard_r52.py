"""R52-02: the "Newly eligible" button's accessible name, what a screen reader says of it,
counted a client newly eligible by automatic relief with a petition to file after it (J50's
"Automatic; file on <day>") among those "with automatic relief only", where its tooltip
(L51) said them apart: a screen-reader user heard that nothing was to be filed for them."""

from __future__ import annotations

from datetime import date

import pytest

from db.rescreen import rescreen_caseload
from tests.automatic_relief import arrest_relief_later, arrest_relief_later_petition_after
from tests.gui.conftest import TODAY
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r52_02_the_newly_eligible_button_is_heard_as_its_tooltip_counts(qtbot, window, repo):
    for make in (arrest_relief_later_petition_after, arrest_relief_later):
        client = make()
        client.id = repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    # Their PC 851.93 relief comes: Teodoro's 1203.4 petition follows from 2031-07-01, Armando has none.
    rescreen_caseload(repo, date(2030, 9, 29), workers=1)
    window.load()
    button = window.caseload.newly_eligible_button
    assert window.caseload.newly_eligible_counts() == (0, 2, 1)
    assert button.accessibleName().endswith(
        ": 0 clients to file, 1 with automatic relief only, 1 with automatic relief now and a petition to file later")


def test_r52_02_automatic_relief_alone_is_heard_as_before(qtbot, window, repo):
    client = arrest_relief_later()
    client.id = repo.add_client(client)
    screen_and_store(repo, client, TODAY)
    rescreen_caseload(repo, date(2030, 9, 29), workers=1)
    window.load()
    assert window.caseload.newly_eligible_button.accessibleName().endswith(": 0 clients to file, 1 with automatic relief only")
