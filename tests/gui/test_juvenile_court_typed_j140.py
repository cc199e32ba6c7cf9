"""J140-02: a volunteer entered a client's juvenile-court record as the sheet wrote it, "WI 602".
The count said "WI 602: not in the offense catalog, but PC 602 (Trespass) is: type “PC 602” if
the conviction is under that code": a juvenile wardship read as a trespass to retype.  W&I 602
is the juvenile court's law, not an offense; its finding is not a conviction and Clinic Desk
does not clear it (juvenile sealing is W&I 781 / 786, ca-rules.md 3.13).  The field now says so,
and where an adult court's conviction goes instead; an offense of that code reads as before."""

from __future__ import annotations

import pytest
from clinic_app.catalog import load_catalog
from clinic_app.typed_sections import juvenile_court_named, read_typed_section
from tests.gui.test_relief_typed_as_offense_j63 import _typed_over_the_count  # the same count, retyped

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize(("typed", "law"), [("WI 602", "WI 602"), ("W&I 602(a)", "WI 602(a)"), ("WIC 781", "WI 781")])
def test_j140_02_a_juvenile_court_law_typed_as_the_offense_is_said_to_be_one(qtbot, window, repo, typed, law):
    count = _typed_over_the_count(qtbot, window, repo, typed)
    said = count.message.text()
    assert said.startswith(f"{law} is the juvenile court's law, not an offense"), said
    assert "not a conviction" in said and "does not clear" in said and "W&I 781 or 786" in said
    assert "PC 602" not in said  # not a trespass to retype
    assert "if an adult court convicted the person, type the section of the offense" in said
    assert not count.message.is_error  # a note: saved as typed, the screening asks an attorney


def test_j140_02_an_offense_of_the_code_reads_as_before(qtbot, window, repo):
    count = _typed_over_the_count(qtbot, window, repo, "WI 10980")
    assert "juvenile" not in count.message.text()
    catalog = load_catalog()
    for offense in ("602", "PC 602", "WI 10980", "WI 8100", "WI 6020"):
        assert not juvenile_court_named(read_typed_section(catalog, offense).match), offense
