"""S161-04: the client form's Clinic event field read its placeholder cut in a window 1024
pixels wide, "e.g. Compton expungement f...", the day that tells one year's fair from the next
gone, as the Aliases field's was (C160-03).  It now shows the longest of its placeholders its
width reads whole, by the same field as Aliases: "e.g. Compton expungement fair 2026-11" at
1280 as before, a shorter one with the month below."""

from __future__ import annotations

import pytest

from tests.gui.test_aliases_placeholder_width_c160 import _record_aliases, _room

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

EVENT_PLACEHOLDERS = ("e.g. Compton expungement fair 2026-11", "e.g. Compton fair 2026-11", "e.g. Compton 2026-11")


def _record_event(qtbot, window, repo, width: int):
    return _record_aliases(qtbot, window, repo, width, "event")


@pytest.mark.parametrize("width", [1024, 1100, 1200])
def test_s161_04_below_1280_the_event_placeholder_reads_whole(qtbot, window, repo, width):
    field = _record_event(qtbot, window, repo, width)
    said = field.placeholderText()
    assert said in EVENT_PLACEHOLDERS and said.endswith("2026-11")
    assert field.fontMetrics().horizontalAdvance(said) <= _room(field), (width, field.width(), said)
    # The longest that fits: none longer would read whole either.
    longer = EVENT_PLACEHOLDERS[:EVENT_PLACEHOLDERS.index(said)]
    assert all(field.fontMetrics().horizontalAdvance(words) > _room(field) for words in longer)


def test_s161_04_at_1280_it_reads_as_before(qtbot, window, repo):
    field = _record_event(qtbot, window, repo, 1280)
    assert field.placeholderText() == "e.g. Compton expungement fair 2026-11"
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= _room(field)
