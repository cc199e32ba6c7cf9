"""The handout asks the client, at the top, to check that the cases listed are theirs and
that none is missing, before anything is filed: the client is the one who knows (a
namesake's case typed in, a case the RAP sheet left off).  Clinics asked for it of other
tools (dear-petition #470: "share the record summary with my client so they can verify the
offenses all belong to them").  Each test opens the real PDF."""

from __future__ import annotations

from dataclasses import replace

import pytest
from handout_clients import arrest_only, dismissed_and_reduced, no_cases
from handout_render import rendered_for, squash

from clinic_app.handouts import load_texts


def _said(lang: str, text: str) -> int:
    """How many times the request to check the cases is printed in `text`."""
    return text.count(squash(load_texts(lang)["check_cases"]))


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_client_is_asked_once_at_the_top_to_check_the_cases_listed(lang):
    """Convictions and an arrest: said once, on page 1 after the intro, before the first list."""
    t = load_texts(lang)
    client = dismissed_and_reduced(lang)
    client = replace(client, cases=[*client.cases, *arrest_only(lang).cases])
    result = rendered_for(client, lang)
    first = result.page_texts()[0]
    assert _said(lang, result.text()) == 1
    ask = first.find(squash(t["check_cases"]))
    assert first.find(squash(t["intro"][-1])) < ask < first.find(squash(t["headings"]["record"]))


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_arrest_alone_is_a_case_to_check_too(lang):
    assert _said(lang, rendered_for(arrest_only(lang), lang).text()) == 1


@pytest.mark.pdf
def test_a_client_with_no_case_is_not_asked_to_check_cases():
    """Nothing listed: the empty page already asks the clinic to check the record (D64-03)."""
    text = rendered_for(no_cases("en"), "en").text()
    assert _said("en", text) == 0
    assert squash(load_texts("en")["no_case"][1]) in text
