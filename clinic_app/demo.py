"""Synthetic clients for demos, tests and benchmarks.  SYNTHETIC PEOPLE ONLY.

`generate_clients(n, seed)` yields `n` made-up clients whose records look like a Los
Angeles clearance clinic's caseload: every sentence type (probation formal and summary,
open and completed, with violations and early termination; county jail under PC 1170(h),
straight and split; state prison with parole or PRCS; fines only), arrests that did not
end in a conviction, unpaid restitution with a payment ledger, class and community-service
checklists, registrants, non-citizens, Spanish speakers, accented and very long names.

The same seed always gives the same clients, and no clock is read: dates are laid out
around `as_of` (default `DEMO_AS_OF`).  Every client passes
`clinic_app.screening_format.check_cases`.  Phone numbers use the fictional 555-01xx range.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from clinic_app.eligibility.dates import anniversary
from clinic_app.eligibility.pc1203_43 import DEJ_BECAME_DIVERSION
from clinic_app.eligibility.sentence import REALIGNMENT
from clinic_app.model import (
    ArrestOffense,
    Case,
    Client,
    Condition,
    Conviction,
    Custody,
    Money,
    Payment,
    Petition,
    Person,
    Probation,
    Program,
    ReliefGranted,
    Sentence,
    Violation,
)

DEMO_AS_OF = date(2026, 11, 1)

# ---- names ------------------------------------------------------------------------------

_SPANISH_FIRST = ["José", "María", "Jesús", "Guadalupe", "Sofía", "Andrés", "Martín", "Inés", "Raúl", "Ramón", "Lucía", "Héctor", "Begoña", "Iván", "Mónica", "Rocío", "Joaquín", "Ana", "Luis", "Carmen", "Juan", "Rosa", "Miguel", "Alejandra", "Óscar", "Ángel"]  # fmt: skip
_SPANISH_LAST = ["López", "Sánchez", "Ñúñez", "García", "Hernández", "Martínez", "Rodríguez", "Pérez", "Gómez", "Díaz", "Álvarez", "Muñoz", "Ramírez", "Jiménez", "Castañeda", "Peña", "Ibáñez", "Orozco", "Villaseñor", "Cortés", "Ríos", "Gutiérrez", "Flores", "Cruz"]  # fmt: skip
_OTHER_FIRST = ["James", "Keisha", "DeShawn", "Tanya", "Michael", "Ashley", "Robert", "Latoya", "Kevin", "Jasmine", "Darnell", "Brittany", "Anthony", "Crystal", "Tyrone", "Nicole", "Minh", "Thảo", "Seo-yeon", "Ji-ho", "Arsen", "Anahit", "Mei", "Wei", "Chidi", "Zoë", "Renée", "François"]  # fmt: skip
_OTHER_LAST = ["Johnson", "Williams", "Brown", "Jackson", "Washington", "Robinson", "Nguyễn", "Trần", "Kim", "Park", "Petrosyan", "Hakobyan", "Chen", "Wong", "Okafor", "Smith", "Davis", "Thompson", "O'Brien", "Walker-Simmons", "Lê", "Harris"]  # fmt: skip
_LONG_NAMES = [
    "María de los Ángeles Guadalupe Hernández-Villaseñor y Castañeda",
    "Juan Bautista Ignacio de la Santísima Trinidad Ortega-Ñúñez",
    "Christopher Montgomery Fitzgerald-Washington-Abernathy III",
    "Nguyễn Thị Phương Thảo Bảo Ngọc Trần-Lê",
]

_EVENTS = [
    "Expungement Fair — Compton, 2026-10-17",
    "Clean Slate Clinic — Pomona, 2026-09-12",
    "Record Clearance Day — Boyle Heights, 2026-08-22",
    "Second Chance Fair — Long Beach, 2026-06-06",
    "Office walk-in",
    "Referral — public defender",
]

# ---- offenses (real California sections; the demo only draws from them) ----------------
# (code, section, usual level, wobbler?, family) — the family picks the details below.
_OFFENSES: list[tuple[str, str, str, bool, str]] = [
    ("PC", "484(a)/488", "misdemeanor", False, "theft"),
    ("PC", "459/460(b)", "felony", True, "burglary"),
    ("PC", "459.5", "misdemeanor", False, "theft"),
    ("PC", "666", "felony", True, "theft"),
    ("PC", "243(e)(1)", "misdemeanor", False, "dv"),
    ("PC", "273.5", "felony", True, "dv"),
    ("PC", "245(a)(1)", "felony", True, "violent"),
    ("PC", "211", "felony", False, "violent"),
    ("PC", "594", "misdemeanor", True, "vandalism"),
    ("PC", "602", "misdemeanor", False, "minor"),
    ("PC", "647(f)", "misdemeanor", False, "minor"),
    ("PC", "148(a)(1)", "misdemeanor", False, "minor"),
    ("PC", "12020", "felony", True, "weapon"),
    ("PC", "29800", "felony", False, "weapon"),  # straight felonies, as the catalog has them
    ("HS", "11350(a)", "misdemeanor", False, "drug"),
    ("HS", "11377(a)", "misdemeanor", False, "drug"),
    ("HS", "11364", "misdemeanor", False, "drug"),
    ("HS", "11359", "felony", False, "cannabis"),
    ("HS", "11357", "misdemeanor", False, "cannabis"),
    ("HS", "11358", "felony", False, "cannabis_plants"),
    ("VC", "23152(a)", "misdemeanor", False, "dui"),
    ("VC", "23152(b)", "misdemeanor", False, "dui"),
    ("VC", "14601.1", "misdemeanor", False, "traffic"),
    ("VC", "10851", "felony", True, "theft"),
    ("VC", "20002", "misdemeanor", False, "traffic"),
    ("BP", "25662", "misdemeanor", False, "minor"),
]
_FELONY_OFFENSES = [o for o in _OFFENSES if o[2] == "felony"]

# Diversion is barred for a DUI (VC 23640) and, by the demo's choice, not drawn for
# domestic violence (excluded from PC 1001.95) or a violent felony.
_DIVERTIBLE = [o for o in _OFFENSES if o[4] not in ("dui", "dv", "violent")]

# The law changed under some of these sections: a record shows the offense as it was
# charged on its day.  (date the change took effect, the offense before it, after it)
_PROP_47 = date(2014, 11, 5)
_PROP_64 = date(2016, 11, 9)
# Possessing 28.5 g of marijuana or less was an infraction from 2011 (SB 1449) and is lawful
# for adults since Prop 64, as are six plants: a misdemeanor conviction is for more.
_SMALL_AMOUNT_INFRACTION = date(2011, 1, 1)
# Minimum probation terms: three years for domestic violence (PC 1203.097(a)(1)), three to
# five for a DUI (VC 23600(b)(1)).
_PROBATION_YEARS = {"dv": [3, 3, 5], "dui": [3, 3, 5]}
_CHANGES: dict[tuple[str, str], tuple[date, tuple, tuple]] = {
    # PC 12020 was repealed and recodified from 2012-01-01 (SB 1080): a dirk or dagger is PC 21310.
    ("PC", "12020"): (date(2012, 1, 1), ("PC", "12020", "felony", True, "weapon"), ("PC", "21310", "felony", True, "weapon")),
    # A felon with a firearm was former PC 12021 until the same recodification (PC 29800).
    ("PC", "29800"): (date(2012, 1, 1), ("PC", "12021", "felony", False, "weapon"), ("PC", "29800", "felony", False, "weapon")),
    # Petty theft with a prior (PC 666) stayed a felony after Prop 47 only for people with
    # super-strike or registration priors, which the demo does not draw: a misdemeanor theft.
    ("PC", "666"): (_PROP_47, ("PC", "666", "felony", True, "theft"), ("PC", "484(a)/488", "misdemeanor", False, "theft")),
    # Shoplifting was charged as commercial burglary until Prop 47 made it PC 459.5.
    ("PC", "459.5"): (_PROP_47, ("PC", "459/460(b)", "felony", True, "burglary"), ("PC", "459.5", "misdemeanor", False, "theft")),
    # Prop 47 made simple possession a misdemeanor: 11350(a) was a felony, 11377(a) a wobbler.
    ("HS", "11350(a)"): (_PROP_47, ("HS", "11350(a)", "felony", False, "drug"), ("HS", "11350(a)", "misdemeanor", False, "drug")),
    ("HS", "11377(a)"): (_PROP_47, ("HS", "11377(a)", "felony", True, "drug"), ("HS", "11377(a)", "misdemeanor", False, "drug")),
    # Prop 64 made possession for sale and cultivation of more than six plants misdemeanors
    # for adults without disqualifying priors (HS 11359(b), 11358(c)).
    ("HS", "11359"): (_PROP_64, ("HS", "11359", "felony", False, "cannabis"), ("HS", "11359", "misdemeanor", False, "cannabis")),
    ("HS", "11358"): (_PROP_64, ("HS", "11358", "felony", False, "cannabis_plants"), ("HS", "11358", "misdemeanor", False, "cannabis_plants")),
}


def _as_charged_on(offense: tuple, day: date) -> tuple:
    """The offense as the law stood on `day` (see `_CHANGES`)."""
    change = _CHANGES.get((offense[0], offense[1]))
    if change is None:
        return offense
    took_effect, before, after = change
    return before if day < took_effect else after
_REGISTRABLE = [("PC", "647.6", "misdemeanor", False, "registrable"), ("PC", "314", "misdemeanor", False, "registrable")]

_CLASSES = {
    "dv": ("52-week batterer's intervention program", 52),
    "dui": ("First-offender DUI program (AB 541)", 12),
    "theft": ("Theft awareness class", 8),
    "drug": ("Outpatient drug program", 26),
    "violent": ("Anger management", 26),
    "vandalism": ("Graffiti removal program", 10),
}

_COURT_PREFIXES = ["BA", "LA", "TA", "KA", "VA", "GA", "SA", "MA", "NA"]
_MISD_PREFIXES = ["CA", "CJ", "CP", "VY", "MP"]
_OTHER_COUNTIES = ["Orange", "San Bernardino", "Riverside", "Ventura", "Kern"]


class _Maker:
    """Builds one client at a time from a seeded random source (all dates around `as_of`)."""

    def __init__(self, seed: int, as_of: date):
        self.rng = random.Random(seed)
        self.as_of = as_of
        self.today = as_of.toordinal()
        self.adult_from = 0  # the current client's 18th birthday (an ordinal), set per client
        self.age_21_from = 0  # and 21st

    # -- small helpers: random.randint/choice are several times slower than random(),
    # and the demo must make 100,000 clients in seconds --

    def between(self, lo: int, hi: int) -> int:
        """A whole number from lo to hi, both included."""
        return lo + int(self.rng.random() * (hi - lo + 1))

    def pick(self, options):
        return options[int(self.rng.random() * len(options))]

    def weighted(self, options, weights):
        x = self.rng.random() * sum(weights)
        for option, weight in zip(options, weights):
            x -= weight
            if x < 0:
                return option
        return options[-1]

    def day(self, earliest_years_ago: float, latest_years_ago: float = 0.0) -> date:
        """A date between the two distances before `as_of`."""
        lo = self.today - int(earliest_years_ago * 365.25)
        hi = self.today - int(latest_years_ago * 365.25)
        return date.fromordinal(self.between(min(lo, hi), max(lo, hi)))

    def adult_day(self, earliest_years_ago: float, latest_years_ago: float, margin_days: int = 0) -> date:
        """Like `day`, but never before the client's 18th birthday plus `margin_days`.

        Everything in the demo is an adult court record: a young client's window is
        narrowed to the years since turning 18 (or, when that leaves nothing, to the
        time from then until two months before `as_of`).
        """
        lo = max(self.today - int(earliest_years_ago * 365.25), self.adult_from + margin_days)
        hi = self.today - int(latest_years_ago * 365.25)
        if lo > hi:
            hi = max(lo, self.today - 60)
        return date.fromordinal(self.between(lo, hi))

    def after(self, start: date, min_days: int, max_days: int) -> date:
        return start + timedelta(days=self.between(min_days, max_days))

    def case_number(self, level: str, year: int, n: int) -> str:
        r = self.rng
        if level == "felony":
            if year >= 2023 and r.random() < 0.5:
                return f"{year % 100:02d}CJCF{self.between(0, 99999):05d}"
            return f"{self.pick(_COURT_PREFIXES)}{self.between(100000, 999999)}"
        if year >= 2023 and r.random() < 0.5:
            return f"{year % 100:02d}CJCM{self.between(0, 99999):05d}"
        return f"{year % 10}{self.pick(_MISD_PREFIXES)}{self.between(0, 99999):05d}"

    # -- who --

    def name(self) -> tuple[str, list[str], str]:
        r = self.rng
        if r.random() < 0.01:
            return self.pick(_LONG_NAMES), [], self.pick(["en", "es"])
        spanish = r.random() < 0.5
        firsts, lasts = (_SPANISH_FIRST, _SPANISH_LAST) if spanish else (_OTHER_FIRST, _OTHER_LAST)
        first, last = self.pick(firsts), self.pick(lasts)
        name = f"{first} {last}"
        if spanish and r.random() < 0.35:
            name = f"{name} {self.pick(_SPANISH_LAST)}"  # two surnames
        aliases: list[str] = []
        if r.random() < 0.15:
            aliases.append(f"{first[0]}. {last}")
        if r.random() < 0.05:
            aliases.append(f"{self.pick(firsts)} {last}")
        language = "es" if spanish and r.random() < 0.6 else "en"
        return name, aliases, language

    def person(self) -> Person:
        r = self.rng
        citizen_roll = r.random()
        return Person(
            dob=self.day(70, 20),  # 20 or older: every case below falls after the 18th birthday
            registrant_290=False,
            us_citizen=True if citizen_roll < 0.8 else (False if citizen_roll < 0.92 else None),
            ca_resident_since=self.day(40, 2) if r.random() < 0.1 else None,
            pending_charges=False,
            on_supervision=None,
            fire_camp=r.random() < 0.01,
            trafficking_survivor=r.random() < 0.01,
        )

    # -- what --

    def conviction(self, cid: str, offense: tuple, when: date, level: str | None = None) -> Conviction:
        r = self.rng
        committed = when - timedelta(days=self.between(20, 400))
        charged = self.as_charged(offense, committed)
        code, section, usual, wobbler, family = charged
        if level is None or charged != offense:
            level = usual if not wobbler else ("felony" if r.random() < 0.6 else "misdemeanor")
        conviction = Conviction(
            id=cid,
            section=section,
            code=code,
            level=level,
            wobbler=wobbler if r.random() < 0.3 else None,
            conviction_date=when,
            offense_date=committed,
        )
        if family in ("theft", "burglary"):
            conviction.value_dollars = self.pick([45, 120, 380, 640, 900, 1200, 2500])
            if section.startswith("459"):
                conviction.open_business_hours = r.random() < 0.5
        elif family == "cannabis":
            small = section != "11357" or committed < _SMALL_AMOUNT_INFRACTION
            conviction.cannabis_grams = self.pick([14.0, 28.5, 56.0, 200.0, 900.0] if small else [56.0, 200.0, 900.0])
        elif family == "cannabis_plants":
            conviction.cannabis_plants = self.pick([4, 6, 12, 40] if committed < _PROP_64 else [12, 40])
        if level == "felony" and wobbler and r.random() < 0.08:
            granted = self.after(when, 365, 2000)
            if granted <= self.as_of:  # a reduction not yet granted on the day is not in the record
                conviction.relief_granted.append(ReliefGranted("pc17b", granted))
        return conviction

    def conditions(self, family: str, start: date, end: date, finished: bool) -> list[Condition]:
        r = self.rng
        out = []
        if family in _CLASSES and r.random() < 0.8:
            label, sessions = _CLASSES[family]
            if finished or r.random() < 0.3:
                completed = self.after(start, 60, max(60, (end - start).days))
                if completed <= self.as_of:
                    out.append(Condition("class", label, sessions, sessions, completed))
                else:
                    # Not finished yet on as_of (a completion still to come is no record, H29-03):
                    # the sessions attended so far, at the pace that finishes on that day.
                    so_far = (self.as_of - start).days * sessions // max(1, (completed - start).days)
                    out.append(Condition("class", label, sessions, max(0, min(sessions - 1, so_far))))
            else:
                out.append(Condition("class", label, sessions, self.between(0, sessions - 1)))
        if r.random() < 0.4:
            hours = self.pick([20, 40, 80, 100, 200])
            done = hours if finished or r.random() < 0.3 else self.between(0, hours - 1)
            out.append(Condition("community_service", f"Community service ({hours} hours)", hours, done))
        if family == "dv" and r.random() < 0.7:
            # A revoked grant counts as over with its term's end still ahead: not kept "until" a day to come.
            out.append(Condition("stay_away", "Stay away from the protected person", completed_on=end if finished and end <= self.as_of else None))
        return out

    def money(self, family: str, level: str, judgment: date, paid_off: bool) -> Money:
        r = self.rng
        money = Money(
            fines_ordered=self.pick([150, 300, 500, 1000, 1800]) if level != "felony" or r.random() < 0.5 else None,
            fines_condition_of_probation=self.pick([True, False, None]),
        )
        if family in ("theft", "burglary", "vandalism", "violent", "dui") and r.random() < 0.6:
            money.restitution_ordered = self.pick([250, 800, 1500, 3200, 7500])
        owed = [("fine", money.fines_ordered or 0), ("restitution", money.restitution_ordered or 0)]
        for kind, total in owed:
            if not total:
                continue
            target = total if paid_off or r.random() < 0.4 else self.between(0, total - 1)
            installments = self.between(1, 5)
            day = judgment
            for k in range(installments if target else 0):
                amount = target // installments + (target % installments if k == installments - 1 else 0)
                day = self.after(day, 14, 120)
                receipt = f"R-{self.between(10000, 99999)}" if r.random() < 0.7 else None
                # A payment still to come is not in the ledger: a recent judgment's installments
                # had run past as_of ("paid $300 on 2027-01-14" in a record of 2026-11-01, H29-03).
                # Drawn all the same, so every other client and case stays as it was.
                if day <= self.as_of:
                    money.record_payment(Payment(kind, day, amount, receipt))
            if money.unrecorded(kind):  # type: ignore[arg-type]
                # Nothing paid yet, as the clinic found out: a known $0, not payments nobody
                # asked about (Money.unrecorded, U52-01).
                if kind == "fine":
                    money.fines_paid = 0
                else:
                    money.restitution_paid = 0
        return money

    def probation(self, level: str, family: str, judgment: date) -> tuple[Probation, bool]:
        """A probation grant, and whether its term is over (completed or terminated early)."""
        r = self.rng
        kind = "formal" if level == "felony" or r.random() < 0.2 else "summary"
        years = self.pick(_PROBATION_YEARS.get(family) or ([2, 3, 3, 5] if kind == "formal" else [1, 2, 3]))
        end = judgment + timedelta(days=int(years * 365.25))
        probation = Probation(kind=kind, start=judgment, end=end)
        roll = r.random()
        if roll < 0.25 and end > judgment + timedelta(days=200):
            # Not after as_of: a violation still to come is not in a record (oracle finding O22-05).
            probation.violations.append(Violation(min(self.after(judgment, 90, 200), self.as_of), self.pick(["continued", "reinstated"])))
            if r.random() < 0.3:
                probation.end = end = self.after(end, 180, 365)  # extended after the violation
        elif roll < 0.32:
            probation.violations.append(Violation(min(self.after(judgment, 60, 300), self.as_of), "revoked"))
            probation.status = "revoked"
            return probation, True
        if end > self.as_of:
            probation.status = "active"
            return probation, False
        if r.random() < 0.08:
            probation.early_termination = self.after(judgment, 365, max(365, (end - judgment).days - 1))
        probation.status = "completed"
        return probation, True

    def sentence(self, level: str, family: str, judgment: date) -> tuple[Sentence, bool, date]:
        """The sentence, whether it is finished, and the day its checklist should have been done."""
        r = self.rng
        roll = r.random()
        if level == "infraction" or (level == "misdemeanor" and roll < 0.12):
            return Sentence("no_probation", judgment, imposition_suspended=False, completed=True), True, judgment + timedelta(days=180)
        if level == "felony" and family == "violent" and roll < 0.5 or level == "felony" and roll < 0.08:
            return self.prison(judgment)
        if level == "felony" and roll < 0.25 and judgment >= REALIGNMENT:
            return self.county_jail(judgment)  # before realignment a jail term came with probation
        probation, over = self.probation(level, family, judgment)
        completed = over and probation.status != "revoked"
        if probation.status == "revoked":
            if r.random() < 0.5:
                completed = None  # the clinic does not know how the revoked case ended
            elif probation.violations[-1].date < self.as_of - timedelta(days=4 * 365):
                # The term executed after an old revocation is long served (a 2002 revocation
                # "not completed" in 2026 blocked every other case: readability finding R18-03).
                completed = True
        return Sentence("probation", judgment, imposition_suspended=r.random() < 0.85, completed=completed, probation=probation), over, probation.end or judgment

    def county_jail(self, judgment: date) -> tuple[Sentence, bool, date]:
        r = self.rng
        release = self.after(judgment, 60, 900)
        if r.random() < 0.55:
            end = self.after(release, 180, 730)
            custody = Custody(split=True, release_date=release, supervision="mandatory_supervision", supervision_end=end)
        else:
            end = release
            custody = Custody(split=False, release_date=release, supervision="none")
        over = end <= self.as_of
        return Sentence("county_jail_1170h", judgment, imposition_suspended=False, completed=over, custody=custody), over, end

    def prison(self, judgment: date) -> tuple[Sentence, bool, date]:
        r = self.rng
        release = self.after(judgment, 365, 2200)
        # PRCS exists for releases from 2011-10-01 (AB 109, PC 3451): one before it is parole.
        # The roll comes first, as before, so the rest of the caseload stays as it was (W27B-05).
        supervision = "parole" if r.random() < 0.5 or release < REALIGNMENT else "prcs"
        end = self.after(release, 365, 1100)
        over = end <= self.as_of
        custody = Custody(split=False, release_date=release, supervision=supervision, supervision_end=end)
        return Sentence("state_prison", judgment, imposition_suspended=False, completed=over, custody=custody), over, end

    def convicted_case(self, key: str, registrant: bool) -> Case:
        r = self.rng
        # A clinic sees many recent cases (probation still running, money still owed)
        # beside old ones long finished.
        # The offense date is up to 400 days before judgment (see `conviction`); both adult.
        judgment = self.adult_day(4, 0.3, 401) if r.random() < 0.35 else self.adult_day(30, 4, 401)
        if registrant:
            offense = self.pick(_REGISTRABLE)
        else:
            offense = self.pick(_FELONY_OFFENSES) if r.random() < 0.35 else self.pick(_OFFENSES)
        lead = self.conviction(f"{key}-1", offense, judgment)
        offense = self.as_charged(offense, lead.offense_date)
        convictions = [lead]
        if r.random() < 0.3:
            extra = self.pick(_OFFENSES)
            convictions.append(self.conviction(f"{key}-2", extra, judgment, level=None if extra[3] else extra[2]))
        if r.random() < 0.05:
            convictions.append(self.conviction(f"{key}-{len(convictions) + 1}", ("VC", "12500(a)", "infraction", False, "traffic"), judgment, "infraction"))
        level = "felony" if any(c.level == "felony" for c in convictions) else "misdemeanor"
        sentence, over, checklist_due = self.sentence(level, offense[4], judgment)
        if sentence.type != "probation":
            # PC 17(b)(1): no reduction after a state prison or 1170(h) term (readability finding
            # R18-01: the demo gave some, which no court record would show).
            for c in convictions:
                c.relief_granted = [g for g in c.relief_granted if g.remedy != "pc17b"]
        case = Case(
            id=key,
            outcome="convicted",
            case_number=self.case_number(level, judgment.year, 0),
            county="Los Angeles" if r.random() < 0.85 else self.pick(_OTHER_COUNTIES),
            disposition_date=judgment,
            arrest_date=min(c.offense_date for c in convictions if c.offense_date) + timedelta(days=self.between(0, 3)),
            arrest_level="felony" if offense[2] == "felony" or level == "felony" else "misdemeanor",
            convictions=convictions,
            sentence=sentence,
        )
        if case.arrest_date > judgment:
            case.arrest_date = judgment
        if sentence.type == "probation" and sentence.probation is not None:
            case.conditions = self.conditions(offense[4], judgment, checklist_due, over and r.random() < 0.85)
        if offense[4] == "dv" and r.random() < 0.6:
            case.protective_order_until = judgment + timedelta(days=365 * self.pick([3, 5, 10]))
        if r.random() < 0.85:
            case.money = self.money(offense[4], level, judgment, paid_off=over and r.random() < 0.75)
        return case

    def arrest_only_case(self, key: str) -> Case:
        r = self.rng
        outcome = self.weighted(["dismissed", "acquitted", "no_charges_filed", "diversion_completed", "pending"], [40, 8, 25, 20, 7])
        arrested = self.adult_day(25, 0.2 if outcome == "pending" else 1)
        offense = self.as_charged(self.pick(_DIVERTIBLE if outcome == "diversion_completed" else _OFFENSES), arrested)
        level = offense[2] if offense[2] in ("felony", "misdemeanor") else "misdemeanor"
        case = Case(
            id=key,
            outcome=outcome,
            case_number=None if outcome == "no_charges_filed" else self.case_number(level, arrested.year, 0),
            arrest_date=arrested,
            arrest_level=level,
            arrest_offenses=[ArrestOffense(offense[1], offense[0], level)],
        )
        if outcome in ("dismissed", "acquitted", "diversion_completed"):
            case.disposition_date = min(self.after(arrested, 30, 500), self.as_of)  # decided, so not after as_of
        if outcome == "diversion_completed":
            kind = self.program_kind(offense, level, arrested)
            case.program = Program(kind=kind, plea_entered=kind == "dej", completed_on=case.disposition_date)
        if r.random() < 0.2:
            second = self.as_charged(self.pick(_OFFENSES), arrested)
            case.arrest_offenses.append(ArrestOffense(second[1], second[0], None))
        return case

    def as_charged(self, offense: tuple, day: date) -> tuple:
        """The offense as it could be charged against this client on `day`: as the law stood
        then (`_as_charged_on`), and a minor in possession of alcohol only under 21."""
        if offense[1] == "25662" and day.toordinal() >= self.age_21_from:
            offense = ("PC", "647(f)", "misdemeanor", False, "minor")
        return _as_charged_on(offense, day)

    def program_kind(self, offense: tuple, level: str, arrested: date) -> str:
        """A diversion the offense could have had on its day.

        Drug possession: deferred entry of judgment, with a guilty plea, until PC 1000
        became pretrial diversion on 2018-01-01 (AB 208); DEJ is for nothing else.  Mental
        health diversion (PC 1001.36) began 2018-06-27, misdemeanor diversion by a judge
        (PC 1001.95) 2021-01-01 and only for misdemeanors.
        """
        if offense[4] == "drug" or offense[1] == "11357":  # PC 1000(a)'s possession offenses, not 11359's sale
            return "dej" if arrested < DEJ_BECAME_DIVERSION else "drug"
        kinds = ["pretrial"]
        if arrested >= date(2018, 6, 27):
            kinds.append("mental_health")
        if level == "misdemeanor" and arrested >= date(2021, 1, 1):
            kinds.append("misdemeanor")
        return self.pick(kinds)

    def client(self, index: int) -> Client:
        r = self.rng
        name, aliases, language = self.name()
        person = self.person()
        self.adult_from = anniversary(person.dob, 18).toordinal()
        self.age_21_from = anniversary(person.dob, 21).toordinal()
        registrant = r.random() < 0.02
        person.registrant_290 = registrant
        cases = []
        for n in range(self.weighted([1, 2, 3, 4, 6], [45, 28, 15, 8, 4])):
            key = f"c{n + 1}"
            cases.append(self.convicted_case(key, registrant and n == 0) if r.random() < 0.78 else self.arrest_only_case(key))
        person.pending_charges = any(c.outcome == "pending" for c in cases)
        if r.random() < 0.05:
            person.on_supervision = "none"  # the clinic confirmed no supervision
        return Client(
            name=name,
            person=person,
            cases=cases,
            aliases=aliases,
            language=language,  # type: ignore[arg-type]
            event=self.pick(_EVENTS) if r.random() < 0.8 else None,
            phone=f"({self.pick(['213', '323', '310', '562', '626', '818'])}) 555-01{self.between(0, 99):02d}" if r.random() < 0.85 else None,
            notes=self.pick(["", "", "", "Prefers text messages.", "Needs an interpreter at the hearing.", "Working toward a CNA license."]),
        )


def generate_clients(n: int, seed: int = 0, *, as_of: date = DEMO_AS_OF) -> Iterator[Client]:
    """`n` synthetic clients, the same ones for the same seed (and `as_of`)."""
    maker = _Maker(seed, as_of)
    for index in range(n):
        yield maker.client(index)


# ---- Q54: petitions filed, so the demo shows what the caseload says once filed ----------

# Of the clients drawn, those looked at for a petition filed (screened first: only those
# eligible now with a petition to file get one), about a tenth of those eligible now.
PETITION_SHARE = 0.05
# What the court has done with each petition filed, in turn: the first few cover every state
# the list tells apart, and the rest await the court, most with a hearing in the coming weeks.
_COURT_TURNS = ("hearing", "denied", "hearing", "granted", "waiting", "held")
_LATER_TURNS = ("hearing", "hearing", "waiting")


def file_demo_petitions(clients: Iterable[Client], as_of: date, seed: int = 0) -> Iterator[Client]:
    """`clients` as given, a few of those eligible now (as of `as_of`) having filed every
    petition they had to file: awaiting the court (a hearing from 5 to 42 days after `as_of`,
    or none set), one denied, one granted, one whose hearing was held with no ruling entered.
    The same `seed` picks the same ones; every day is laid out around `as_of` (no clock)."""
    from clinic_app.eligibility import screen
    from clinic_app.summary import AUTOMATIC_RELIEF, is_relief

    rng = random.Random(f"petitions {seed}")
    filed = 0
    for client in clients:
        if rng.random() < PETITION_SHARE:
            to_file = [d for d in screen(client.person, client.cases, as_of).results
                       if d.status == "eligible" and is_relief(d.remedy) and d.remedy not in AUTOMATIC_RELIEF]
            if to_file and all(d.case is not None for d in to_file):
                turn = _COURT_TURNS[filed] if filed < len(_COURT_TURNS) else _LATER_TURNS[filed % len(_LATER_TURNS)]
                _file(client, to_file, turn, as_of, rng)
                filed += 1
        yield client


def _file(client: Client, to_file: list, turn: str, as_of: date, rng: random.Random) -> None:
    """One petition per case and remedy, naming its counts, all in the same `turn`."""
    asked: dict[tuple[str, str], list[str]] = {}
    for d in to_file:
        counts = asked.setdefault((d.case, d.remedy), [])
        if d.conviction is not None and d.conviction not in counts:
            counts.append(d.conviction)
    back = {"hearing": (10, 60), "waiting": (5, 40), "held": (40, 70), "denied": (90, 150), "granted": (90, 150)}[turn]
    filed_on = as_of - timedelta(days=back[0] + int(rng.random() * (back[1] - back[0])))
    hearing_on = ruling = ruling_on = None
    if turn == "hearing":
        hearing_on = as_of + timedelta(days=5 + int(rng.random() * 38))
    elif turn == "held":
        hearing_on = as_of - timedelta(days=6)
    elif turn in ("denied", "granted"):
        hearing_on = ruling_on = as_of - timedelta(days=10 + int(rng.random() * 20))
        ruling = turn
    cases = {case.id: case for case in client.cases}
    for (case_id, remedy), counts in asked.items():
        cases[case_id].petitions.append(Petition(remedy, filed_on, counts, hearing_on=hearing_on, ruling=ruling,  # type: ignore[arg-type]
                                                 ruling_on=ruling_on))


__all__ = ["generate_clients", "file_demo_petitions", "DEMO_AS_OF"]
