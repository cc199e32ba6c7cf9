"""Findings of handout review H22, checked on handouts of clients screened by the real
engine, in English and in Spanish, on the composed words and on the real PDF read back with
pypdf (synthetic people only)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, blocked_by_probation, screened
from handout_layout import squash
from handout_render import Rendered

from clinic_app.handouts import compose, load_texts, render_bytes
from clinic_app.handouts.compose import format_date
from clinic_app.handouts.document import RecordEntry, Task
from clinic_app.model import Case, Client, Conviction, Person, Probation, ReliefGranted, Sentence


def handout(client: Client, lang: str):
    return compose(client, screened(client), CLINIC, lang=lang)


def rendered(client: Client, lang: str) -> Rendered:
    h = handout(client, lang)
    return Rendered(client, screened(client), h, render_bytes(h))


def tasks(client: Client, lang: str) -> list[Task]:
    return list(handout(client, lang).section("checklist").blocks)


def entries(client: Client, lang: str) -> list[RecordEntry]:
    return [b for s in handout(client, lang).sections for b in s.blocks if isinstance(b, RecordEntry)]


# ---- H21-42: what the client can do now comes before what is dated years ahead ----------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h21_42_tasks_to_do_now_come_first_then_dated_then_waiting_on_others(lang):
    """The client on probation to 2028 owes fines and may gather proof now: those lead the
    printed checklist, the dated steps follow in date order, and the hearing the court may set
    comes after them; restitution, which stops nothing, stays last (H20-06)."""
    t = load_texts(lang)["tasks"]
    due = format_date(date(2028, 5, 21), load_texts(lang))
    in_order = [
        t["pay_fines"].format(amount="1,200"),
        t["proof"],
        t["probation_end"].format(date=format_date(date(2028, 5, 20), load_texts(lang))),
        t["come_back_on"].format(date=due, what=""),
        t["hearing"],
        t["restitution_owed"].format(amount="600"),
    ]
    text = squash(" ".join(rendered(blocked_by_probation(lang), lang).page_texts()))
    checklist = text[text.index(squash(load_texts(lang)["headings"]["checklist"])):]
    where = [checklist.find(squash(line).rstrip(".")) for line in in_order]
    assert -1 not in where, list(zip(in_order, where))
    assert where == sorted(where)


def test_h21_42_dated_tasks_keep_their_date_order():
    listed = [task.due for task in tasks(blocked_by_probation(), "en") if task.due is not None]
    assert listed and listed == sorted(listed)
