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


def long_record() -> list[Case]:
    """A synthetic 20-case record over 25 years (cases A to T), as a clinic sees at a reentry
    fair: old misdemeanors (thefts, a 647(b), DUIs, drugs), two prison terms with parole, a
    1170(h) split term, S32's shapes (fines unpaid in three cases, a felony redesignated under
    Prop 47 after a reinstatement, a felony probation revoked with what followed unrecorded)
    and, in case H, felony probation still running.  No date of birth.  For the tests of a long
    report read aloud (T32, R33, L34): what one case says that grows with the others shows here."""
    from clinic_app.model import ReliefGranted

    def year(y: int, section: str, id: str, **kw) -> Case:
        # One year's case, its probation over before the next case begins.
        return probation_case(section, id=id, start=f"{y}-03-02", end=f"{y + 1}-02-01", **kw)

    unpaid = dict(money=money(fines_ordered=500, fines_paid=200, fines_condition_of_probation=True))  # S32-01's open question
    redesignated = year(2009, "11350(a)", "I", code="HS", level="felony", kind="formal", violations=[("2009-09-01", "reinstated")])
    redesignated.convictions[0].relief_granted = [ReliefGranted(remedy="prop47", date=D("2015-08-01"))]
    cases = [
        year(2001, "484(a)/488", "A"),
        year(2002, "647(b)", "B"),
        custody_case("11378", id="C", judgment="2003-03-02", release="2003-09-02", supervision_end="2004-02-01"),
        year(2004, "23152(a)", "D", code="VC"),
        year(2005, "273.5(a)", "E", **unpaid),
        year(2006, "12500(a)", "F", code="VC"),
        year(2007, "148(a)(1)", "G"),
        probation_case("487(a)", id="H", level="felony", start="2025-09-15", end="2027-09-15", status="active",
                       kind="formal", imposition_suspended=True),
        redesignated,
        year(2010, "459/460(b)", "J", level="felony", kind="formal", status="revoked", violations=[("2010-11-01", "revoked")],
             imposition_suspended=True),
        year(2011, "242", "K", **unpaid),
        # Realignment's county jail (PC 1170(h)) is for felonies sentenced from 2011-10-01.
        custody_case("11378", id="L", type="county_jail_1170h", judgment="2012-03-02", release="2012-09-02",
                     supervision="mandatory_supervision", supervision_end="2013-02-01", split=True),
        year(2013, "594(b)(2)(A)", "M"),
        year(2014, "647(f)", "N"),
        year(2015, "484(a)/488", "O", **unpaid),
        year(2016, "11377(a)", "P", code="HS"),
        year(2017, "415(1)", "Q"),
        year(2018, "23152(b)", "R", code="VC"),
        custody_case("11378", id="S", judgment="2019-06-01", release="2020-06-01", supervision_end="2022-06-01"),
        no_probation_case("415(1)", id="T", judgment="2024-02-10"),
    ]
    return cases
