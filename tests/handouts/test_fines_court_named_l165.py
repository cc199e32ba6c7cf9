"""L165-05: Teresa's cases are in Los Angeles, Orange, Riverside and San Bernardino, and only
the San Bernardino case owes fines.  Her to-do read "Pay the fines you still owe: $520.", no
case named (a case is named only where two owe: T122-04), though each card names its county
and the client pays the court of the case that owes.  Where the cases are in several counties
the line now names its case ("Case MSB21003456: ..."), in English and Spanish; one county's
fines read as before."""

from __future__ import annotations

import pytest
from handout_clients import CLINIC, screened
from three_counties import AS_OF, three_counties

from clinic_app.handouts import compose
from clinic_app.handouts.texts import load_texts
from clinic_app.model import Money


def _tasks(lang: str, san_bernardino: str) -> list[str]:
    client = three_counties(lang=lang, san_bernardino=san_bernardino)
    for case in client.cases[:2]:
        case.money = Money()  # no fines ordered: the San Bernardino DUI's are the only ones
    return compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF).prose()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_l165_05_the_one_case_owing_fines_is_named_where_counties_differ(lang):
    t = load_texts(lang)["tasks"]
    fines = t["pay_fines"].format(amount="900")
    assert t["in_case"].format(number="MSB21003456", task=fines) in _tasks(lang, "San Bern.")


def test_l165_05_one_countys_fines_read_as_before():
    fines = load_texts("en")["tasks"]["pay_fines"].format(amount="900")
    client = three_counties(san_bernardino="LA")
    client.cases[1].county = "Los Angeles"
    for case in client.cases[:2]:
        case.money = Money()
    assert fines in compose(client, screened(client, AS_OF), CLINIC, lang="en", as_of=AS_OF).prose()


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("paid", [300, None], ids=["owed", "payments_not_recorded"])
def test_r166_02_the_one_case_owing_restitution_is_named_where_counties_differ(lang, paid):
    """R166-02: restitution is paid, or asked about ("Find out from the court how much you have
    paid"), at the court of the case that ordered it: one case's read with no case named, as
    fines had (L165-05), though the client's cases are in three counties."""
    t = load_texts(lang)["tasks"]
    client = three_counties(lang=lang, san_bernardino="San Bern.")
    for case in client.cases[:2]:
        case.money = Money()
    client.cases[2].money = Money(restitution_ordered=800, restitution_paid=paid)
    said = (t["restitution_owed"].format(amount="500") if paid is not None
            else t["restitution_unrecorded_sb1106"].format(amount="800"))
    prose = compose(client, screened(client, AS_OF), CLINIC, lang=lang, as_of=AS_OF).prose()
    assert t["in_case"].format(number="MSB21003456", task=said) in prose
