"""The engine's public API (brief/engine_api.md): screen, facts_hash, RULES_VERSION, REMEDIES, remedy_title."""

from __future__ import annotations

import re

from clinic_app.eligibility import REMEDIES, RULES_VERSION, facts_hash, remedy_title
from clinic_app.eligibility.registry import REMEDY_KEYS
from clinic_app.model import Person

from engine_builders import probation_case


def test_registry_lists_every_format_remedy_in_format_order():
    assert tuple(r.key for r in REMEDIES) == REMEDY_KEYS
    assert {"pc1203_3", "pc851_91", "pc851_93"} <= {r.key for r in REMEDIES if r.scope == "case"}


def test_every_remedy_module_cites_its_statute():
    import importlib

    for r in REMEDIES:
        doc = importlib.import_module(f"clinic_app.eligibility.{r.key}").__doc__ or ""
        assert any(word in doc for word in ("PC ", "HS ", "Gov")), r.key


def test_remedy_title():
    assert remedy_title("pc1203_4") == "Dismissal after probation (PC 1203.4)"
    assert remedy_title("unknown_key") == "unknown_key"


def test_facts_hash_follows_the_facts_not_the_day():
    a = facts_hash(Person(), [probation_case()])
    assert a == facts_hash(Person(), [probation_case()])
    assert len(a) == 64 and int(a, 16) >= 0
    assert a != facts_hash(Person(us_citizen=False), [probation_case()])
    assert a != facts_hash(Person(), [probation_case(end="2018-03-03")])


def test_rules_version():
    # A date, YYYY.MM.DD, with a letter after it for a second change the same day, and
    # after "z" "za", "zb"... (still in the order they were made, as text);
    # test_rules_fingerprint.py holds it to the answers it gives.
    assert re.fullmatch(r"20\d\d\.[01]\d\.[0-3]\d(?:[a-y]|z[a-z]*)?", RULES_VERSION)


def test_unknown_offense_cites_the_remedys_whole_statute():
    """O21-01: the 17(b) title holds a parenthesis of its own, and an unknown offense's 17(b)
    row was cited as "b)"."""
    from engine_builders import row, run

    case = probation_case("99999", level="felony", kind="formal", imposition_suspended=True)
    d = row(run(case), "pc17b")
    assert d.status == "needs_review"
    assert d.reasons[0].cite == "PC 17(b)"
    assert row(run(case), "prop47").reasons[0].cite == "PC 1170.18"
