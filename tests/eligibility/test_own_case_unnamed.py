"""A reason or consequence line about the result's own case does not name that case; another
case stays named (S27B-02: "on PRCS in case 24CF0002" under case 24CF0002's own heading, as
S27-04 fixed for the steps)."""

from __future__ import annotations

from engine_builders import custody_case, run, row


def _two_supervisions():
    split = custody_case("11378", type="county_jail_1170h", judgment="2024-01-10", release="2025-09-01", supervision="mandatory_supervision", supervision_end="2027-09-01", split=True)
    split.case_number = "24CF0001"
    prcs = custody_case("11378", id="B", judgment="2024-01-10", release="2025-09-01", supervision="prcs", supervision_end="2027-09-01")
    prcs.case_number = "24CF0002"
    return run(split, prcs, as_of="2026-11-15")


def test_a_reason_about_the_result_s_own_supervision_does_not_name_its_case():
    s = _two_supervisions()
    said = [r.text for r in row(s, "pc1203_41", "B", "B1").reasons]
    assert "The person is on post-release community supervision (PRCS) through 2027-09-01." in said
    assert not any("24CF0002" in text for text in said)
    said = [r.text for r in row(s, "pc1203_425", "A", "A1").reasons]
    assert "The person is on mandatory supervision through 2027-09-01." in said


def test_the_jury_line_names_the_other_case_only():
    s = _two_supervisions()
    jury = {c.case: c.text for c in s.consequences if c.topic == "jury"}
    assert jury["A"].startswith("The person is on mandatory supervision through 2027-09-01. The person is on post-release community supervision (PRCS) in case 24CF0002 through 2027-09-01.")
    assert jury["B"].startswith("The person is on mandatory supervision in case 24CF0001 through 2027-09-01. The person is on post-release community supervision (PRCS) through 2027-09-01.")
