"""R84b-04: the client's handout named a case by its number in a task ("Case {number}: ..."),
and a number typed where it was not known ("unknown", R46-06) is no number: a walk-in with a
theft and a vandalism both numbered "unknown", each on probation, read "Case unknown: Finish
probation by May 20, 2028." and "Case unknown: Finish probation by June 1, 2029.", and the
Spanish handout "Caso unknown: ...", an English word that names neither case.  Such a case is
named by its offense, as a case with no number is (H22B-02)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_layout import squash
from test_review_h22b import printed, tasks, two_probations

from clinic_app.handouts import load_texts
from clinic_app.handouts.compose import format_date, offense_title


def _both_unknown(lang: str):
    client = two_probations(lang)
    for case in client.cases:
        case.case_number = "unknown"
    return client


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r84b_05_each_probation_of_an_unknown_case_is_named_by_its_offense(lang):
    texts = load_texts(lang)
    t = texts["tasks"]
    client = _both_unknown(lang)
    theft, vandalism = (offense_title(case.convictions[0], texts) for case in client.cases)
    first = t["for_offense"].format(offense=theft, task=t["probation_end"].format(date=format_date(date(2028, 5, 20), texts)))
    second = t["for_offense"].format(offense=vandalism, task=t["probation_end"].format(date=format_date(date(2029, 6, 1), texts)))
    listed = [task.text for task in tasks(client, lang)]
    assert first in listed and second in listed, listed
    assert not any("unknown" in text for text in listed), listed


@pytest.mark.pdf
def test_r84b_05_the_spanish_pdf_says_no_caso_unknown():
    client = _both_unknown("es")
    text = printed(client, "es")
    assert "unknown" not in text
    texts = load_texts("es")
    vandalism = offense_title(client.cases[1].convictions[0], texts)
    assert squash(texts["tasks"]["for_offense"].format(
        offense=vandalism, task=texts["tasks"]["probation_end"].format(date=format_date(date(2029, 6, 1), texts)))) in text
