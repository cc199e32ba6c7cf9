"""K129-05: `screen --format text` said a case's sentence without the end of the supervision
after release when that supervision's kind was not recorded, as intake stores every prison
term's "Supervision until:" (E29-05): "Sentence: state prison, released 2024-02-01." of a client
on parole to 2027, whose PC 1203.41 rows count two years from that end."""

from __future__ import annotations

from engine_builders import custody_case, run

from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Person


def _sentence_line(case, as_of: str) -> str:
    text = render_text(run(case, as_of=as_of), Person(), [case])
    return " ".join(x.strip() for x in text.split("Sentence: ", 1)[1].split(".\n", 1)[0].splitlines())


def test_k129_05_a_supervision_end_of_no_recorded_kind_is_said():
    held = custody_case("11351", judgment="2019-08-01", release="2024-02-01", supervision=None, supervision_end="2027-02-01")
    assert _sentence_line(held, "2026-12-06") == "state prison, released 2024-02-01, then supervision (kind not recorded) to 2027-02-01"


def test_k129_05_no_kind_and_no_end_says_nothing_more():
    held = custody_case("11351", judgment="2019-08-01", release="2024-02-01", supervision=None, supervision_end=None)
    assert _sentence_line(held, "2026-12-06") == "state prison, released 2024-02-01"


def test_r223_02_a_split_terms_supervision_of_no_recorded_kind_is_named_as_the_worksheet_names_it():
    # A split PC 1170(h) term whose Supervision after was left at Unknown: the screening asks when
    # the mandatory supervision ended, and the line had said nothing of it (as the worksheet, S215-03).
    split = dict(type="county_jail_1170h", judgment="2014-06-10", release="2015-06-10", supervision=None, split=True)
    assert _sentence_line(custody_case("459", code="PC", supervision_end=None, **split), "2026-12-06") == \
        "county jail (PC 1170(h)), released 2015-06-10, then supervision (kind not recorded: mandatory supervision), end date not recorded"
    assert _sentence_line(custody_case("459", code="PC", supervision_end="2017-03-15", **split), "2026-12-06") == \
        "county jail (PC 1170(h)), released 2015-06-10, then supervision (kind not recorded: mandatory supervision) to 2017-03-15"


def test_k235_02_a_straight_terms_blank_release_day_is_said_as_the_checklist_and_worksheet_say_it():
    # The screening asks the release day of a straight term with none recorded (S215-04); the
    # line said "county jail (PC 1170(h))" alone.  A term the record says is not completed is
    # said so, as the Checklist says it (R223-03).  A probation case's custody asks nothing.
    from dataclasses import replace

    straight = custody_case("459", code="PC", type="county_jail_1170h", judgment="2014-06-10", release=None,
                            supervision="none", supervision_end=None)
    assert _sentence_line(straight, "2026-12-06") == "county jail (PC 1170(h)), release date not recorded"
    prison = custody_case("11351", judgment="2019-08-01", release=None, supervision=None, supervision_end=None)
    assert _sentence_line(prison, "2026-12-06") == "state prison, release date not recorded"
    serving = replace(prison, sentence=replace(prison.sentence, completed=False))
    assert _sentence_line(serving, "2026-12-06") == "state prison, not yet completed"
    on_probation = replace(prison, sentence=replace(prison.sentence, type="probation"))
    assert "not recorded" not in _sentence_line(on_probation, "2026-12-06")
