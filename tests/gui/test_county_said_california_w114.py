"""W114-01: since O112-03 a county counts for a California case only, and "County not given" is
a California case's blank County box; the County filter's tooltip and `clinic-app list --help`
still said "a case heard in this county" and "a case whose County box is blank", so a Nevada
case's client missing from both read as a fault.  Both say "a California case" now, and what
becomes of another state's case."""

from __future__ import annotations

import pytest

from clinic_app.cli import build_parser
from tests.gui.conftest import probation_client
from tests.gui.test_county_not_given_c80 import _cli_ids, _shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _county_help() -> str:
    listing = build_parser()._subparsers._group_actions[0].choices["list"]
    county = next(action for action in listing._actions if "--county" in action.option_strings)
    return " ".join(county.help.split())


def test_w114_01_the_county_filter_and_list_county_say_a_county_counts_for_a_california_case(qtbot, window, repo, capsys):
    blank = probation_client("Nora Sincondado", case_number="BA1")
    blank.cases[0].county = None
    blank_id = repo.add_client(blank)
    away = probation_client("Ana Afuera", case_number="NV09-1")
    away.cases[0].jurisdiction, away.cases[0].county = "NV", None
    repo.add_client(away)
    window.load()
    view = window.caseload
    tip = " ".join(view.county.toolTip().split())
    for said in (tip, _county_help()):
        assert "with a California case heard in this county" in said
        assert "a case of another state" in said and "is in none" in said
    assert '"County not given": a California case whose County box is blank' in tip
    assert '"not given": those with a California case whose County box is blank' in _county_help()
    # As they say: the Nevada case with no county is not "not given".
    view.county.setCurrentIndex(view.county.count() - 1)
    assert _shown(view) == {blank_id} == _cli_ids(capsys, repo.path, "--county", "not given")
