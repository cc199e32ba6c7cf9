"""L119-04: a client's handout saved in large print was offered the regular one's name,
"handout-Rosa-Grande-en-2026-11-15.pdf": a clinic saving both sizes of a day (the regular one for the
file, the large one for the client) had the second replace the first, and neither name said which it
was; the print job's name, on the printer's list, the same.  Both now end "-large-print"."""

from __future__ import annotations

import pytest

from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_handouts import _dialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_l119_04_a_large_print_handout_is_named_so(qtbot, repo):
    dialog = _dialog(qtbot, repo, probation_client("Rosa Grande"))
    regular = f"handout-Rosa-Grande-en-{TODAY.isoformat()}"
    assert dialog.suggested_name() == f"{regular}.pdf"
    dialog.large_print.setChecked(True)
    dialog.wait_for_pages()
    assert dialog.large_print.isChecked()
    assert dialog.suggested_name() == f"{regular}-large-print.pdf"
    assert dialog.print_job_name().endswith(f"-en-{TODAY.isoformat()}-large-print")
