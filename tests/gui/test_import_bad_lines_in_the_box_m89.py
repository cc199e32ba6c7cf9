"""M89-01: File > Import clients of a referral list with 13 bad lines, on a 1366 x 768 laptop at
125% (a screen 1093 x 614 for Qt).  W88-01's box gave its open details 760 pixels, but a
QMessageBox is never wider than its screen less 480 on a screen wider than 1024 (613 here):
the box came out 613 wide with the details 760 in it, so every long entry was cut at the box's
right edge ("... is not one of: convicted, dismissed, acquitted, no_cl"), with no scroll bar and
no wrap.  The details are now no wider than the box can be, so each entry wraps inside it.

The screen's size is the test's own: the box is shown in a program of its own, on an offscreen
screen of that size (the tests' screen is 800 wide, where the box may be as wide as the screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_import_names_ten_bad_lines_d86 import BAD_AT as D86_BAD_AT
from tests.cli.test_import_names_ten_bad_lines_d86 import _referrals

BAD_AT = (2, *D86_BAD_AT)  # thirteen bad lines of 25: D86's twelve and line 2

SHOWN = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget
from clinic_app.cli import BadRecords, read_import_carried
from ui.tasks import bad_records_box

app = QApplication([])
window = QWidget()
window.resize(900, 560)
window.show()
try:
    read_import_carried(Path(sys.argv[1]))
except BadRecords as error:
    box = bad_records_box(window, error)
box.show()
for _ in range(20):
    app.processEvents()
details = box.findChild(QTextEdit)
right = details.mapTo(box, details.rect().topRight()).x()
print(json.dumps({"box": box.width(), "screen": box.screen().availableGeometry().width(), "details_right": right,
                  "sideways": details.horizontalScrollBar().maximum(), "visible": details.isVisible()}))
"""


def _box_on_a_screen(tmp_path: Path, width: int, height: int) -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "Laptop", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2]), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", SHOWN, str(_referrals(tmp_path, BAD_AT))], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("width, height", [(1093, 614),   # 1366 x 768 at 125%
                                           (1152, 720),   # 1440 x 900 at 125%
                                           (1366, 728),   # 1366 x 768 at 100%, its taskbar off
                                           (683, 384)])   # 1366 x 768 at 200%
def test_m89_01_the_bad_lines_wrap_inside_the_box_on_a_laptop_at_125(tmp_path, width, height):
    seen = _box_on_a_screen(tmp_path, width, height)
    assert seen["visible"] and seen["screen"] == width
    assert seen["box"] <= width
    assert seen["details_right"] < seen["box"], f"the details run past the box's right edge: {seen}"
    assert seen["sideways"] == 0  # each entry wrapped, none read by scrolling sideways
