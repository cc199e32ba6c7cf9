"""S66-04 at the merge: a filing made two petitions on one side ("Granted in part...") and its day
filed put right on the other (with its hearing, or alone): each part gets the day, whichever side
split it; C65-03's hearing follows it."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.drafts import as_record, hearing_on_each_part, petition_keys, typing_over, with_petition_keys
from clinic_app.model import Conviction, Petition
from clinic_app.screening_format import client_to_request_dict
from tests.gui.conftest import probation_client
from tests.test_drafts_c65 import _split

STAMPED, HEARD = date(2026, 11, 3), date(2026, 11, 20)


def _put_days(typing, theirs):
    typed_on = probation_client("Paula Peticiones")
    typed_on.cases[0].convictions.append(Conviction(id="c1-2", section="484", level="misdemeanor",
                                                    conviction_date=typed_on.cases[0].disposition_date))
    typed_on.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), convictions=["c1-1", "c1-2"])]
    typed, stored = copy.deepcopy(typed_on), copy.deepcopy(typed_on)
    typing(typed)
    theirs(stored)
    keys = petition_keys(typed_on, typed, stored)
    keyed = [with_petition_keys(client_to_request_dict(record), k) for record, k in zip((typed_on, typed, stored), keys)]
    record, put_keys, _kept = as_record(typing_over(*keyed), keyed[2])
    put = hearing_on_each_part(typed_on, typed, stored, record, (keys[1], keys[2], put_keys))
    return [(p.filed_on, p.hearing_on, p.ruling) for p in put.cases[0].petitions]


def _stamped(heard):
    def put_right(client) -> None:
        client.cases[0].petitions[0].filed_on = STAMPED
        client.cases[0].petitions[0].hearing_on = heard
    return put_right


def test_the_day_filed_put_right_on_one_side_of_a_granted_in_part_split_is_each_parts():
    assert _put_days(_split, _stamped(HEARD)) == [(STAMPED, HEARD, "granted"), (STAMPED, HEARD, "denied")]  # split here
    assert _put_days(_stamped(HEARD), _split) == [(STAMPED, HEARD, "granted"), (STAMPED, HEARD, "denied")]  # split there
    assert _put_days(_split, _stamped(None)) == [(STAMPED, None, "granted"), (STAMPED, None, "denied")]
