"""S159-01: staff reading a filing worksheet's head for a client with a certificate of
rehabilitation in view (O155-04) met its label "CA resident since" broken over two lines, "CA
resident" above "since", in a label column a third of its pair wide.  The head's label column now
takes its longest label's width, and each label reads on one line.  The real worksheet PDF, read
back line by line (pypdf).  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).parent / "handouts"))
from test_another_state_o155 import teresa  # noqa: E402

from tests.worksheet_text import worksheet_text  # noqa: E402

HEAD_LABELS = ["Client number", "Date of birth", "Also known as", "Language", "As of", "Rules version", "US citizen",
               "Must register", "CA resident since"]


def test_s159_01_each_label_of_the_worksheet_head_reads_on_one_line(tmp_path):
    client = teresa("en", dismissed=True, resident_since=date(1988, 3, 14))
    client.aliases = ["Teresa Alvarado Ruiz", "Tere Ruiz"]
    assert "CA resident since 1988-03-14" in worksheet_text(tmp_path, client, date(2026, 12, 6))
    lines = [line.strip() for line in (PdfReader(str(tmp_path / "worksheet.pdf")).pages[0].extract_text() or "").splitlines()]
    head = lines[:next(at for at, line in enumerate(lines) if line.startswith("Case BA446123"))]
    for label in HEAD_LABELS:
        assert label in head, label
    assert "CA resident" not in head and "since" not in head
