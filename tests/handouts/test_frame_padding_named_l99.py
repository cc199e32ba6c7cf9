"""L99-01: the page frame's padding (6 points a side, R95's 12 points) was ReportLab's default, unnamed,
and the contact block's fit check wrote it again as `width - 2 * 6`, named only in a comment: a change
to the frame would have left the check measuring lines 12 points wider or narrower than they are.
It is named once, FRAME_PADDING, where the frame is made, and the check uses the name."""

from __future__ import annotations

import pytest
from handout_layout import positioned_runs
from test_contact_label_whole_r95 import LONG_EMAIL, LONG_WEBSITE, handout_with_every_detail
from test_values_kept_whole_l94 import lines_of

from clinic_app.handouts import render, render_bytes

MARGIN = 54  # 0.75 in


def _first_line_left(pdf: bytes) -> float:
    """Where page 1's first line (the clinic's name above the title, a paragraph) starts: tables are
    as wide as the margins and centred over the padding, so only a paragraph shows the frame's."""
    runs = positioned_runs(pdf)[0]
    top = max(y for _x, y, _text in runs)
    return min(x for x, y, _text in runs if y == top)


@pytest.mark.pdf
def test_l99_01_the_frame_sets_its_text_inside_its_named_padding():
    handout = handout_with_every_detail("en", True)
    assert _first_line_left(render_bytes(handout)) == pytest.approx(MARGIN + render.FRAME_PADDING, abs=0.5)


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_l99_01_the_contact_blocks_fit_check_follows_the_frames_padding(monkeypatch, lang):
    """With a wider padding the frame's text starts further in, and a clinic's long email and website,
    measured against the narrower line, are still never cut inside themselves (R95-02)."""
    monkeypatch.setattr(render, "FRAME_PADDING", 30)
    handout = handout_with_every_detail(lang, True, email=LONG_EMAIL, website=LONG_WEBSITE)
    pdf = render_bytes(handout)
    assert _first_line_left(pdf) == pytest.approx(MARGIN + 30, abs=0.5)
    lines = lines_of(pdf)
    whole = [LONG_EMAIL, LONG_WEBSITE, f"{handout.labels['email']}:", f"{handout.labels['website']}:"]
    assert [words for words in whole if not any(words in line for line in lines)] == []
