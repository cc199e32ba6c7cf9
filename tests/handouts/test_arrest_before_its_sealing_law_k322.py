"""K322: an arrest screened on a day before PC 851.91 began (2018-01-01): its card printed the
section twice and said the law refused the sealing "for this conviction".  Each test reads the
real PDF of a synthetic client, made once per language for the module."""

from __future__ import annotations

import io
from datetime import date

import pytest
from handout_clients import CLINIC
from handout_layout import squash
from pypdf import PdfReader

from clinic_app.eligibility import screen
from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Client
from clinic_app.screening_format import read_request

BEFORE_THE_LAW = date(2017, 6, 1)


@pytest.fixture(scope="module")
def handouts() -> dict[str, str]:
    """A 2016 petty-theft arrest, no charges filed, its handout as of 2017-06-01 in each language."""
    request = read_request({"person": {"dob": "1990-07-18"}, "cases": [{
        "id": "c3", "outcome": "no_charges_filed", "county": "Los Angeles", "arrest_date": "2016-03-26",
        "arrest_level": "misdemeanor", "arrest_offenses": [{"section": "484", "code": "PC", "level": "misdemeanor"}]}]})
    client = Client(name="Test Client", person=request.person, cases=request.cases)
    screening = screen(client.person, client.cases, BEFORE_THE_LAW)
    texts = {}
    for lang in ("en", "es"):
        pdf = render_bytes(compose(client, screening, CLINIC, lang=lang, as_of=BEFORE_THE_LAW))
        texts[lang] = " ".join(squash(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages)
    return texts


@pytest.mark.pdf
@pytest.mark.parametrize("lang, dated", [("en", "PC 851.91 (Stats. 2017, ch. 680, effective January 1, 2018)"),
                                         ("es", "PC 851.91 (Stats. 2017, ch. 680, en vigor desde el 1 de enero de 2018)")])
def test_k322_02_a_section_and_its_dated_form_are_printed_once(handouts, lang, dated):
    """«PC 851.91; PC 851.91 (Stats. 2017, ch. 680, ...)»: the remedy's bare cite beside its
    reason's dated one, the same section, printed twice.  The dated one says all the bare did."""
    text = handouts[lang]
    assert dated in text
    assert "PC 851.91; PC 851.91" not in text


@pytest.mark.pdf
@pytest.mark.parametrize("lang, of_the_arrest, of_a_conviction", [
    ("en", "Sealing the arrest: The law does not allow this relief for this arrest.", "for this conviction"),
    ("es", "Sellar el arresto: La ley no permite este alivio para este arresto.", "para esta condena")])
def test_k322_03_an_arrests_card_says_the_law_refuses_it_of_the_arrest(handouts, lang, of_the_arrest, of_a_conviction):
    """«La ley no permite este alivio para esta condena» / "for this conviction", on the card of
    an arrest that led to none, under "Arrests that did not lead to a conviction"."""
    text = handouts[lang]
    assert of_the_arrest in text
    assert of_a_conviction not in text


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_g324_01_the_day_a_law_began_is_said_as_the_page_says_its_days(handouts, lang):
    """«en vigor desde el 2018-01-01»: a day written as a computer writes it, read aloud by a
    client as "two thousand eighteen dash zero one", on a page that says every other day as
    «1 de junio de 2017» / "June 1, 2017"."""
    assert "2018-01-01" not in handouts[lang]
