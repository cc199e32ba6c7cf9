"""E65-03: a conspiracy (PC 182) whose target is under another code ("HS 182/11352",
"182(a)(1)/10851 VC") is PC 182, as the same count written under the Penal Code is.  It was read
as the target itself (HS 11352): the conspiracy was dropped, and the count screened as another
crime than the one written under PC."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clinic_app.catalog import load_catalog
from clinic_app.eligibility.depends_on import conspiracy_target

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eligibility"))
from engine_builders import probation_case, row, run  # noqa: E402


@pytest.mark.parametrize(
    ("code", "section", "target"),
    [
        ("HS", "182/11352", "HS 11352"),
        ("HS", "182(a)(1)/11352(a)", "HS 11352(a)"),
        ("PC", "182/11352(a) H&S", "HS 11352(a)"),
        ("VC", "182(a)(1)/10851", "VC 10851"),
        ("PC", "PC 182/HS 11360", "HS 11360"),
        ("PC", "182(a)(1)/211", "PC 211"),
    ],
)
def test_a_conspiracy_is_pc_182_whatever_code_its_target_is_under(code, section, target):
    m = load_catalog().lookup(code, section)
    assert (m.offense.code, m.offense.section) == ("PC", "182")
    assert conspiracy_target(m) == target


def test_the_target_alone_and_an_attempt_under_its_code_are_unchanged():
    c = load_catalog()
    assert c.lookup("HS", "11352").offense.section == "11352"
    m = c.lookup("HS", "664/11352")
    assert (m.offense.code, m.offense.section, m.attempt) == ("HS", "11352", True)
    assert c.lookup("HS", "182").offense is None  # no HS 182: unknown, not a guess


def test_the_conspiracy_screens_alike_written_under_hs_or_pc():
    """PC 17(b) on a felony conspiracy turns on the target (the 182 row's depends_on); under HS
    it was "HS 182(a)(1)/11352 is a straight felony, not a wobbler" (H), read as HS 11352."""
    answers = {}
    for code, section in (("HS", "182(a)(1)/11352"), ("PC", "182(a)(1)/HS 11352")):
        s = run(probation_case(section, code=code, level="felony", start="2014-03-02", end="2016-03-02", kind="formal"))
        d = row(s, "pc17b")
        answers[code] = (d.status, d.confidence)
        assert "the target offense was a misdemeanor or a wobbler" in d.reasons[0].text
    assert answers["HS"] == answers["PC"] == ("needs_review", "M")


@pytest.mark.parametrize(
    ("code", "section", "target"),
    [
        ("HS", "182/HS 11352", "HS 11352"),
        ("HS", "182(a)(1)/H&S 11352(a)", "HS 11352(a)"),
        ("VC", "182/VC 10851", "VC 10851"),
        ("HS", "182/PC 211", "PC 211"),
    ],
)
def test_r66_03_a_target_written_with_its_code_under_the_box_s_code_is_read_as_under_pc(code, section, target):
    """The code box at HS and the count typed as it is written under PC ("182/HS 11352"): the
    box's code was put before the target's own, "182/hshs11352", and the attorney was asked
    about a conspiracy to commit "HSHS 11352"."""
    c = load_catalog()
    m = c.lookup(code, section)
    assert (m.offense.code, m.offense.section) == ("PC", "182")
    assert conspiracy_target(m) == target
    assert m.section == c.lookup("PC", section).section
