"""W88-01: File > Import clients of a referral list with many bad lines names the first ten (D86-02);
in the box's words they were ten entries wrapped in a 400-pixel box, some 40 lines read as one
block.  The box now says what happened and what to do, and names the lines in its details, open,
one a line, where they can be read and copied; Enter (or Escape) closes it, as any message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextEdit

from tests.gui.conftest import in_message_box
from tests.cli.test_import_names_ten_bad_lines_d86 import _referrals

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def refused_in_a_box(qtbot, window, monkeypatch, path) -> dict:
    """File > Import clients of `path`, refused with its bad lines named: what the box showed,
    read while it was open, then closed by Enter as the paralegal closes it."""
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: pytest.fail(f"warned in the box's words: {text}"))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: pytest.fail(f"told: {text}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen: dict = {}

    def in_box(box: QMessageBox) -> None:
        details = box.findChild(QTextEdit)
        seen.update(text=box.text(), informative=box.informativeText(), details=box.detailedText(),
                    details_shown=details is not None and details.isVisible(),
                    details_name=details.accessibleName() if details is not None else None,
                    details_lines=details.height() // details.fontMetrics().lineSpacing() if details is not None else 0,
                    on_ok=box.focusWidget() is box.button(QMessageBox.StandardButton.Ok))
        qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return)
        seen["closed"] = not box.isVisible()

    in_message_box(in_box)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: "closed" in seen, timeout=60_000)
    return seen


def test_w88_01_the_bad_lines_are_in_the_box_s_details_open_one_a_line(qtbot, window, repo, monkeypatch, tmp_path):
    seen = refused_in_a_box(qtbot, window, monkeypatch, _referrals(tmp_path))
    assert seen["text"] == "The file was not imported (nothing was added): 12 bad lines in referrals.jsonl."
    assert seen["informative"] == ("Put those records right and import the whole file again. Below, the first ten are named, "
                                   "each by its place in the file and what is wrong with it.")
    lines = seen["details"].splitlines()
    assert len(lines) == 11
    assert lines[0].startswith("referrals.jsonl:3: person.dob: no such day: '1980-02-30'")
    assert lines[9].startswith("referrals.jsonl:20: ")
    assert lines[10] == "and 2 more bad lines"
    # Shown, not behind "Show Details...", and tall enough for the eleven lines (Qt's shows six).
    assert seen["details_shown"] and seen["details_lines"] >= 11
    assert seen["details_name"] == "Bad lines in referrals.jsonl"
    # The keyboard on OK, and Enter closes the box, as every message of the window.
    assert seen["on_ok"] and seen["closed"]
    assert repo.count_clients() == 0


def test_w88_01_one_bad_line_is_said_as_before(qtbot, window, repo, monkeypatch, tmp_path):
    from tests.gui.conftest import warned_on_import

    day = _referrals(tmp_path)
    day.write_text(day.read_text(encoding="utf-8").splitlines()[2] + "\n", encoding="utf-8")  # line 3 alone: a bad dob
    (said,) = warned_on_import(qtbot, window, monkeypatch, day)
    assert said.startswith("The file was not imported (nothing was added): ")
    assert "1980-02-30" in said and "\n" not in said.strip()
