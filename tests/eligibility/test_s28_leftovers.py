"""Round-28 leftovers (S28-xx): each test names the finding it checks."""

from __future__ import annotations

from clinic_app.eligibility.common import finish_and_keep
from clinic_app.model import Condition

STAY_AWAY = Condition("stay_away", "Stay away from the protected person")
CLASS = Condition("class", "Anger management", required=12, done=4)
OBEY = Condition("other", "Obey all laws")


def test_s28_06_open_conditions_are_split_once_into_tasks_and_orders():
    # 1203.4 and 1203.3 both say the open conditions as tasks to finish and orders to keep.
    assert finish_and_keep([CLASS, STAY_AWAY, OBEY]) == ("Anger management", "Stay away from the protected person, Obey all laws")
    assert finish_and_keep([CLASS]) == ("Anger management", "")
    assert finish_and_keep([]) == ("", "")
