"""The clinic's domain model: one client, their cases, convictions and sentences.

These dataclasses are the single model of the program (DESIGN.md, "One domain model"):
`db/` stores and loads them, `ui/` shows and edits them, the eligibility engine reads
them, and `clinic_app.screening_format` serialises them as the screening request of
`shared/screening/FORMAT.md`, field for field.  Field names therefore follow FORMAT.md
exactly; only `Client` (who the person is), `Money.payments` (the payment ledger a
caseload keeps, where a request carries only totals) and `Case.petitions` (the petitions the
clinic filed with the court) go beyond it.

Nothing here reads a clock, a file or a database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Literal

from clinic_app.catalog import as_written

if TYPE_CHECKING:
    from clinic_app.court import CourtLine

# The closed vocabularies of FORMAT.md.  The request reader rejects anything else.
Outcome = Literal["convicted", "dismissed", "acquitted", "no_charges_filed", "diversion_completed", "pending"]
Level = Literal["felony", "misdemeanor", "infraction"]
ArrestLevel = Literal["felony", "misdemeanor"]
SentenceType = Literal["probation", "no_probation", "county_jail_1170h", "state_prison"]
ProbationKind = Literal["formal", "summary"]
ProbationStatus = Literal["active", "completed", "revoked"]
ViolationOutcome = Literal["continued", "reinstated", "revoked"]
SupervisionKind = Literal["none", "mandatory_supervision", "parole", "prcs"]
PersonSupervision = Literal["parole", "prcs", "mandatory_supervision", "probation", "none"]
ProgramKind = Literal["dej", "pretrial", "misdemeanor", "mental_health", "drug"]
ConditionKind = Literal["class", "program", "community_service", "stay_away", "other"]
PaymentKind = Literal["fine", "restitution"]
Ruling = Literal["granted", "denied", "withdrawn"]
Language = Literal["en", "es"]

OUTCOMES: tuple[str, ...] = Outcome.__args__  # type: ignore[attr-defined]
LEVELS: tuple[str, ...] = Level.__args__  # type: ignore[attr-defined]
SENTENCE_TYPES: tuple[str, ...] = SentenceType.__args__  # type: ignore[attr-defined]
CONDITION_KINDS: tuple[str, ...] = ConditionKind.__args__  # type: ignore[attr-defined]
LANGUAGES: tuple[str, ...] = Language.__args__  # type: ignore[attr-defined]
RULINGS: tuple[str, ...] = Ruling.__args__  # type: ignore[attr-defined]


@dataclass
class Person:
    """The person-level facts the engine needs (FORMAT.md `person`)."""

    dob: date | None = None
    registrant_290: bool = False
    us_citizen: bool | None = True
    ca_resident_since: date | None = None
    pending_charges: bool = False
    # None means "derive it from the cases"; "none" means the clinic confirmed there is none.
    on_supervision: PersonSupervision | None = None
    fire_camp: bool = False
    trafficking_survivor: bool = False


# The days a court record can hold.  No client was born before 1900, and a day past 2199 is a
# slip ("9999-12-31" for "no end"); the engine adds and subtracts decades to and from these
# days, which Python's calendar (years 1 to 9999) must survive (fuzzing finding).
EARLIEST_RECORD_DAY = date(1900, 1, 1)
LATEST_RECORD_DAY = date(2199, 12, 31)


def record_day_problem(day: date) -> str | None:
    """Why `day` cannot be on a court record, or None."""
    if EARLIEST_RECORD_DAY <= day <= LATEST_RECORD_DAY:
        return None
    return f"{day.isoformat()} is not a day a court record can hold (give a date from {EARLIEST_RECORD_DAY.year} to {LATEST_RECORD_DAY.year})"


@dataclass
class ReliefGranted:
    """Relief a court or DOJ already granted for one count."""

    remedy: str
    date: date | None = None


@dataclass
class Conviction:
    """One count the person was convicted of."""

    id: str
    section: str
    code: str = "PC"
    # None: not known (nobody chose it at intake, or a request says null): the screening asks
    # for it, never guessing (V53-02).  A new count in code starts a misdemeanor, as before.
    level: Level | None = "misdemeanor"
    wobbler: bool | None = None  # None: look it up in the offense catalog
    conviction_date: date | None = None
    offense_date: date | None = None
    value_dollars: int | None = None
    open_business_hours: bool | None = None
    cannabis_grams: float | None = None
    cannabis_plants: int | None = None
    trafficking_related: bool = False
    relief_granted: list[ReliefGranted] = field(default_factory=list)

    @property
    def citation(self) -> str:
        """How a paralegal writes it: "PC 459/460(b)", the code once ("476a PC" as written)."""
        return as_written(self.code, self.section)


@dataclass
class ArrestOffense:
    """What an arrest that did not end in a conviction was for."""

    section: str
    code: str = "PC"
    level: ArrestLevel | None = None


@dataclass
class Program:
    """Diversion or deferred entry of judgment."""

    kind: ProgramKind
    plea_entered: bool | None = None
    completed_on: date | None = None


@dataclass
class Violation:
    """A probation violation and what the court did about it."""

    date: date
    outcome: ViolationOutcome


def probation_kind_for(levels: Iterable[Level | None]) -> ProbationKind | None:
    """The kind of a probation granted on counts of these `levels`, where nobody has said it:
    formal for a felony (felony probation is supervised), summary for misdemeanors and
    infractions, not known while a count's level is (it may be a felony) or there is no count.
    Intake (X55-02) and a probation added on the Record tab (A56-05) start from it."""
    levels = list(levels)
    if "felony" in levels:
        return "formal"
    if not levels or None in levels:
        return None
    return "summary"


@dataclass
class Probation:
    # None: not known (intake of a count whose level nobody chose, or a request saying null):
    # formal probation stops what summary probation only may, so the screening asks for it
    # where that decides the answer, never guessing (X55).  A grant made in code starts summary.
    kind: ProbationKind | None = "summary"
    start: date | None = None
    end: date | None = None  # the ordered end date as modified by the court
    early_termination: date | None = None  # PC 1203.3
    violations: list[Violation] = field(default_factory=list)
    status: ProbationStatus | None = None

    @property
    def last_day(self) -> date | None:
        """The day probation ended or ends: an early end the court ordered (PC 1203.3) wins
        over the ordered end date."""
        return self.early_termination if self.early_termination is not None else self.end

    def stands_revoked(self) -> bool:
        """The grant stands revoked: the status says so or, with no status recorded, a
        violation ended in revocation (not reinstated).  A null status had read such a grant
        as still running, at H (metamorphic finding); "completed" is kept, for a revoked
        grant whose later term was served.  A revocation the record then shows undone by a
        later reinstatement does not stand (S28-01: revoked 2025-12-01, reinstated 2026-01-10,
        no status, read "Probation was revoked and not reinstated")."""
        status = self.status
        if status is not None:
            return status == "revoked"
        return self.last_revoked() is not None

    def last_revoked(self) -> date | None:
        """The day of the latest revocation among the violations that no later reinstatement
        undid, whatever the status says; None when there is none."""
        revoked = max((v.date for v in self.violations if v.outcome == "revoked"), default=None)
        if revoked is None or any(v.outcome == "reinstated" and v.date > revoked for v in self.violations):
            return None
        return revoked

    def without_later_violations(self, day: date) -> Probation:
        """The grant with the violations dated after `day` taken out, and a revocation that only
        such a violation ordered not yet ordered (oracle finding O22-05).  The engine screens
        each case so (clinic_app.eligibility._as_it_stood)."""
        before = [v for v in self.violations if v.date <= day]
        if len(before) == len(self.violations):
            return self
        status = self.status
        if status == "revoked" and any(v.outcome == "revoked" for v in self.violations) and not any(v.outcome == "revoked" for v in before):
            status = None  # revoked only later: on `day` the grant stood as its dates say
        return replace(self, violations=before, status=status)

    def as_it_stood(self, day: date) -> Probation:
        """The grant as it stood on `day`, for what a screening of that day shows (the
        checklist, the text report): without later violations, and a grant the record marks
        completed still running until its end (oracle finding O22B-01: a 2016 checklist showed
        a 2017 revocation, a 2018 completion)."""
        p = self.without_later_violations(day)
        end = p.last_day
        # Through its last day too (its end date, or the day a court ended it early): the
        # screening counts the grant running that day (oracle findings O23-15, O23-21).
        if p.status == "completed" and end is not None and end >= day:
            return replace(p, status="active")
        return p

    def over_on(self, day: date) -> bool:
        """Ended before `day` and not by a revocation: past its last day (its end date, or the
        day a court ended it early), or marked completed with no date given.  Not while the
        record still marks it active past its end (a record to check, not an end), and not
        while the grant stands revoked (custody followed; the remedies say what that means).
        What lasted only until probation ended (a standing order) is over then (S27C-01).  A
        revocation on a grant that then ran to its end (marked completed) does not keep it
        open: the violation is its own fact, which already leaves 1203.4 discretionary (S28-01:
        revoked, reinstated and completed, a stay-away was still "not completed")."""
        p = self.as_it_stood(day)
        if p.stands_revoked():
            return False
        last = p.last_day
        if last is None:
            return p.status == "completed"
        return last < day and (p.status != "active" or p.early_termination is not None)


@dataclass
class Custody:
    """County jail under PC 1170(h), or state prison, and what followed release."""

    split: bool = False
    release_date: date | None = None
    supervision: SupervisionKind | None = None
    supervision_end: date | None = None

    @property
    def supervision_kind(self) -> SupervisionKind | None:
        """The kind of supervision after release: the one recorded, or mandatory supervision for
        a split sentence whose kind nobody chose, which is what a split sentence's time out of
        custody is (PC 1170(h)(5)(B)): the Checklist had said nothing of it (S215-02)."""
        if self.supervision is None and self.split:
            return "mandatory_supervision"
        return self.supervision


@dataclass
class Sentence:
    type: SentenceType
    judgment_date: date | None = None
    imposition_suspended: bool | None = None
    completed: bool | None = None
    probation: Probation | None = None
    custody: Custody | None = None


# How a condition of kind "other" names a standing order.
_STANDING_WORDS = ("stay away", "no contact", "not contact", "obey all laws", "protective order", "restraining order")
# A standing order that may outlast probation: a criminal protective order runs to its own end
# date, and a dismissal does not end it (ca-rules.md 2.5, AB 1281).
_OUTLASTING_WORDS = ("protective order", "restraining order")
# The first words of a standing order typed as an order ("Obey all laws", "Do not contact ..."):
# the label is typed in English (the program's screens), so these are English words alike on a
# page in any language (Condition.typed_as_an_order).
_ORDERING_WORDS = frozenset(("obey", "stay", "do", "don't", "never", "keep", "avoid", "remain", "refrain",
                             "abstain", "comply", "follow", "report", "submit", "attend", "maintain"))
# The words of a condition typed as a payment ("Pay the victim restitution fund", "Probation
# fees", "Pay $25 a month"): money stays owed after probation, however it ends (Condition.about_money).
_MONEY_WORDS = frozenset(("pay", "paying", "payment", "payments", "restitution", "fine", "fines", "fee", "fees", "costs"))
# Money a condition may name beside restitution that SB 1106 does not reach: a court fine left
# unpaid as a condition leaves the mandatory route arguable at best (ca-rules 2.3 [L]), so a
# condition naming one is no condition to pay restitution alone (Condition.about_restitution).
# "Restitution fine" (PC 1202.4(b)) is restitution to SB 1106, and is not counted so.
_OTHER_MONEY_WORDS = frozenset(("fine", "fines", "fee", "fees", "cost", "costs", "assessment", "assessments",
                                "penalty", "penalties"))


@dataclass
class Condition:
    """One item of the probation or sentence checklist (a class, hours of service, ...)."""

    kind: ConditionKind
    label: str
    required: int | None = None
    done: int | None = None
    completed_on: date | None = None

    @property
    def done_unrecorded(self) -> bool:
        """Nothing recorded done: no count typed in "Done:" and no day completed.  Not known, so
        not none done, as Money.unrecorded is for an amount paid (U52-04: "Caltrans: 0 of 40
        hours" for hours nobody had asked about)."""
        return self.done is None and self.completed_on is None

    @property
    def is_met(self) -> bool:
        """Done, as the record stands today (the checklist tab's tick)."""
        if self.completed_on is not None:
            return True
        return self.required is not None and self.done is not None and self.done >= self.required

    @property
    def standing(self) -> bool:
        """An order kept for the whole term (stay away, no contact, obey all laws), not a task
        finished like a class: it is kept, never "finished" (S27B-03: "Finish the probation
        conditions still open ...: Stay away from the protected person")."""
        if self.kind == "stay_away":
            return True
        return self.kind == "other" and any(word in self.label.lower() for word in _STANDING_WORDS)

    @property
    def typed_as_an_order(self) -> bool:
        """The label is typed as the order itself, a verb first ("Obey all laws", "Stay away
        from ..."): the handout quotes it whole after "Do what your papers say", where "Obey
        “Obey all laws”" said the verb twice (M124-02)."""
        words = self.label.split()
        return bool(words) and words[0].casefold().strip(".,:;") in _ORDERING_WORDS

    @property
    def may_outlast_probation(self) -> bool:
        """A standing order named as a protective or restraining order: kept for probation's
        whole term (so it counts as kept once probation is over, S27C-01), but the order
        itself may run on to its own end date, which a condition does not record: the client
        is still told to obey it, and the checklist keeps it open until a clinic records the
        order's end on the case (protective_order_until)."""
        return self.standing and any(word in self.label.lower() for word in _OUTLASTING_WORDS)

    @property
    def about_money(self) -> bool:
        """Typed as a payment: restitution stays owed and enforceable, and a fine or fee is a
        judgment, after probation ends, early or not (ca-rules 2.3, 3.6; PC 1214), so the court's
        early end never releases it (`checklist.released_from`; R133-01: "Pay the victim
        restitution fund" was said "no longer to be done")."""
        label = self.label.casefold()
        return "$" in label or any(word.strip(".,:;()") in _MONEY_WORDS for word in label.split())

    @property
    def about_restitution(self) -> bool:
        """Typed as paying restitution ("Pay restitution to the victim in full"): since SB 1106
        (2023-01-01) unpaid, it is no broken condition and stops no dismissal (ca-rules 2.3), so
        the handout says it beside the restitution owed, not as a task to finish first (F149-01).
        Not one that names fines or fees beside it ("Pay fines and restitution in full"): the
        handout told that client the whole of it "does not stop a dismissal" (R151-01)."""
        label = self.label.casefold()
        if not (self.about_money and "restitution" in label):
            return False
        words = re.findall(r"[^\W\d_]+", label)
        return not any(word in _OTHER_MONEY_WORDS and (n == 0 or words[n - 1] != "restitution")
                       for n, word in enumerate(words))

    def met_on(self, day: date) -> bool:
        """Done on `day`: a completion dated after it counts from its date, not before (a
        screening speaks for its as_of alone; oracle finding O22-02: a class finished in 2027
        made a 2026 screening mandatory).  The counts carry no date, so with a later
        completion date they are read as reached on it."""
        if self.completed_on is not None:
            return self.completed_on <= day
        return self.is_met


@dataclass
class Payment:
    """One payment toward a fine or restitution, as the clinic's ledger records it."""

    kind: PaymentKind
    date: date
    amount: int
    receipt: str | None = None


def maybe_typed_twice(one: Payment, other: Payment) -> bool:
    """Two payments toward one debt on one day with other amounts, and not on two receipt
    numbers: two installments, or one payment typed twice, its amount mistyped once (receipt
    R-1001 for $50 typed $500 at one desk).  Neither is guessed: both stay in the ledger and
    count, and the pair is said for a person to check against the receipt.  With a receipt
    number each, other numbers, they are two payments.  It was counted twice, unsaid, after
    the typing of two desks was put together (Z64) or a laptop's record merged (F70-01)."""
    return ((one.kind, one.date) == (other.kind, other.date) and one.amount != other.amount
            and (one.receipt is None or other.receipt is None or one.receipt == other.receipt))


@dataclass
class Money:
    """Fines and restitution, in whole dollars.

    A screening request carries the totals; a caseload also keeps each payment in
    `payments`.  `record_payment` keeps the two in step.
    """

    fines_ordered: int | None = None
    fines_paid: int | None = None
    fines_condition_of_probation: bool | None = None
    restitution_ordered: int | None = None
    restitution_paid: int | None = None
    payments: list[Payment] = field(default_factory=list)

    def record_payment(self, payment: Payment) -> None:
        # Added to what `paid` reads: with no total recorded, the ledger's sum (B118-01: the
        # Record tab's "Fines paid" cleared, $200 in the ledger, a $300 payment made the total
        # $300, and the Checklist read "$300 of $500 paid (the ledger's 2 payments total $500)").
        total = self.paid(payment.kind) + payment.amount
        self.payments.append(payment)
        if payment.kind == "fine":
            self.fines_paid = total
        else:
            self.restitution_paid = total

    def remove_payment(self, index: int) -> Payment:
        """Take the ledger's payment at `index` out, and its amount out of the total it went
        into (record_payment undone): a payment entered twice by mistake, found after other
        edits that Undo would take back first (K29-01)."""
        payment = self.payments.pop(index)
        total = self.fines_paid if payment.kind == "fine" else self.restitution_paid
        left = None if total is None else max(0, total - payment.amount)
        if total == payment.amount and not any(p.kind == payment.kind for p in self.payments):
            # The total was this payment alone, which `record_payment` made from none recorded:
            # nothing is recorded paid again, not a known $0 (Z62-02: a payment typed on the
            # wrong case and taken out left "Fines: $0 of $300 paid" where it had read
            # "payments not recorded - ask the client or the court", U52-01, and the screening
            # read the fines unpaid).  A "0" typed before that payment reads the same, and goes
            # back to a question too, the safer of the two readings.
            left = None
        if payment.kind == "fine":
            self.fines_paid = left
        else:
            self.restitution_paid = left
        return payment

    def possible_doubles(self) -> list[tuple[Payment, Payment]]:
        """The ledger's pairs that may be one payment typed twice (`maybe_typed_twice`), in its order."""
        return [(one, other) for n, one in enumerate(self.payments) for other in self.payments[n + 1:]
                if maybe_typed_twice(one, other)]

    def take_out(self, payment: Payment) -> Payment:
        """`remove_payment` of the ledger's last payment equal to `payment`: a payment named by
        what it is (typing put back over another desk's ledger, drafts.py), not by its row.
        Payments alike are the same to the totals; the last is the one `record_payment` added
        last.  ValueError where no such payment is in the ledger."""
        return self.remove_payment(max(i for i, p in enumerate(self.payments) if p == payment))

    def as_it_stood(self, day: date) -> Money:
        """The money as it stood on `day`: a payment the ledger dates later is not yet paid, in
        the ledger or in the totals it went into (oracle finding O22-09: a screening or
        handout of an earlier day counted a fine paid after it as paid then)."""
        later = [p for p in self.payments if p.date > day]
        if not later:
            return self

        def paid_then(total: int | None, kind: str) -> int | None:
            if total is None:
                # A ledger whose payments of `kind` all came later: nothing was paid then, a
                # known $0 (the clinic keeps the ledger), not payments unrecorded (U52-01).
                kept = any(p.kind == kind and p.date <= day for p in self.payments)
                return 0 if not kept and any(p.kind == kind for p in later) else None
            return max(0, total - sum(p.amount for p in later if p.kind == kind))

        return replace(self, fines_paid=paid_then(self.fines_paid, "fine"),
                       restitution_paid=paid_then(self.restitution_paid, "restitution"),
                       payments=[p for p in self.payments if p.date <= day])

    def paid(self, kind: PaymentKind) -> int:
        """The amount paid of `kind`: the recorded total, or the ledger's when no total is
        recorded.  The one reading the engine, the checklist and the handout share: with the
        Record tab's "Fines paid" cleared and $200 in the ledger, the checklist had counted
        $200 and the engine and handout nothing, "Fines of $500 are unpaid" (K29B-01)."""
        recorded = self.fines_paid if kind == "fine" else self.restitution_paid
        return recorded if recorded is not None else sum(p.amount for p in self.payments if p.kind == kind)

    def unrecorded(self, kind: PaymentKind) -> bool:
        """An amount of `kind` is ordered and nothing says what was paid of it: no total (the
        Record tab's or intake's "Fines paid" left blank) and no payment in the ledger.  Not
        known, so not $0 paid: a blank "Fines paid" had read "Fines: $0 of $500 paid" on the
        Checklist and "Fines of $500 are unpaid" in the screening, for a client whose payments
        nobody had asked about (U52-01).  A "0" typed is a known $0 and is no such case.
        `paid` and the `*_owed` amounts still read it as nothing paid; whoever says what is
        owed asks this first."""
        ordered = self.fines_ordered if kind == "fine" else self.restitution_ordered
        recorded = self.fines_paid if kind == "fine" else self.restitution_paid
        return bool(ordered) and recorded is None and not any(p.kind == kind for p in self.payments)

    @property
    def fines_owed(self) -> int:
        return max(0, (self.fines_ordered or 0) - self.paid("fine"))

    @property
    def restitution_owed(self) -> int:
        return max(0, (self.restitution_ordered or 0) - self.paid("restitution"))


@dataclass
class CountRemoved:
    """A count a petition names that its case no longer has, as it was written while on the
    case: the Record tab says it "VC 23152(a) (no longer on the case)" by it (C57-04), and an
    export carries it, so the clinic's caseload, whose history never had the count, says it
    so too, not "a count no longer on the case" (E58-03)."""

    id: str
    section: str
    code: str = "PC"
    level: Level | None = None

    @property
    def citation(self) -> str:
        return as_written(self.code, self.section)


@dataclass
class Petition:
    """A petition filed with the court on a case (a CR-180 for 1203.4, say), as the clinic
    keeps it: caseload data beside the record, never a screening fact (FORMAT.md carries no
    petitions, and the facts hash leaves them out), so recording one changes no answer.
    `remedy` is the registry key asked for (pc1203_4); `convictions`, the keys of the counts
    it asks relief for (empty: the whole case, or every count).  `ruling` stays None while
    the court has not ruled."""

    remedy: str
    filed_on: date
    convictions: list[str] = field(default_factory=list)
    hearing_on: date | None = None
    ruling: Ruling | None = None
    ruling_on: date | None = None
    note: str = ""
    # Of the counts it names, those its case no longer has, as written while on it (where
    # known): kept with the petition, as the count's history is not carried by an export.
    counts_removed: list[CountRemoved] = field(default_factory=list)

    def asks_for(self, case_remedy: str, conviction: str | None) -> bool:
        """Does this petition ask for `case_remedy` for that count (None: the whole case)?"""
        return self.remedy == case_remedy and (not self.convictions or conviction is None or conviction in self.convictions)


@dataclass
class Case:
    id: str
    outcome: Outcome = "convicted"
    case_number: str | None = None
    jurisdiction: str = "CA"
    county: str | None = "Los Angeles"
    disposition_date: date | None = None
    arrest_date: date | None = None
    arrest_level: ArrestLevel | None = None
    arrest_offenses: list[ArrestOffense] = field(default_factory=list)
    program: Program | None = None
    protective_order_until: date | None = None
    convictions: list[Conviction] = field(default_factory=list)
    sentence: Sentence | None = None
    conditions: list[Condition] = field(default_factory=list)
    money: Money | None = None
    # Petitions filed with the court on this case (the caseload's, not FORMAT.md's: P53).
    petitions: list[Petition] = field(default_factory=list)

    def standing_orders_over(self, day: date) -> bool:
        """The case's probation is over on `day` (Probation.over_on), so its standing orders
        (Condition.standing: stay away, no contact, obey all laws), which last until probation
        ends, are over too: not conditions still open (S27C-01: after probation ended a
        stay-away with no completion date left only 1203.4's discretionary route).  Whether
        they were kept is what the record's violations say."""
        p = self.sentence.probation if self.sentence is not None else None
        return p is not None and p.over_on(day)

    def open_conditions(self, day: date) -> list[Condition]:
        """The conditions not done on `day` (Condition.met_on), less the standing orders of a
        probation that is over (standing_orders_over): what a remedy weighs."""
        return self._unmet(day, outlasting=False)

    def still_to_keep(self, day: date) -> list[Condition]:
        """open_conditions, with the protective orders among the conditions kept on after
        probation (Condition.may_outlast_probation) until the case records the order's end has
        passed: what the client is still told to do and the checklist keeps open.  A
        protective order recorded as a condition was dropped from the handout at probation's
        end, though it may run for years after it."""
        return self._unmet(day, outlasting=True)

    def _unmet(self, day: date, outlasting: bool) -> list[Condition]:
        if not self.conditions:
            return []  # most cases: no call more (screen() asks it of every case, twice)
        open_ = [c for c in self.conditions if not c.met_on(day)]
        if any(c.standing for c in open_) and self.standing_orders_over(day):
            order_over = self.protective_order_until is not None and self.protective_order_until < day
            kept_on = outlasting and not order_over
            open_ = [c for c in open_ if not c.standing or kept_on and c.may_outlast_probation]
        return open_

    @property
    def label(self) -> str:
        """How the clinic knows the case: its court number when the record has one (the
        window lists cases by it; the request id is only the record's key)."""
        return self.case_number or self.id


def open_cases_hold_up_nothing(cases: Iterable[Case]) -> bool:
    """Whether no case of a client's record ended in a conviction (one marked convicted, its
    counts still to type, counts as one): then an open case stops no relief the screening finds,
    as it stops only relief of convictions; arrest sealing and DOJ's arrest relief of the other
    cases do not wait on it (ca-rules.md 3.10, 3.11).  The Checklist, the handout's to-do list and
    the text report's note under an open case say it alike (J119-02, -03, -05)."""
    return not any(case.outcome == "convicted" for case in cases)


def new_record_id(prefix: str, used: Iterable[str]) -> str:
    """The key of a new case ("c3", prefix "c") or conviction ("c3-2", prefix "c3-"): the
    number after the highest one in `used`, which holds the keys the record has now and those
    its reviews and stored results still name.  A key is never given again: a review of a
    removed case had shown on the new case that took its key (GUI check G18-02)."""
    highest = 0
    for key in used:
        number = key[len(prefix):]
        if key.startswith(prefix) and number.isdigit():
            highest = max(highest, int(number))
    return f"{prefix}{highest + 1}"


@dataclass
class ScreeningRequest:
    """FORMAT.md's request: a person, their whole record, and the day it speaks for."""

    person: Person
    cases: list[Case]
    as_of: date | None = None


@dataclass
class Client:
    """A client of the clinic: who they are, plus the facts and record the engine screens.

    `id` is the database's row id (None until stored).  `language` picks the handout
    language; `event` is the clinic event where they were seen.
    """

    name: str
    person: Person = field(default_factory=Person)
    cases: list[Case] = field(default_factory=list)
    id: int | None = None
    aliases: list[str] = field(default_factory=list)
    language: Language = "en"
    event: str | None = None
    phone: str | None = None
    notes: str = ""

    def request(self, as_of: date | None = None) -> ScreeningRequest:
        """This client's record as a screening request."""
        return ScreeningRequest(person=self.person, cases=self.cases, as_of=as_of)


# ---- The screening result (FORMAT.md "Result") -----------------------------------------

Status = Literal["eligible", "eligible_on", "blocked", "not_eligible", "not_applicable", "needs_review"]
Mode = Literal["mandatory", "discretionary", "good_cause", "automatic"]
Confidence = Literal["H", "M", "L"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]


# Results are made by the million in a county-wide re-screen: slots make them cheaper to build.
@dataclass(slots=True)
class Reason:
    """One sentence of explanation and the statute it rests on."""

    text: str
    cite: str


@dataclass(slots=True)
class Determination:
    """What one remedy means for one conviction (or one case, for case-level remedies)."""

    case: str
    conviction: str | None
    remedy: str
    status: Status
    mode: Mode | None = None
    date: date | None = None
    reasons: list[Reason] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    missing_facts: list[str] = field(default_factory=list)
    confidence: Confidence = "H"


@dataclass(slots=True)
class Consequence:
    """What stays true after relief for one conviction: firearms, jury, DMV, immigration..."""

    case: str
    conviction: str | None
    topic: str
    text: str
    cite: str


@dataclass
class Screening:
    as_of: date
    rules_version: str
    results: list[Determination] = field(default_factory=list)
    consequences: list[Consequence] = field(default_factory=list)


# ---- What the caseload list shows for a client ------------------------------------------

BestOutcome = Literal["eligible_now", "eligible_on", "blocked", "needs_review", "nothing_available"]
BEST_OUTCOMES: tuple[str, ...] = BestOutcome.__args__  # type: ignore[attr-defined]


@dataclass
class ClientSummary:
    """One line of the caseload: the client's best outcome and what is still outstanding.

    Computed by `clinic_app.summary.summarize` from a client and their screening, stored
    beside the screening so that a list of 100,000 clients needs no re-screen to draw.
    """

    best: BestOutcome
    best_date: date | None = None  # eligible_on: the earliest date; blocked: when it lifts
    next_action_date: date | None = None
    outstanding: list[str] = field(default_factory=list)  # short labels, e.g. "restitution $800"
    needs_review: bool = False
    # The best outcome's relief is automatic only (PC 1203.425, 851.93: DOJ grants it on its
    # own): eligible_now, every relief available now (N47); eligible_on, every relief coming on
    # best_date (A48).  Nothing to file: check the RAP sheet (then) and tell the client.
    automatic_only: bool = False
    # Of such a line, the first day a petition can be filed after that automatic relief (a
    # 1203.4 or 1203.41 to come): the list says it beside "Automatic" (J50).  None otherwise.
    file_on: date | None = None
    # Where the petitions filed stand with the court (clinic_app.court.CourtLine, P53): "Filed
    # 2026-11-02; hearing 2027-01-10" in place of "File now".  None: no petition recorded.
    court: "CourtLine | None" = None
