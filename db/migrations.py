"""The caseload schema, built up by `sqlite_utils.Migrations`.

Every table is STRICT and every child row names its parent through a foreign key, so a
stray value or an orphan row is refused by SQLite itself.  Each migration ends by setting
``PRAGMA user_version`` to its number: `db.connection` compares that number with
`SCHEMA_VERSION` to refuse a caseload written by a newer Clinic Desk.

Rules for later migrations: append, never edit an applied one; bump `SCHEMA_VERSION`;
and because cases/convictions/... use ``ON DELETE CASCADE``, a migration that calls
``table.transform()`` on a referenced table must run with ``transactional=False`` and
``PRAGMA foreign_keys=OFF`` (sqlite-utils 4.1.1 refuses it otherwise, see
notes/ecosystem.md).

Dates are ISO ``YYYY-MM-DD`` TEXT; booleans are INTEGER 0/1 (NULL where the model allows
"unknown"); small nested lists (aliases, violations, arrest offenses, relief granted)
are JSON TEXT, because nobody queries inside them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from contextvars import ContextVar
from datetime import date

from sqlite_utils import Database, Migrations

SCHEMA_VERSION = 20
MIGRATION_SET = "clinic_desk"

migrations = Migrations(MIGRATION_SET)


def _bool(col: str, not_null: bool = True) -> str:
    return f"{col} INTEGER{' NOT NULL' if not_null else ''} CHECK ({col} IN (0, 1))"


_TABLES = [
    # Who the client is (Client) and the person-level facts (Person), one row each.
    f"""
    CREATE TABLE clients (
        id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused: the audit log names clients by id
        name TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        language TEXT NOT NULL DEFAULT 'en',
        event TEXT,
        phone TEXT,
        notes TEXT NOT NULL DEFAULT '',
        dob TEXT,
        {_bool("registrant_290")},
        {_bool("us_citizen", not_null=False)},
        ca_resident_since TEXT,
        {_bool("pending_charges")},
        on_supervision TEXT,
        {_bool("fire_camp")},
        {_bool("trafficking_survivor")},
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT
    """,
    # One court case; the sentence, its probation and custody, and the money are
    # flattened here (each is at most one per case).  `has_*` flags keep "no probation
    # block" apart from "probation with every field unknown".
    f"""
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        case_key TEXT NOT NULL,
        outcome TEXT NOT NULL,
        case_number TEXT,
        jurisdiction TEXT NOT NULL DEFAULT 'CA',
        county TEXT,
        disposition_date TEXT,
        arrest_date TEXT,
        arrest_level TEXT,
        arrest_offenses TEXT NOT NULL DEFAULT '[]',
        program TEXT,
        protective_order_until TEXT,
        sentence_type TEXT,
        judgment_date TEXT,
        {_bool("imposition_suspended", not_null=False)},
        {_bool("sentence_completed", not_null=False)},
        {_bool("has_probation")},
        probation_kind TEXT,
        probation_start TEXT,
        probation_end TEXT,
        early_termination TEXT,
        probation_status TEXT,
        violations TEXT NOT NULL DEFAULT '[]',
        {_bool("has_custody")},
        custody_split INTEGER CHECK (custody_split IN (0, 1)),
        release_date TEXT,
        supervision TEXT,
        supervision_end TEXT,
        {_bool("has_money")},
        fines_ordered INTEGER,
        fines_paid INTEGER,
        {_bool("fines_condition_of_probation", not_null=False)},
        restitution_ordered INTEGER,
        restitution_paid INTEGER,
        UNIQUE (client_id, case_key)
    ) STRICT
    """,
    f"""
    CREATE TABLE convictions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        conviction_key TEXT NOT NULL,
        section TEXT NOT NULL,
        code TEXT NOT NULL,
        level TEXT NOT NULL,
        {_bool("wobbler", not_null=False)},
        conviction_date TEXT,
        offense_date TEXT,
        value_dollars INTEGER,
        {_bool("open_business_hours", not_null=False)},
        cannabis_grams REAL,
        cannabis_plants INTEGER,
        {_bool("trafficking_related")},
        relief_granted TEXT NOT NULL DEFAULT '[]',
        UNIQUE (case_id, conviction_key)
    ) STRICT
    """,
    """
    CREATE TABLE conditions (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        label TEXT NOT NULL,
        required INTEGER,
        done INTEGER,
        completed_on TEXT
    ) STRICT
    """,
    # The payment ledger (Money.payments).
    """
    CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('fine', 'restitution')),
        date TEXT NOT NULL,
        amount INTEGER NOT NULL,
        receipt TEXT
    ) STRICT
    """,
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT
    ) STRICT
    """,
    # Stored determinations with what is needed to reproduce them (rules version, as_of,
    # facts hash) and the caseload-list summary, so the list draws without re-screening.
    f"""
    CREATE TABLE screenings (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        as_of TEXT NOT NULL,
        rules_version TEXT NOT NULL,
        facts_hash TEXT NOT NULL,
        result TEXT NOT NULL,
        created_at TEXT NOT NULL,
        best TEXT NOT NULL,
        best_date TEXT,
        next_action_date TEXT,
        outstanding TEXT NOT NULL DEFAULT '[]',
        {_bool("needs_review")}
    ) STRICT
    """,
    """
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        case_key TEXT NOT NULL,
        conviction_key TEXT,
        remedy TEXT NOT NULL,
        reviewer TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    # Append-only: no foreign key (the history of a deleted client must survive), and
    # triggers refuse to change or remove a row.
    """
    CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        client_id INTEGER,
        entity TEXT NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT
    ) STRICT
    """,
    """
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
    """,
    """
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
    """,
    # Full-text search over names, aliases and case numbers; rowid is the client id.
    # The repository keeps it in step on every write.  Diacritics are folded ("Lopez"
    # finds "López") and prefix indexes make partial names ("Lop", "BA12") fast.
    """
    CREATE VIRTUAL TABLE client_search USING fts5(
        name, aliases, case_numbers,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
    )
    """,
    "CREATE INDEX cases_client ON cases(client_id)",
    "CREATE INDEX convictions_case ON convictions(case_id)",
    "CREATE INDEX conditions_case ON conditions(case_id)",
    "CREATE INDEX payments_case ON payments(case_id)",
    "CREATE INDEX screenings_client ON screenings(client_id, id)",
    "CREATE INDEX reviews_client ON reviews(client_id)",
    "CREATE INDEX audit_client ON audit(client_id, id)",
    "CREATE INDEX clients_event ON clients(event)",
]


@migrations()
def m001_caseload(db: Database) -> None:
    """The first caseload schema: clients and their whole record, screenings, audit, search."""
    for statement in _TABLES:
        db.execute(statement)
    db.execute("PRAGMA user_version = 1")


@migrations()
def m002_client_summary(db: Database) -> None:
    """The caseload-list summary of each client's newest screening, kept on the client row.

    The list used to join every client to its newest screening row, whose summary sits
    beside (and after) a result of several KB: at 100,000 clients, one page read per client
    scattered over a file of a gigabyte, 0.6-1.6 s of a cold start (measured).  The
    repository now writes the summary here each time it stores a screening (derived data:
    it never goes in the audit log); the screenings keep their own copy, as before.
    """
    for column in (
        "best TEXT",
        "best_date TEXT",
        "next_action_date TEXT",
        "outstanding TEXT NOT NULL DEFAULT '[]'",
        f"{_bool('needs_review')} DEFAULT 0",
    ):
        db.execute(f"ALTER TABLE clients ADD COLUMN {column}")
    db.execute(
        """
        UPDATE clients SET (best, best_date, next_action_date, outstanding, needs_review) = (
            SELECT s.best, s.best_date, s.next_action_date, s.outstanding, s.needs_review FROM screenings AS s
            WHERE s.id = (SELECT MAX(id) FROM screenings WHERE screenings.client_id = clients.id)
        )
        WHERE EXISTS (SELECT 1 FROM screenings WHERE screenings.client_id = clients.id)
        """
    )
    db.execute("PRAGMA user_version = 2")


@migrations()
def m003_client_facts_hash(db: Database) -> None:
    """The hash of each client's facts (clinic_app.eligibility.facts_hash), kept on the row.

    A re-screen stores this hash with every result, so that a result can later be marked
    stale; working it out from the record cost as much as a fifth of a re-screen (about
    80 us a client, measured), for facts that had not changed since they were saved.  The
    repository now writes it whenever it writes a client's facts.  Rows from before this
    migration start empty (NULL): a re-screen hashes those clients and fills it in.
    """
    db.execute("ALTER TABLE clients ADD COLUMN facts_hash TEXT")
    db.execute("PRAGMA user_version = 3")


@migrations()
def m004_case_numbers_run_together(db: Database) -> None:
    """The search index holds a case number written with a dash or a space ("BA-123456")
    also run together ("BA123456"), so that typing it without the dash finds it (W22-03).
    The repository writes it so from now on; this rewrites the index of the clients saved
    before, from their cases."""
    from db.records import searched_case_numbers

    numbers: dict[int, list[str]] = {}
    for client_id, number in db.execute("SELECT client_id, case_number FROM cases WHERE case_number IS NOT NULL "
                                        "AND case_number != '' ORDER BY client_id, position").fetchall():
        numbers.setdefault(client_id, []).append(number)
    changed = [(searched, client_id) for client_id, written in numbers.items()
               if (searched := searched_case_numbers(written)) != " ".join(written)]
    db.conn.executemany("UPDATE client_search SET case_numbers = ? WHERE rowid = ?", changed)
    db.execute("PRAGMA user_version = 4")


@migrations()
def m005_reviews_keep_their_facts(db: Database) -> None:
    """A review keeps the facts and the answer it was given on (clinic_app.review), and the
    client row says whether the client awaits an attorney's review (A29-01).

    The caseload's "Attorney review" count and "Review needed" filter read the screening's
    needs_review flag: a client whose every needs-review result was reviewed stayed in the
    queue.  Now each screening keeps the answer keys of its needs-review results
    (`review_keys`), each review its facts hash and answer key, and the client row
    `awaiting_review`: some needs-review result of the newest screening has no review that
    counts for it.  Kept on the row, as the rest of the caseload line, so the list of 100,000
    clients reads one narrow table.

    Reviews from before have no facts hash: nobody can tell now what facts they were given
    on, so they do not count (they stay in the record and are shown); a client with a
    needs-review result stays in the queue until it is reviewed again.  Only the newest
    screening of a client whose line needs review is read here; older ones are never asked.
    """
    from clinic_app.review import review_keys
    from db.records import _json, screening_from_stored

    db.execute("ALTER TABLE reviews ADD COLUMN facts_hash TEXT")
    db.execute("ALTER TABLE reviews ADD COLUMN answer TEXT")
    db.execute("ALTER TABLE screenings ADD COLUMN review_keys TEXT")
    db.execute(f"ALTER TABLE clients ADD COLUMN {_bool('awaiting_review')} DEFAULT 0")
    newest = db.execute(
        "SELECT s.id, s.client_id, s.result FROM screenings AS s JOIN clients AS c ON c.id = s.client_id "
        "WHERE c.needs_review = 1 AND s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id)").fetchall()
    keyed, unread = [], []
    for sid, client_id, result in newest:
        try:
            keyed.append((sid, client_id, review_keys(screening_from_stored(result))))
        except (ValueError, TypeError, KeyError):
            # A result this program cannot read (a damaged row): the line said "needs review",
            # so the client stays in the queue until a screening is stored again.
            unread.append((client_id,))
    db.conn.executemany("UPDATE screenings SET review_keys = ? WHERE id = ?", [(_json(keys), sid) for sid, _c, keys in keyed])
    db.conn.executemany("UPDATE clients SET awaiting_review = 1 WHERE id = ?", [(client_id,) for _s, client_id, keys in keyed if keys] + unread)
    db.execute("PRAGMA user_version = 5")


@migrations()
def m006_eligible_now_by_automatic_relief_alone(db: Database) -> None:
    """The caseload line says whether a client eligible now has only automatic relief now
    (`ClientSummary.automatic_only`: PC 1203.425, 851.93, which DOJ grants with nothing
    filed), so the list says "Automatic: check the RAP sheet", not "File now" (N47).

    Worked out here from each eligible-now client's newest stored screening, read without its
    reasons (as a report counts it), and written on that screening and the client row: an
    older caseload says it at once, not only after a re-screen.  Older screenings keep 0,
    as they were summarised.  A result that cannot be read keeps 0 ("File now", as before)
    until the client is screened again.
    """
    from clinic_app.summary import automatic_only
    from db.records import counted_results

    db.execute("ALTER TABLE screenings ADD COLUMN automatic_only INTEGER NOT NULL DEFAULT 0 CHECK (automatic_only IN (0, 1))")
    db.execute(f"ALTER TABLE clients ADD COLUMN {_bool('automatic_only')} DEFAULT 0")
    newest = db.execute(
        "SELECT s.id, s.client_id, s.result FROM screenings AS s JOIN clients AS c ON c.id = s.client_id "
        "WHERE c.best = 'eligible_now' AND s.best = 'eligible_now' "
        "AND s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id)").fetchall()
    automatic = []
    for sid, client_id, result in newest:
        try:
            if automatic_only([(row[2], row[3]) for row in counted_results(result)]):
                automatic.append((sid, client_id))
        except (ValueError, TypeError, KeyError, IndexError):
            continue  # a damaged row: left as it was summarised
    db.conn.executemany("UPDATE screenings SET automatic_only = 1 WHERE id = ?", [(sid,) for sid, _c in automatic])
    db.conn.executemany("UPDATE clients SET automatic_only = 1 WHERE id = ?", [(client_id,) for _s, client_id in automatic])
    db.execute("PRAGMA user_version = 6")


@migrations()
def m007_eligible_later_by_automatic_relief_alone(db: Database) -> None:
    """`automatic_only` now says it of a client eligible on a later date too: every relief
    coming on that first date is automatic, so the list says "Automatic from <day>: check RAP
    sheet", not "File on <day>" (A48).  No column changes; what a caseload of before stored
    (0 for each eligible-later client) is worked out here from each eligible-later client's
    newest stored screening and written on it and the client row, so the list is right on
    opening, not only after a re-screen (which would then store every such client again).
    A result that cannot be read keeps 0 ("File on <day>", as before) until screened again.
    """
    from clinic_app.summary import automatic_only_later
    from db.records import read_stored

    newest = db.execute(
        "SELECT s.id, s.client_id, s.best_date, s.result FROM screenings AS s JOIN clients AS c ON c.id = s.client_id "
        "WHERE c.best = 'eligible_on' AND s.best = 'eligible_on' AND c.best_date IS s.best_date "
        "AND s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id)").fetchall()
    automatic = []
    for sid, client_id, best_date, result in newest:
        try:
            first = date.fromisoformat(best_date) if best_date is not None else None
            results = read_stored(result)[0].results
            if automatic_only_later([(d.remedy, d.status, d.date) for d in results], first):
                automatic.append((sid, client_id))
        except (ValueError, TypeError, KeyError, IndexError):
            continue  # a damaged row: left as it was summarised
    db.conn.executemany("UPDATE screenings SET automatic_only = 1 WHERE id = ?", [(sid,) for sid, _c in automatic])
    db.conn.executemany("UPDATE clients SET automatic_only = 1 WHERE id = ?", [(client_id,) for _s, client_id in automatic])
    db.execute("PRAGMA user_version = 7")


@migrations()
def m008_eligible_now_since(db: Database) -> None:
    """The day each client's line became eligible now (`clinic_app.summary.eligible_now_since`),
    kept on the client row, so that "Newly eligible" (the week's new filings) outlives the
    window that re-screened and is the same for a re-screen made with `clinic-app rescreen`
    (E48).  The repository writes it with the caseload line.

    Nobody can tell now when a client of before became eligible: the column starts empty
    (NULL) for all, which says "not newly eligible", never a day that may be wrong.  A client
    is said to be newly eligible once a screening finds them eligible now after a line that
    was not (a re-screen on a later day, or their facts changed).
    """
    db.execute("ALTER TABLE clients ADD COLUMN eligible_now_since TEXT")
    db.execute("PRAGMA user_version = 8")


@migrations()
def m009_petition_after_automatic_relief(db: Database) -> None:
    """The first day a petition can be filed after a client's automatic relief
    (`ClientSummary.file_on`: 1203.425 on 2027-05-01, a 1203.41 petition from 2028-02-01), kept
    on the screening and the client row, so the list says "Automatic; file on 2028-02-01" and
    "Eligible within 30 days" finds them by it (J50: the petition's day was said nowhere).

    The stored line does not hold it (`next_action_date` is the first of every day on the
    record, dues and referrals among them): worked out here from the newest stored screening
    of each client whose line is automatic relief only, as m007 did, so an older caseload
    says it on opening.  Older screenings keep none, as they were summarised; a result that
    cannot be read keeps none ("Automatic ...", as before) until screened again.
    """
    from clinic_app.summary import first_petition
    from db.records import read_stored

    db.execute("ALTER TABLE screenings ADD COLUMN file_on TEXT")
    db.execute("ALTER TABLE clients ADD COLUMN file_on TEXT")
    newest = db.execute(
        "SELECT s.id, s.client_id, s.result FROM screenings AS s JOIN clients AS c ON c.id = s.client_id "
        "WHERE c.automatic_only = 1 AND s.automatic_only = 1 AND c.best = s.best AND c.best_date IS s.best_date "
        "AND s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id)").fetchall()
    petitions = []
    for sid, client_id, result in newest:
        try:
            day = first_petition([(d.remedy, d.status, d.date) for d in read_stored(result)[0].results])
        except (ValueError, TypeError, KeyError, IndexError):
            continue  # a damaged row: left as it was summarised
        if day is not None:
            petitions.append((day.isoformat(), sid, client_id))
    db.conn.executemany("UPDATE screenings SET file_on = ? WHERE id = ?", [(day, sid) for day, sid, _c in petitions])
    db.conn.executemany("UPDATE clients SET file_on = ? WHERE id = ?", [(day, client_id) for day, _s, client_id in petitions])
    db.execute("PRAGMA user_version = 9")


@migrations()
def m010_petitions_filed(db: Database) -> None:
    """The petitions the clinic filed with the court (`Case.petitions`: remedy, the counts it
    asks relief for, filed on, hearing, ruling), one row each under its case, and on the client
    row what the caseload line says of them (`ClientSummary.court`, JSON; NULL: nothing
    filed), so the list says "Filed 2026-11-02; hearing 2027-01-10", not "File now" (P53).

    A caseload of before has filed nothing here: the table starts empty and every line NULL.
    """
    db.execute(
        """
        CREATE TABLE petitions (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            remedy TEXT NOT NULL,
            convictions TEXT NOT NULL DEFAULT '[]',
            filed_on TEXT NOT NULL,
            hearing_on TEXT,
            ruling TEXT CHECK (ruling IN ('granted', 'denied', 'withdrawn')),
            ruling_on TEXT,
            note TEXT NOT NULL DEFAULT ''
        ) STRICT
        """
    )
    db.execute("CREATE INDEX petitions_case ON petitions(case_id)")
    db.execute("ALTER TABLE screenings ADD COLUMN court TEXT")
    db.execute("ALTER TABLE clients ADD COLUMN court TEXT")
    db.execute("PRAGMA user_version = 10")


@migrations()
def m011_conviction_level_not_known(db: Database) -> None:
    """A count's level may be unknown (NULL): at intake and on the Record tab a count whose
    level the catalog does not fix (a wobbler, an attempt, a section it lacks) is stored with
    none until someone chooses it, and the screening asks for it, where the level box's first
    choice, Misdemeanor, was stored though nobody chose it (V53-02).  SQLite cannot drop a NOT
    NULL in place: the table is made again from its own text, the rows copied as they are.
    No table refers to convictions, so dropping the old one deletes nothing else."""
    (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'convictions'").fetchone()
    if "level TEXT NOT NULL," in sql:  # (a table already made so is left as it is)
        # (Its name quoted once SQLite has renamed it: CREATE TABLE "convictions".)
        db.execute(re.sub(r'^CREATE TABLE "?convictions"?', "CREATE TABLE convictions_m011", sql.strip()).replace(
            "level TEXT NOT NULL,", "level TEXT,", 1))
        db.execute("INSERT INTO convictions_m011 SELECT * FROM convictions")
        db.execute("DROP TABLE convictions")
        db.execute("ALTER TABLE convictions_m011 RENAME TO convictions")
        db.execute("CREATE INDEX convictions_case ON convictions(case_id)")
    db.execute("PRAGMA user_version = 11")


@migrations()
def m012_petition_counts_removed(db: Database) -> None:
    """Of the counts a petition names, those its case no longer has, as written while on it
    (`Petition.counts_removed`, JSON; NULL: none): the Record tab says such a count by its
    citation from the client's history (C57-04), which an import does not bring, so after an
    import it read "a count no longer on the case" (E58-03).  Petitions of before have none
    kept here: the Record tab still finds theirs in the history, and keeps them at the next save."""
    if "counts_removed" not in {column.name for column in db["petitions"].columns}:  # (one made so is left as it is)
        db.execute("ALTER TABLE petitions ADD COLUMN counts_removed TEXT")
    db.execute("PRAGMA user_version = 12")


@migrations()
def m013_case_number_ends(db: Database) -> None:
    """The search index holds the later parts of each case number too ("81162" of
    "25CJCM81162", clinic_app.matching.case_number_tails), so that the end of a number typed
    finds it (F58-02).  The repository writes it so from now on; this rewrites the index of
    the clients saved before, from their cases, as m004 did."""
    from db.records import searched_case_numbers

    numbers: dict[int, list[str]] = {}
    for client_id, number in db.execute("SELECT client_id, case_number FROM cases WHERE case_number IS NOT NULL "
                                        "AND case_number != '' ORDER BY client_id, position").fetchall():
        numbers.setdefault(client_id, []).append(number)
    indexed = dict(db.execute("SELECT rowid, case_numbers FROM client_search").fetchall())
    changed = [(searched, client_id) for client_id, written in numbers.items()
               if (searched := searched_case_numbers(written)) != indexed.get(client_id)]
    db.conn.executemany("UPDATE client_search SET case_numbers = ? WHERE rowid = ?", changed)
    db.execute("PRAGMA user_version = 13")


@migrations()
def m014_names_run_together(db: Database) -> None:
    """The search index holds a name written with an apostrophe or a hyphen inside it
    ("O'Brien") also run together ("OBrien"), as RAP sheets print it (F58-04).  The
    repository writes it so from now on; this rewrites the index of the clients saved before
    whose name or aliases have one."""
    import json

    from db.records import searched_names

    changed = []
    for client_id, name, aliases in db.execute("SELECT id, name, aliases FROM clients").fetchall():
        written = " ".join(json.loads(aliases))
        searched = (searched_names(name), searched_names(written))
        if searched != (name, written):
            changed.append((*searched, client_id))
    db.conn.executemany("UPDATE client_search SET name = ?, aliases = ? WHERE rowid = ?", changed)
    db.execute("PRAGMA user_version = 14")


@migrations()
def m015_convictions_to_enter_leave_the_review_queue(db: Database) -> None:
    """The rows of a case marked convicted whose counts are not typed yet no longer await an
    attorney's review (clinic_app.review.waits_for_convictions, N61-01): such a client's Next
    action was "Enter the convictions", yet they counted under "Attorney review".  The answer
    keys of the newest screening of each client whose line says a case's convictions are not
    entered are made again without them, and the client's `awaiting_review` worked out again
    from them and the reviews kept, as the repository does after a screening.  Other clients'
    keys have none of these rows, and are left as they are."""
    from clinic_app.review import review_keys
    from db.records import _json, screening_from_stored

    newest = db.execute(
        "SELECT s.id, s.client_id, s.result FROM screenings AS s JOIN clients AS c ON c.id = s.client_id "
        "WHERE c.outstanding LIKE '%convictions of case % not entered%' "
        "AND s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id)").fetchall()
    keyed = []
    for sid, client_id, result in newest:
        try:
            keyed.append((_json(review_keys(screening_from_stored(result))), sid, client_id))
        except (ValueError, TypeError, KeyError):
            continue  # a result this program cannot read (a damaged row): left in the queue as it was
    db.conn.executemany("UPDATE screenings SET review_keys = ? WHERE id = ?", [(keys, sid) for keys, sid, _c in keyed])
    db.conn.executemany(
        "UPDATE clients SET awaiting_review = EXISTS (SELECT 1 FROM screenings AS s, json_each(s.review_keys) AS k "
        "WHERE s.id = (SELECT MAX(id) FROM screenings WHERE client_id = clients.id) AND NOT EXISTS "
        "(SELECT 1 FROM reviews AS v WHERE v.client_id = clients.id AND v.facts_hash = s.facts_hash AND v.answer = k.value)) "
        "WHERE id = ?", [(client_id,) for _k, _s, client_id in keyed])
    db.execute("PRAGMA user_version = 15")


@migrations()
def m016_denials_entered(db: Database) -> None:
    """The audit log's "denial" "entered" rows (db.repository, Y64-01), which the caseload list,
    the report and each client's reviews read for every review of a denial, found by client
    without reading the client's other rows (every save's whole record, the most of the log)."""
    db.execute("CREATE INDEX IF NOT EXISTS audit_denial ON audit(client_id, at) WHERE entity = 'denial'")
    db.execute("PRAGMA user_version = 16")


@migrations()
def m017_denials_entered_before_their_row(db: Database) -> None:
    """When each denial typed before the "denial" "entered" rows were written (Y64-01) was typed,
    read once from the saves that typed it: the log's "client" "update" rows keep the record
    before and after, so each petition a save entered as denied gets the row `save_client` writes
    today, with that save's moment and user.  Without it, a review made before such a denial was
    typed (on the ruling's morning, or the day after before the paralegal typed it) counted as a
    review of the denial (T63, D64-02, left open by Y64).  A denial that came with the record (a
    client added, imported or merged with it) has no save that typed it: it is given no moment,
    and the review's day decides, as before.  A row already written for the same save and
    petition (a caseload saved by Y64's code) is not written twice.  Only saves whose record
    after has a denial are read: a caseload of 20,000 clients reads a few thousand."""
    from db.records import _json
    from db.repository import _denials_entered  # the save's own comparison (db.repository imports this module)

    written = set(db.execute("SELECT client_id, at, after FROM audit WHERE entity = 'denial' AND action = 'entered'").fetchall())
    rows = []
    told = _Told(db, "audit")
    for row_id, client_id, at, user, before, after in db.execute(
            "SELECT id, client_id, at, user, before, after FROM audit WHERE entity = 'client' AND action = 'update' "
            "AND instr(after, '\"denied\"') > 0 ORDER BY id"):
        told.reached(row_id)
        for denial in _denials_entered(before, after):
            row = (client_id, at, _json(denial))
            if row not in written:
                written.add(row)
                rows.append((at, user, client_id, "denial", "entered", None, row[2]))
    db.conn.executemany("INSERT INTO audit (at, user, client_id, entity, action, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute("PRAGMA user_version = 17")


# The remedies a client's newest stored screening finds eligible now ("eligible") or on a later
# day ("eligible_on"), by key, sorted, one space between (NULL: none, or never screened): what the
# caseload list's Remedy filter and `clinic-app list --remedy` read (F75-01).  Read from the
# stored result's rows ([case, conviction, remedy, status, ...]: at [3] in form 2, [4] after; a
# JSON object, the oldest form, is read in Python by m018 alone, as nothing writes it now; a
# damaged result, none).
_REMEDIES_OPEN_OF = """(SELECT group_concat(remedy, ' ') FROM (SELECT DISTINCT json_extract(r.value, '$[2]') AS remedy
    FROM (SELECT CASE WHEN json_valid(result) AND json_type(result) = 'array' THEN result ELSE '[]' END AS j FROM screenings
          WHERE id = (SELECT MAX(id) FROM screenings WHERE client_id = {client})) AS s,
    json_each(s.j, CASE json_extract(s.j, '$[0]') WHEN 2 THEN '$[3]' ELSE '$[4]' END) AS r
    WHERE json_extract(r.value, '$[3]') IN ('eligible', 'eligible_on') ORDER BY remedy))"""
# How many client numbers m018 fills in at a time, between two tellings of how far it has gone.
_REMEDIES_OPEN_STEP = 2000


@migrations()
def m018_remedies_open(db: Database) -> None:
    """The remedies each client's newest screening finds eligible now or later, kept on the
    client row (`remedies_open`), so the caseload list finds "every client Prop 47 can help"
    without reading a result of several KB for each of 100,000 clients (F75-01).

    Each screening stored carries its own (`screenings.remedies_open`, worked out where the
    result is made, db.records.remedies_open), and the client row takes it with the rest of
    the newest screening's summary, by every way in (a save, a re-screen, an import, a merge).
    Here the client rows are filled in once from each client's newest stored screening, so an
    older caseload's filter is right on opening; a result this program cannot read leaves it
    empty until screened again.
    """
    from db.records import counted_results

    # Run again to the same end where a test takes a caseload back before it (tests/older_caseload.py).
    for table in ("clients", "screenings"):
        if "remedies_open" not in {row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()}:
            db.execute(f"ALTER TABLE {table} ADD COLUMN remedies_open TEXT")
    # A few thousand clients at a time, telling how far it has gone: 8 s at 100,000 clients
    # (measured, F75), where the window's bar had stood still as m017's did (D70-02).
    told = _Told(db, "clients")
    first, last = db.execute("SELECT MIN(id), MAX(id) FROM clients").fetchone()
    for start in range(first or 0, (last or -1) + 1, _REMEDIES_OPEN_STEP):
        told.reached(start)
        db.execute(f"UPDATE clients SET remedies_open = {_REMEDIES_OPEN_OF.format(client='clients.id')} "
                   "WHERE best IS NOT NULL AND id >= ? AND id < ?", (start, start + _REMEDIES_OPEN_STEP))
    oldest = db.execute(
        "SELECT c.id, s.result FROM clients AS c JOIN screenings AS s ON s.id = (SELECT MAX(id) FROM screenings WHERE client_id = c.id) "
        "WHERE json_valid(s.result) AND json_type(s.result) = 'object'").fetchall()
    opened = []
    for client_id, result in oldest:
        try:
            remedies = sorted({row[2] for row in counted_results(result) if row[3] in ("eligible", "eligible_on")})
        except (ValueError, TypeError, KeyError, IndexError):
            continue  # a damaged row: left empty until the client is screened again
        opened.append((" ".join(remedies) or None, client_id))
    db.conn.executemany("UPDATE clients SET remedies_open = ? WHERE id = ?", opened)
    db.execute("PRAGMA user_version = 18")


# How many client numbers m019 reads and rewrites at a time, between two tellings of how far it has gone.
_INDEX_STEP = 2000


@migrations()
def m019_case_number_ends_run_together(db: Database) -> None:
    """The search index holds the later parts of a case number written with dashes or spaces
    also from the number run together ("CR12345" and "12345" of "23 CR 12345", "123456" of
    "BA 123-456": clinic_app.matching.case_number_words), so that such a number is found by
    its end typed plain, as a number stored plain was (N83-01).  The repository writes it so
    from now on; this rewrites the index of the clients saved before whose numbers have a dash
    or a space, from their cases, as m013 did.  Other clients' index is the same, and is left.
    A few thousand clients at a time, telling how far it has gone: 1.3-5 s at 20,000 demo
    clients with every number dashed, where the window's bar had stood still (N83-02)."""
    from db.records import searched_case_numbers

    told = _Told(db, "clients")
    first, last = db.execute("SELECT MIN(id), MAX(id) FROM clients").fetchone()
    for start in range(first or 0, (last or -1) + 1, _INDEX_STEP):
        told.reached(start)
        numbers: dict[int, list[str]] = {}
        for client_id, number in db.execute(
                "SELECT client_id, case_number FROM cases WHERE client_id >= ? AND client_id < ? AND case_number IS NOT NULL "
                "AND case_number != '' ORDER BY client_id, position", (start, start + _INDEX_STEP)).fetchall():
            numbers.setdefault(client_id, []).append(number)
        apart = [client_id for client_id, written in numbers.items() if any(not n.isalnum() for n in written)]
        if not apart:
            continue
        indexed = dict(db.execute("SELECT rowid, case_numbers FROM client_search WHERE rowid >= ? AND rowid < ?",
                                  (start, start + _INDEX_STEP)).fetchall())
        changed = [(searched, client_id) for client_id in apart
                   if (searched := searched_case_numbers(numbers[client_id])) != indexed.get(client_id)]
        db.conn.executemany("UPDATE client_search SET case_numbers = ? WHERE rowid = ?", changed)
    db.execute("PRAGMA user_version = 19")


@migrations()
def m020_clients_by_birth_date(db: Database) -> None:
    """The clients found by their date of birth without reading every client row: intake's
    returning-client note (Repository.same_person, Z83-01) asks, for each client started, who
    else was born that day, and read the whole table for it, where a day's handful is what it
    wants: at 20,000 screened demo clients 2.6 ms median (p95 3.3-3.7 ms; 4-11 ms on a busier
    machine), 0.03 ms with the index (D86-01).  The search by a date of birth alone, by a name
    and a date of birth (C64), and the import's "same facts" check (R46-09) find them by it
    too.  Made in some 12 ms at 20,000 clients (the backup before it takes the most of the
    opening).  Made if missing, so a caseload taken back before it runs it again to the same end."""
    db.execute("CREATE INDEX IF NOT EXISTS clients_dob ON clients(dob)")
    db.execute("PRAGMA user_version = 20")

# What a migration that reads a table row by row tells of how far it is, (done, of how many), while
# `apply` runs it with `within`: m017 read a busy clinic's log (109,000 rows) for 2-5 s, shown as
# one step that did not move (N66).  A context variable, not an argument: sqlite-utils calls each
# migration with the database alone; and it is the worker's own, where the window opens on one.
_within: ContextVar[Callable[[int, int], None] | None] = ContextVar("within_a_migration", default=None)
# How often a migration tells it: one row in the 50th part of the table read, at most.
_TOLD_STEPS = 50


class _Told:
    """Tells `_within` how far a migration that reads `table` by its ids in order has gone."""

    def __init__(self, db: Database, table: str):
        self.tell = _within.get()
        self.first, self.last = (db.execute(f"SELECT MIN(id), MAX(id) FROM {table}").fetchone() if self.tell else (None, None))
        self.next = self.first

    def reached(self, row_id: int) -> None:
        if self.tell is None or self.first is None or row_id < self.next:
            return
        of = self.last - self.first + 1
        self.tell(row_id - self.first, of)
        self.next = row_id + max(1, of // _TOLD_STEPS)


def apply(db: Database, *, each: Callable[[int, int], None] | None = None,
          within: Callable[[int, int], None] | None = None) -> None:
    """Bring `db` up to `SCHEMA_VERSION` (a no-op when it is already there).

    `each(n, pending)` is told before the nth of the pending migrations runs, if given: each
    runs alone, in its own transaction with its record, as sqlite-utils runs them all.
    `within(done, of)` is told how far the one running has gone, by one that counts (m017)."""
    if each is None:
        migrations.apply(db)
        return
    pending = [migration.name for migration in migrations.pending(db)]
    telling = _within.set(within)
    try:
        for n, name in enumerate(pending, 1):
            each(n, len(pending))
            migrations.apply(db, stop_before=pending[n:])
    finally:
        _within.reset(telling)
