"""Small builders for synthetic records, so each engine test says only what matters to it."""

from __future__ import annotations

from datetime import date, timedelta

from clinic_app.eligibility import screen
from clinic_app.model import Case, Conviction, Custody, Money, Person, Probation, Screening, Sentence, Violation

D = date.fromisoformat
ONE = timedelta(days=1)


def conviction(section="484(a)/488", *, code="PC", level="misdemeanor", convicted="2015-03-02", id="A1", wobbler=None, **kw) -> Conviction:
    return Conviction(id=id, section=section, code=code, level=level, wobbler=wobbler, conviction_date=D(convicted) if convicted else None, **kw)


def probation_case(
    section="484(a)/488",
    *,
    id="A",
    code="PC",
    level="misdemeanor",
    start="2015-03-02",
    end="2018-03-02",
    status="completed",
    kind="summary",
    violations=(),
    early=None,
    imposition_suspended=None,
    wobbler=None,
    money=None,
    conditions=(),
    conv_id=None,
) -> Case:
    conv = conviction(section, code=code, level=level, convicted=start, id=conv_id or f"{id}1", wobbler=wobbler)
    return Case(
        id=id,
        convictions=[conv],
        sentence=Sentence(
            type="probation",
            judgment_date=D(start),
            imposition_suspended=imposition_suspended,
            probation=Probation(
                kind=kind,
                start=D(start),
                end=D(end) if end else None,
                early_termination=D(early) if early else None,
                violations=[Violation(D(d), o) for d, o in violations],
                status=status,
            ),
        ),
        money=money,
        conditions=list(conditions),
    )


def no_probation_case(section="415(1)", *, id="A", code="PC", level="misdemeanor", judgment="2026-02-10", completed=True, money=None) -> Case:
    return Case(
        id=id,
        convictions=[conviction(section, code=code, level=level, convicted=judgment, id=f"{id}1")],
        sentence=Sentence(type="no_probation", judgment_date=D(judgment), completed=completed),
        money=money,
    )


def custody_case(
    section="11378",
    *,
    id="A",
    code="HS",
    type="state_prison",
    judgment="2015-06-01",
    release="2017-06-01",
    supervision="parole",
    supervision_end="2019-06-01",
    split=False,
    level="felony",
    wobbler=None,
) -> Case:
    return Case(
        id=id,
        convictions=[conviction(section, code=code, level=level, convicted=judgment, id=f"{id}1", wobbler=wobbler)],
        sentence=Sentence(
            type=type,
            judgment_date=D(judgment),
            custody=Custody(split=split, release_date=D(release) if release else None, supervision=supervision, supervision_end=D(supervision_end) if supervision_end else None),
        ),
    )


def run(*cases: Case, as_of="2026-11-15", person: Person | None = None) -> Screening:
    return screen(person or Person(), list(cases), D(as_of) if isinstance(as_of, str) else as_of)


def row(screening: Screening, remedy: str, case="A", conv: str | None = "A1"):
    """The one determination for (case, conviction, remedy)."""
    found = [d for d in screening.results if d.case == case and d.conviction == conv and d.remedy == remedy]
    assert len(found) == 1, f"{len(found)} rows for {(case, conv, remedy)}"
    return found[0]


def status(screening: Screening, remedy: str, case="A", conv: str | None = "A1") -> tuple:
    d = row(screening, remedy, case, conv)
    return d.status, d.mode, d.date


def money(**kw) -> Money:
    return Money(**kw)


def topics(screening: Screening, case="A", conv="A1") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for c in screening.consequences:
        if c.case == case and c.conviction == conv:
            out.setdefault(c.topic, []).append(f"{c.text} [{c.cite}]")
    return out


# A valid FORMAT.md request as JSON-ready data (one completed summary probation, 2015-2018),
# for the command-line tests to send as it is or spoil one key at a time.
GOOD_REQUEST = {
    "as_of": "2026-11-15",
    "person": {"us_citizen": True},
    "cases": [
        {
            "id": "A",
            "outcome": "convicted",
            "convictions": [{"id": "A1", "code": "PC", "section": "484(a)/488", "level": "misdemeanor", "conviction_date": "2015-03-02"}],
            "sentence": {
                "type": "probation",
                "judgment_date": "2015-03-02",
                "probation": {"kind": "summary", "start": "2015-03-02", "end": "2018-03-02", "status": "completed"},
            },
        }
    ],
}
