"""Findings of handout review H22B, checked on handouts of clients screened by the real
engine, in English and in Spanish, on the composed words and on the real PDF read back with
pypdf (synthetic people only)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, eligible_now, eligible_on, needs_review, screened
from handout_layout import squash
from handout_render import Rendered

from clinic_app.handouts import compose, load_texts, render_bytes
from clinic_app.handouts.document import Task
from clinic_app.model import ArrestOffense, Case, Client


def handout(client: Client, lang: str):
    return compose(client, screened(client), CLINIC, lang=lang)


def tasks(client: Client, lang: str) -> list[Task]:
    return list(handout(client, lang).section("checklist").blocks)


def printed(client: Client, lang: str) -> str:
    h = handout(client, lang)
    return squash(" ".join(Rendered(client, screened(client), h, render_bytes(h)).page_texts()))


# ---- H22B-01: "check your record (RAP sheet)" says how to get one ----------------------------


def with_arrest(client: Client) -> Client:
    client.cases.append(Case(id="B", outcome="no_charges_filed", arrest_date=date(2019, 7, 4), arrest_level="misdemeanor",
                             arrest_offenses=[ArrestOffense(section="242", level="misdemeanor")]))
    return client


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h22b_01_check_your_record_says_how_to_get_it_once(lang):
    """Automatic relief for a conviction and for an arrest: two "check your record" tasks,
    and one line saying how to get the record (Live Scan, the California DOJ, a fee waiver
    to ask the clinic about: ca-rules.md 6), printed on the PDF."""
    t = load_texts(lang)["tasks"]
    client = with_arrest(eligible_now(lang))
    texts = [task.text for task in tasks(client, lang)]
    assert sum(text.startswith(t["check_rap_now"].split("{")[0]) for text in texts) == 2
    assert texts.count(t["get_rap"]) == 1
    assert "Live Scan" in t["get_rap"] and "DOJ" in t["get_rap"]
    assert squash(t["get_rap"]) in printed(client, lang)


def test_h22b_01_the_how_to_follows_the_first_check_even_a_dated_one():
    """A check a year away: the how-to is read under it, not first on the list."""
    t = load_texts("en")["tasks"]
    texts = [task.text for task in tasks(eligible_on(), "en")]
    check = next(i for i, text in enumerate(texts) if text.startswith(t["check_rap"].split("{")[0]))
    assert texts.index(t["get_rap"]) == check + 1


def test_h22b_01_no_record_check_no_how_to():
    t = load_texts("en")["tasks"]
    assert t["get_rap"] not in [task.text for task in tasks(needs_review(), "en")]
