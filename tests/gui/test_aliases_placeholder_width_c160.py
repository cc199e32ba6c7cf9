"""C160-03: the Aliases field's placeholder, "other names, split by commas or semicolons", read
whole at 1280 pixels wide (S154-01) and was cut below it: "other names, split by commas..." at
1024, where the field is 200 pixels wide, and the semicolons, the point of it, were gone.  The
field now shows the longest of its placeholders that its width reads whole; the fields beside
it keep their widths."""

from __future__ import annotations

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_intake_returning_client_z83 import intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _room(field) -> int:
    # As tests/gui/test_aliases_placeholder_s154.py measures it: the field's inside less its
    # margins and the line edit's own 2 pixels each side.
    return field.contentsRect().width() - field.textMargins().left() - field.textMargins().right() - 4


def _record_aliases(qtbot, window, repo, width: int, name: str = "aliases"):
    """The Record tab's field `name` (the client form's), in a window `width` pixels wide."""
    client_id = repo.add_client(probation_client("María Elena Ruiz"))
    window.resize(width, 768)
    window.load()
    window.open_client(client_id)
    field = getattr(window.client_view.record.person, name)
    qtbot.waitUntil(field.isVisible)
    qtbot.wait(20)
    return field


@pytest.mark.parametrize("width", [1024, 1100, 1200])
def test_c160_03_below_1280_the_placeholder_reads_whole(qtbot, window, repo, width):
    field = _record_aliases(qtbot, window, repo, width)
    said = field.placeholderText()
    assert "commas or semicolons" in said
    assert field.fontMetrics().horizontalAdvance(said) <= _room(field), (width, field.width(), said)
    # The longest that fits: none longer would read whole either.
    from ui.person_form import ALIASES_PLACEHOLDERS

    longer = ALIASES_PLACEHOLDERS[:ALIASES_PLACEHOLDERS.index(said)]
    assert all(field.fontMetrics().horizontalAdvance(words) > _room(field) for words in longer)


def test_c160_03_at_1280_it_says_other_names_whole_as_before(qtbot, window, repo):
    field = _record_aliases(qtbot, window, repo, 1280)
    assert field.placeholderText() == "other names, split by commas or semicolons"
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= _room(field)


def test_c160_03_intake_reads_whole_too(qtbot, intake):
    field = intake.aliases
    assert "commas or semicolons" in field.placeholderText()
    assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= _room(field)
