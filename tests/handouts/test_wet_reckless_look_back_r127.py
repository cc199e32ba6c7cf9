"""R127-02: D126-01 told a client with a DUI until when a dismissed DUI still counts as an earlier
DUI in a new DUI case, but a "wet reckless" (VC 23103.5) counts as a prior alike (VC 23540,
23546, 23550; the screening says it with its day: 'a "wet reckless" counts as a prior in a later
DUI case committed through 2032-03-14'): a client with a 2022 wet reckless read nothing of it.
It is said by its own name, not as "a dismissed DUI"."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text
from test_dui_look_back_dated_d126 import _dui_client

from clinic_app.model import Case, Conviction, ReliefGranted


def _wet_reckless(offense: date | None) -> object:
    return _dui_client(offense, date(2022, 6, 1), date(2024, 6, 1), section="23103.5")


@pytest.mark.pdf
def test_r127_02_a_wet_reckless_is_told_until_when_it_counts_as_an_earlier_dui():
    client = _wet_reckless(date(2022, 3, 14))
    en = pdf_text(client, "en")
    assert ("A dismissed 'wet reckless' (alcohol-related reckless driving) still counts as an earlier DUI if you are charged "
            "with a new DUI for driving up to March 14, 2032, ten years after it.") in en
    assert "A dismissed DUI still counts" not in en
    es = pdf_text(client, "es")
    assert ("Un «wet reckless» (manejo imprudente relacionado con alcohol) desestimado sigue contando como DUI anterior "
            "si le presentan cargos por un nuevo DUI cometido hasta el 14 de marzo de 2032, diez años después.") in es


@pytest.mark.pdf
def test_r127_02_without_its_offense_date_and_beside_a_dui_each_says_its_own_day():
    client = _wet_reckless(None)
    assert "for driving up to June 1, 2032 at the latest, ten years after it." in pdf_text(client, "en")
    client.cases.append(Case(id="C", case_number="5CJ00001", convictions=[
        Conviction(id="C1", code="VC", section="23152(a)", level="misdemeanor",
                   offense_date=date(2019, 8, 2), conviction_date=date(2019, 10, 1))]))
    en = pdf_text(client, "en")
    assert "A dismissed DUI still counts as an earlier DUI if you are charged with a new DUI for driving up to August 2, 2029," in en
    assert "A dismissed 'wet reckless' (alcohol-related reckless driving) still counts as an earlier DUI" in en


@pytest.mark.pdf
@pytest.mark.parametrize("vacatur", ["pc1473_7", "pc236_14"])
def test_r127_04_a_dui_vacated_is_told_no_day_it_still_counts(vacatur):
    """R127-04: a DUI vacated (PC 1473.7, 236.14) leaves no conviction, so no prior (the
    screening: "neither a firearm ban nor a prior follows from it"), but the page said under the
    card's "The court cancelled this conviction" that it "still counts as an earlier DUI ... up to
    June 3, 2033"."""
    client = _dui_client(date(2023, 6, 3), date(2023, 9, 15), date(2025, 9, 15))
    client.cases[0].convictions[0].relief_granted = [ReliefGranted(vacatur, date(2026, 3, 1))]
    en = pdf_text(client, "en")
    assert "The court cancelled this conviction." in en
    assert "still counts as an earlier DUI" not in en
    assert "sigue contando como DUI anterior" not in pdf_text(client, "es")
    client.cases[0].convictions[0].relief_granted = [ReliefGranted("pc1203_4", date(2026, 3, 1))]  # dismissed, not vacated
    assert "for driving up to June 3, 2033, ten years after it." in pdf_text(client, "en")
