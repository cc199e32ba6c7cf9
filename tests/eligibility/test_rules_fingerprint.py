"""RULES_VERSION moves whenever screen()'s answers move.

A stored screening is marked stale when its facts hash or its rules version differs from
today's (db.repository.is_stale).  That only works if RULES_VERSION changes with every
change to the rules' answers, in the catalog or in the code; a version bumped by memory
had stayed "2026.11" through every change since the engine was first written, so a clinic's stored results would
never have been re-run.  This test screens a fixed set of records (the public cases and
250 synthetic clients in fingerprint_requests.jsonl, then three walk-ins whose cases with no
number, typed "unknown" or left blank, another case's sentences name: on probation in it, or a
count of it committed during this probation (B84-03: so a change to how such a case is named is
seen), and every catalog row on a record of
its own, each on three days) and compares a
digest of the answers with the one recorded for the current RULES_VERSION in
rules_fingerprint.txt.  When it fails, the answers changed: give RULES_VERSION a new
value and record the new line the failure prints.  A version names the rules of what lands
on main; while a stop's work goes on under a version that has not landed yet (no clinic can
have stored a screening under it), its line may be re-recorded instead.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

from clinic_app.catalog import load_catalog
from clinic_app.eligibility import RULES_VERSION, screen
from clinic_app.model import Case, Conviction, Custody, Person, Probation, ScreeningRequest, Sentence
from clinic_app.screening_format import read_request, screening_to_dict
from tests.public_cases import public_cases

HERE = Path(__file__).parent
RECORDED = HERE / "rules_fingerprint.txt"
REQUESTS = HERE / "fingerprint_requests.jsonl"
PUBLIC_CASES = HERE.parent / "acceptance" / "cases-public.yaml"
DAYS = (date(2019, 6, 1), date(2026, 11, 1), date(2031, 3, 1))


def _requests() -> list:
    public = [case["request"] for case in public_cases()]
    synthetic = [json.loads(line) for line in REQUESTS.read_text(encoding="utf-8").splitlines()]
    return [read_request(data) for data in public + synthetic] + _every_catalog_row()


def _every_catalog_row() -> list:
    """Each catalog row on a record of its own, after probation and (for a felony) after
    prison: the demo draws few sections, and a row's flags change answers too.  A row with
    conditions (`depends_on`) is screened as a felony too, whatever its usual level."""
    out = []
    for offense in load_catalog():
        usual = "felony" if offense.level in ("felony", "wobbler") else offense.level
        for level in dict.fromkeys((usual, "felony" if offense.depends_on else usual)):
            out += _records(offense, level)
        # And of a level nobody recorded, its probation's kind unknown too: what the rules ask
        # then (V53, R55-03, X55) moved with no record here to show it.
        out += _records(offense, None)[:1]
    return out


def _records(offense, level: str | None) -> list:
    """The row at `level` after completed probation and, for a felony, after prison, both
    after realignment and before it (PC 1203.42 reads the 1170(h) flags only then)."""
    def convicted(year: int) -> Conviction:
        return Conviction(id="A1", code=offense.code, section=offense.section, level=level, conviction_date=date(year, 3, 2), offense_date=date(year - 1, 12, 1))

    records = [(convicted(2012), Sentence(type="probation", judgment_date=date(2012, 3, 2), imposition_suspended=True,
                probation=Probation(kind=None if level is None else "formal" if level == "felony" else "summary", start=date(2012, 3, 2), end=date(2015, 3, 2), status="completed")))]
    if level == "felony":
        for year in (2012, 2009):
            records.append((convicted(year), Sentence(type="state_prison", judgment_date=date(year, 3, 2),
                            custody=Custody(release_date=date(year + 2, 3, 2), supervision="parole", supervision_end=date(year + 4, 3, 2)))))
    person = Person(dob=date(1980, 5, 5), ca_resident_since=date(1990, 1, 1))
    return [ScreeningRequest(person=person, cases=[Case(id="A", convictions=[c], sentence=s)], as_of=None) for c, s in records]


def answers_digest(requests: list | None = None) -> str:
    """sha256 over every screening's FORMAT.md result, its rules_version left out (the
    digest is of what the rules answer, not of what they are called)."""
    digest = hashlib.sha256()
    for request in _requests() if requests is None else requests:
        for day in DAYS + ((request.as_of,) if request.as_of else ()):
            result = screening_to_dict(screen(request.person, request.cases, day))
            result["rules_version"] = ""
            digest.update(json.dumps(result, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def test_rules_version_names_the_answers_it_gives():
    recorded_version, recorded_digest = RECORDED.read_text(encoding="utf-8").split()
    digest = answers_digest()
    if digest != recorded_digest:
        assert RULES_VERSION != recorded_version, (
            f"screen()'s answers changed, but RULES_VERSION is still {RULES_VERSION!r}, so results stored "
            f"under the old rules would not be marked stale. Give RULES_VERSION a new value in "
            f"clinic_app/eligibility/__init__.py (today's date, YYYY.MM.DD), then record it: "
            f"PYTHONPATH=. python tests/eligibility/test_rules_fingerprint.py > {RECORDED.relative_to(HERE.parent.parent)}"
        )
        raise AssertionError(f"write '{RULES_VERSION} {digest}' to {RECORDED.relative_to(HERE.parent.parent)} (the answers of rules {RULES_VERSION})")
    assert RULES_VERSION == recorded_version, (
        f"RULES_VERSION changed to {RULES_VERSION!r} with the answers unchanged; write '{RULES_VERSION} {digest}' to "
        f"{RECORDED.relative_to(HERE.parent.parent)}"
    )


def test_the_digest_sees_a_changed_answer(monkeypatch):
    """The fingerprint is not blind: one remedy's answers changed changes the digest."""
    import clinic_app.eligibility as engine

    catalog_rows = _every_catalog_row()[:60]
    before = answers_digest(catalog_rows)
    steps = engine._CONVICTION_STEPS
    key, decide = steps[0]

    def less_sure(ctx, case, conv):
        d = decide(ctx, case, conv)
        return replace(d, confidence="L" if d.confidence != "L" else "H")

    monkeypatch.setattr(engine, "_CONVICTION_STEPS", ((key, less_sure),) + steps[1:])
    assert answers_digest(catalog_rows) != before


def test_the_set_holds_cases_with_no_number_named_by_another_cases_sentences():
    """B84-03: a case numbered "unknown" is named in other cases' sentences by what the record
    holds (E83-01, B84-02), a case left blank by its key; the set held no record where another
    case's sentence names a case numbered "unknown", so a change to those words went unseen.
    It holds one of each kind, both named by another case's sentence, and (a third) a count of a
    case numbered "unknown" named beside its case (B84-02)."""
    from clinic_app.case_titles import case_title, number_left_blank, number_not_known

    named = set()
    for line in REQUESTS.read_text(encoding="utf-8").splitlines():
        request = read_request(json.loads(line))
        screening = screen(request.person, request.cases, DAYS[1])
        for case in request.cases:
            kind = "unknown" if number_not_known(case) else "blank" if number_left_blank(case) else None
            if kind is None or kind in named:
                continue
            said = f"in case {case_title(case)}"
            if any(said in text for d in screening.results if d.case != case.id
                   for text in [*(r.text for r in d.reasons), *d.next_steps]):
                named.add(kind)
    assert named == {"unknown", "blank"}


if __name__ == "__main__":  # PYTHONPATH=. python tests/eligibility/test_rules_fingerprint.py: the line to record
    print(RULES_VERSION, answers_digest())
