"""F83-01: a section the record stores with its code in it ("PC 459", "VC 23152(b)" under code
PC, as an import keeps it), read back from the text it is shown as, is stored as the record has
it: the Record tab's first save of anything else rewrote it, and lost the redo after an undo."""

from __future__ import annotations

import pytest

from clinic_app.catalog import as_written, load_catalog
from clinic_app.typed_sections import read_typed_section

RECORDED = [("PC", "PC 459"), ("PC", "VC 23152(b)"), ("HS", "HS 11350(a)"), ("PC", "664/211"), ("PC", "459 PC"),
            ("PC", "664/VC 23152"), ("PC", "182/HS 11352"), ("HS", "182(a)(1)/11352"), ("PC", "pc 459"), ("PC", "460b"),
            ("PC", "484 & 488"), ("other", "123"), ("PC", "P.C. 459"), ("VC", "23152(a)"), ("PC", "459")]


@pytest.mark.parametrize("recorded", RECORDED)
def test_f83_01_a_recorded_section_shown_and_left_is_stored_as_recorded(recorded):
    catalog = load_catalog()
    reading = read_typed_section(catalog, as_written(*recorded), recorded)
    assert reading.stored == recorded
    # and the engine reads it as it reads what the form would otherwise have stored
    assert catalog.lookup(*recorded).offense == read_typed_section(catalog, as_written(*recorded)).match.offense


def test_f83_01_a_section_typed_over_is_stored_as_typed():
    catalog = load_catalog()
    assert read_typed_section(catalog, "459", ("PC", "PC 459")).stored == ("PC", "459")
    assert read_typed_section(catalog, "PC 484(a)", ("PC", "PC 459")).stored == ("PC", "484(a)")
    assert read_typed_section(catalog, "23152(b)", ("PC", "")).stored == ("VC", "23152(b)")  # a new count: no record
