"""M124-02: a standing condition typed as the order itself, a verb first ("Obey all laws"), read
on the handout "Obey “Obey all laws” (as written in your papers)." (Spanish: "Cumpla «Obey all
laws» (así dice en sus papeles)."): the verb twice.  It is now quoted after what says the words
are the papers': "Do what your papers say: “Obey all laws”."  A label that is a name, not an
order ("Criminal protective order"), reads as before."""

from __future__ import annotations

from datetime import date

from handout_clients import CLINIC, screened

from clinic_app.handouts import compose
from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence


def tasks(label: str, lang: str, end: date | None = date(2027, 6, 1)) -> list[str]:
    conv = Conviction(id="A1", section="242", conviction_date=date(2025, 6, 1))
    case = Case(id="A", convictions=[conv], conditions=[Condition(kind="other", label=label)],
                sentence=Sentence(type="probation", judgment_date=date(2025, 6, 1),
                                  probation=Probation(start=date(2025, 6, 1), end=end, status="active")))
    client = Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])
    return [t.text for t in compose(client, screened(client, date(2026, 6, 2)), CLINIC, lang=lang).section("checklist").blocks]


def test_m124_an_order_typed_as_one_is_quoted_after_do_what_your_papers_say():
    english, spanish = tasks("Obey all laws", "en"), tasks("Obey all laws", "es")
    assert "Until June 1, 2027, do what your papers say: “Obey all laws”." in english, english
    assert "Hasta el 1 de junio de 2027, haga lo que dicen sus papeles: «Obey all laws»." in spanish, spanish
    assert not any("Obey “Obey" in text or "Cumpla «Obey" in text for text in english + spanish)


def test_m124_an_order_with_no_end_and_a_name_not_an_order():
    assert "Do what your papers say: “Do not contact Ana Ruiz”." in tasks("Do not contact Ana Ruiz", "en", None)
    assert "Haga lo que dicen sus papeles: «Do not contact Ana Ruiz»." in tasks("Do not contact Ana Ruiz", "es", None)
    assert "Obey “No contact with Ana Ruiz” (as written in your papers) until June 1, 2027." in \
        tasks("No contact with Ana Ruiz", "en")
