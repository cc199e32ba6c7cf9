"""C165-04: the note under a count the catalog does not read (`_not_in_catalog`) asked whether
the section is a United States Code citation twice, once to name it and once to choose the
note; it asks once.  The notes read as they did (F161-02's federal law, E27-05's not in the
catalog)."""

from __future__ import annotations

import pytest

from ui import case_rows


@pytest.mark.parametrize(("typed", "note"), [
    ("18 U.S.C. § 1343", "18 USC 1343 is federal law (the United States Code): a case from a federal court, which no "
                         "California remedy reaches; type “federal” in State or court; as it is, it can be saved"),
    ("PC 99999", "PC 99999: not in the offense catalog; it can be saved and will be marked for attorney review"),
])
def test_c165_04_the_section_is_read_as_a_us_code_citation_once(typed, note, monkeypatch):
    match = case_rows.read_typed(typed).match
    asked, cited = [], case_rows.us_code_cited

    def counted(text):
        asked.append(text)
        return cited(text)

    monkeypatch.setattr(case_rows, "us_code_cited", counted)
    assert case_rows._not_in_catalog(match, typed).startswith(note)
    assert asked == [typed]
