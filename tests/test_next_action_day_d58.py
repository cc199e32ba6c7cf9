"""D58-02: the day a caseload line's Next action ends with is said with its words
(`NextAction.trailing_day`), for the narrow list to keep whole where it cuts them; the list's
delegate found it again with a regular expression over the words it was handed.

Here, on every line of the demo caseload (petitions filed in every state included) and on the
automatic-relief lines the demo lacks, on the demo's day and later ones: the day is the one the
words the narrow list shows (the fewer ones, else the whole) end with, as that regular
expression read it, and None exactly where they end with none."""

from __future__ import annotations

import re
from datetime import date, timedelta

from clinic_app.demo import DEMO_AS_OF, file_demo_petitions, generate_clients
from clinic_app.eligibility import screen
from clinic_app.line_action import next_action_said
from clinic_app.next_action import NextAction
from clinic_app.summary import summarize
from tests import automatic_relief
from ui.services import client_row

# The old delegate's reading of the words, kept here as the measure (ui.caseload_view until D58).
ENDS_WITH_DAY = re.compile(r" (\d{4}-\d{2}-\d{2})$")
AUTOMATIC = ("clean_slate_only", "arrest_relief_only", "to_file", "clean_slate_later", "arrest_relief_later",
             "to_file_later", "arrest_relief_now_petition_soon", "arrest_relief_later_petition_after",
             "arrest_relief_soon")


def _rows(as_of: date):
    clients = list(file_demo_petitions(generate_clients(300, seed=0), as_of, seed=0))
    clients += [getattr(automatic_relief, make)() for make in AUTOMATIC]
    for n, client in enumerate(clients, start=1):
        client.id = n
        yield client_row(client, summarize(client, screen(client.person, client.cases, as_of), as_of),
                         awaiting_review=n % 2 == 0)


def test_d58_the_day_said_is_the_one_the_shown_words_end_with():
    kinds: dict[str, set[date | None]] = {}
    for later in (0, 30, 400):
        screened = DEMO_AS_OF + timedelta(days=later)
        for row in _rows(screened):
            for today in (screened, screened + timedelta(days=60)):  # hearings held since, for some
                said = next_action_said(row, today)[0]
                shown = said.short or said.full
                dated = ENDS_WITH_DAY.search(shown)
                assert said.trailing_day == (date.fromisoformat(dated.group(1)) if dated else None), said
                if said.trailing_day is not None:
                    assert said.full.endswith(f" {said.trailing_day.isoformat()}"), said  # the whole words too
                kinds.setdefault(re.sub(r"\d{4}-\d{2}-\d{2}", "D", said.full), set()).add(said.trailing_day)
    # Lines with a day and lines without were both read, of every kind with a day.
    with_day = {kind for kind, days in kinds.items() if None not in days}
    assert {"File on D", "Screen again on D", "Automatic from D", "Automatic; file on D", "Filed D; hearing D"} <= with_day
    assert {"File now", "Automatic: check RAP sheet", "Denied D: attorney to review", "Hearing D held: record the ruling",
            "Filed D; awaiting ruling"} <= {kind for kind, days in kinds.items() if days == {None}}


def test_d58_words_made_with_their_day_end_with_it():
    day = date(2027, 3, 2)
    assert NextAction.ending_with(day, "File on") == ("File on 2027-03-02", None, day)
    assert NextAction.ending_with(day, "Automatic from", "Auto on") == ("Automatic from 2027-03-02", "Auto on 2027-03-02", day)
    assert NextAction("Held: record ruling").trailing_day is None
