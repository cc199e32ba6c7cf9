"""H130-02: a client on probation for a 2024 DUI (VC 23152(b)) with older cases it holds back,
her handout in Spanish: the "Lea esto primero" line ended "por «Manejar con 0.08" and the next
began "% o más de alcohol en la sangre (DUI)»", a number parted from its unit, as "EE. UU." once
was (H80-02).  The Spanish names that hold a percentage keep it with its number."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import page_lines

from clinic_app.catalog import load_catalog
from clinic_app.eligibility import screen
from clinic_app.handouts import compose, load_texts, render_bytes
from clinic_app.handouts.compose import offense_title
from clinic_app.model import Conviction
from tests.long_record import long_record

AS_OF = date(2026, 12, 6)


def test_h130_02_no_spanish_offense_name_parts_a_percentage_from_its_number():
    t = load_texts("es")
    said = {offense.citation: offense_title(Conviction(id="A1", code=offense.code, section=offense.section), t)
            for offense in load_catalog()}
    with_percent = {cite: title for cite, title in said.items() if "%" in title}
    assert with_percent  # VC 23140, 23152(b), 23153(b)
    assert [cite for cite, title in with_percent.items() if " %" in title] == []
    assert all("\u00a0%" in title for title in with_percent.values())


@pytest.mark.pdf
def test_h130_02_the_read_first_line_keeps_0_08_percent_on_one_line():
    client = long_record(lang="es")
    pdf = render_bytes(compose(client, screen(client.person, client.cases, AS_OF), CLINIC, lang="es", as_of=AS_OF))
    lines = [line for page in page_lines(pdf) for line in page]
    assert any(line.startswith("• Lea esto primero") for line in lines)
    said = [line for line in lines if "0.08" in line]
    assert said
    assert not [line for line in said if line.rstrip().endswith("0.08")], said
    assert not [line for line in lines if line.lstrip().startswith("%")]
