"""K288-04: an attorney's review kept with no UTC offset (an export edited by hand, as R275 found)
was read two ways: compared as UTC (SQLite's julianday(), an import that stores it), its day taken
as this computer's local time.  In Los Angeles, `screen --format text` of the export said the
denial reviewed on the ruling day where the caseload it was imported into said it was still to
review.  Each place reads it by one rule now: a time with no offset is UTC."""

from __future__ import annotations

from datetime import date, datetime, timezone

from clinic_app.court import kept_moment, review_day
from db.repository import _review_time
from ui.models.history_model import local_time


def test_k288_04_a_review_time_with_no_offset_reads_as_utc_wherever_it_is_read(in_los_angeles):
    typed = "2026-11-16T03:00:00"  # 19:00 on November 15 in Los Angeles
    imported = _review_time(typed)  # as File > Import and `clinic-app import` store it
    assert imported == "2026-11-16T03:00:00+00:00"
    # The day the text of the export, the worksheet and the caseload's list each read of it.
    assert review_day(typed) == review_day(imported) == date(2026, 11, 15)
    assert kept_moment(typed) == kept_moment(imported) == datetime(2026, 11, 16, 3, tzinfo=timezone.utc)
    # And as the Eligibility tab and the history show a kept moment: this computer's time.
    assert local_time(datetime.fromisoformat(typed), "%Y-%m-%d %H:%M") == "2026-11-15 19:00"
