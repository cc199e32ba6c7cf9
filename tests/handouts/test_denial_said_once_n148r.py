"""What a judge's "no" means (N148-02) is said in full on the first card with a denial; a
later card points to it.  Client 10 of the seed-11 demo, with three denials (a Prop 64 petition
on a conviction, two arrests' sealings), read the same two sentences three times over two
pages.  A second denial on the card that said it says only its own day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from clinic_app.model import Case, Conviction, Petition, Violation
from tests.gui.conftest import probation_client
from tests.handouts.test_denial_means_said_n148 import MEANS_AFTER, RULED, _handouts

pytestmark = pytest.mark.pdf

AGAIN = {
    "en": "What this \u201cno\u201d means: see \u201cPetty theft\u201d above.",
    "es": "Qué quiere decir este «no»: vea «Hurto menor» arriba.",
}


def _two_cases_denied():
    client = probation_client("Ana Denegada", section="488")
    first = client.cases[0]
    first.sentence.probation.violations = [Violation(date(2022, 1, 10), "reinstated")]
    first.petitions = [Petition("pc1203_4", date(2025, 3, 1), ruling="denied", ruling_on=RULED)]
    second: Case = replace(first, id="c2", case_number="BA100002",
                           convictions=[Conviction(id="c2-1", section="602", level="misdemeanor",
                                                   conviction_date=date(2021, 5, 1))],
                           petitions=[Petition("pc1203_4", date(2025, 3, 1), ruling="denied", ruling_on=RULED)])
    client.cases.append(second)
    return client


def test_what_a_no_means_is_said_once_and_a_later_card_points_to_it(tmp_path):
    said = _handouts(tmp_path, _two_cases_denied())
    for lang in ("en", "es"):
        assert said[lang].count(MEANS_AFTER[lang]) == 1, lang
        assert AGAIN[lang] in said[lang], lang
        assert said[lang].index(MEANS_AFTER[lang]) < said[lang].index(AGAIN[lang])
