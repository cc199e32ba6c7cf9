"""A150-02: a client screened in June on probation to 2026-08-31, told "eligible on" its day
after, comes back in November, after an update of Clinic Desk whose rules answer them as the
older ones did.  Opening them said "The rules of this version of Clinic Desk changed this
client's answers ... ELIGIBLE ON ..., now ELIGIBLE NOW. What they were told may no longer
hold." (U148-03), the June answer set beside November's as if the rules had moved it, and
in place of what a client come back is told (C123): when they were last screened and what, and
to ask about any arrest, charge or case since, which a screen-reader user then never heard.
What the rules changed is now found on the day of the last screening, the facts alike; the
days that passed are the come-back words', said as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from tests.gui.conftest import probation_client
from tests.older_rules import told_by_older_rules
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

JUNE = date(2026, 6, 1)


def _seen_in_june_by_older_rules(repo, change=lambda d: d) -> int:
    client = probation_client("Paloma Pronto", probation_end=date(2026, 8, 31))
    client.id = repo.add_client(client)
    screen_and_store(repo, client, JUNE)
    told_by_older_rules(repo, client.id, change)
    return client.id


def _heard_on_opening(window, announcements, client_id) -> str:
    window.load()
    del announcements[:]
    window.open_client(client_id)
    opened = [m for _s, m, _p in announcements if m.startswith("Opened ")]
    assert len(opened) == 1, opened
    return opened[0]


def test_days_passed_are_said_as_a_client_come_back_not_as_the_rules(qtbot, window, repo, announcements):
    client_id = _seen_in_june_by_older_rules(repo)

    heard = _heard_on_opening(window, announcements, client_id)

    assert "The rules of this version" not in heard
    assert f"Last screened as of {JUNE.isoformat()}: " in heard
    assert f"Ask the client about any arrest, charge or case since {JUNE.isoformat()}" in heard


def test_what_the_rules_changed_on_that_day_is_said_beside_the_come_back_words(qtbot, window, repo, announcements):
    from clinic_app.eligibility import screen

    client = probation_client("Paloma Pronto", probation_end=date(2026, 8, 31))
    waited = next(d for d in screen(client.person, client.cases, JUNE).results if d.remedy == "pc1203_4")
    assert waited.status == "eligible_on"
    # The older rules had her wait a day longer.
    later = date.fromordinal(waited.date.toordinal() + 1)
    client_id = _seen_in_june_by_older_rules(
        repo, lambda d: replace(d, date=later) if d.remedy == "pc1203_4" and d.status == "eligible_on" else d)

    heard = _heard_on_opening(window, announcements, client_id)

    assert f"Last screened as of {JUNE.isoformat()}: " in heard
    assert (f"changed this client's answers from their last screening, as of {JUNE.isoformat()} by rules 2020.1: "
            f"PC 1203.4 dismissal: ELIGIBLE ON {later.isoformat()}, now ELIGIBLE ON {waited.date.isoformat()}.") in heard
    assert window.statusBar().currentMessage() == window.client_view.came_back_said
    assert "Last screened as of" in window.client_view.came_back_said and "The rules of this version" in window.client_view.came_back_said
