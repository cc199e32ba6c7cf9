"""R142: an arrest the court sealed (PC 851.91, the petition entered as granted, D140-02) whose
case ended in deferred entry of judgment: the sealing does not withdraw the DEJ guilty plea
(PC 1203.43 does), so what the card says of the plea must not change with the sealing.  Each
test opens the real PDF, in English and Spanish."""

from __future__ import annotations

from datetime import date

import pytest
from test_arrest_granted_said_d140 import RULED, dej_client
from test_arrest_petition_said_p123 import text_of  # the real PDF's words, one line

from clinic_app.handouts.compose import format_date
from clinic_app.handouts.texts import load_texts
from clinic_app.model import Petition

SEALED = Petition("pc851_91", date(2019, 1, 5), ruling="granted", ruling_on=RULED)


def sealed_said(texts) -> str:
    """The sealed card's line, the ruling's day in it (S143-04)."""
    return texts["state"]["arrest_sealed_on"].format(date=format_date(RULED, texts))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r142_01_a_sealed_arrest_still_says_the_dej_plea_may_count_for_immigration(lang):
    """A client not a citizen whose arrest the court sealed, the plea not yet withdrawn, read
    "No conviction. This arrest was sealed." and nothing more: the line "But for immigration,
    your guilty plea may still count as a conviction until the court lets you take it back"
    (ca-rules.md 3.12, 4.8 [H]), said before the sealing was entered, went with it."""
    texts = load_texts(lang)
    text = text_of(dej_client(SEALED, citizen=False), lang)
    assert sealed_said(texts) in text
    assert f'{sealed_said(texts)} {texts["state"]["dej_plea_immigration"]}' in text
    # A citizen is not told it, sealed or not.
    assert texts["state"]["dej_plea_immigration"] not in text_of(dej_client(SEALED, citizen=True), lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r142_01_a_sealed_arrest_says_where_the_plea_withdrawal_stands_at_court(lang):
    """The plea's withdrawal granted too: the sealed card offered it again, "You qualify now. The
    clinic can file papers to ask the court to let you take back your plea", read no court at
    all.  It says the judge said yes, with the day, and the plea's immigration line goes; filed
    and awaiting the judge, it says the papers were filed."""
    texts = load_texts(lang)
    asked = texts["remedies"]["pc1203_43"]["action"]  # "ask the court to let you take back your plea"
    granted = text_of(dej_client(Petition("pc1203_43", date(2019, 6, 5), ruling="granted", ruling_on=date(2019, 8, 1)),
                                 SEALED, citizen=False), lang)
    assert sealed_said(texts) in granted
    assert texts["court"]["granted_kept_on"].format(date=format_date(date(2019, 8, 1), texts)) in granted
    assert asked not in granted
    assert texts["state"]["dej_plea_immigration"] not in granted
    filed = text_of(dej_client(Petition("pc1203_43", date(2026, 10, 5)), SEALED, citizen=False), lang)
    assert texts["court"]["filed"].format(date=format_date(date(2026, 10, 5), texts)) in filed
    assert texts["state"]["dej_plea_immigration"] in filed  # not withdrawn yet
