"""Clients written out for another caseload's import: one FORMAT.md request a line (JSON
Lines) with its `client` block and the attorney reviews kept beside the record, in a file
this user alone can read, put in its place only once whole.

`clinic-app export` writes them (the end of a clinic day: a volunteer laptop's clients for
the clinic's caseload), and so does the window's Caseload > Export the clients shown.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from clinic_app.private_files import not_encrypted_note
from clinic_app.screening_format import (ExportedReview, FormatError, client_reviews_and_moments_from_request,
                                         client_to_request_dict)

# Said of an export of an encrypted caseload, which is plain JSON text (V27-01).
PLAIN_EXPORT_OF_ENCRYPTED = not_encrypted_note(until="imported")


def exported(repo, client_id: int) -> dict[str, Any]:
    """A stored client as an export writes them: the request, its `client` block, and the
    attorney reviews the caseload keeps beside the record (lost in the merge before: D23-12), and
    when each denial on it was typed (F70-03)."""
    reviews = [ExportedReview(case=rv.case, conviction=rv.conviction, remedy=rv.remedy, reviewer=rv.reviewer,
                              at=rv.at.isoformat(), note=rv.note, facts_hash=rv.facts_hash, answer=rv.answer)
               for rv in repo.reviews(client_id)]
    client = repo.get_client(client_id)
    # A count a petition names, since removed, that the petition does not keep as written (one
    # saved before E58-03): said as the client's history has it, read only then (a history each
    # would slow an export of thousands).
    unknown = any(key not in {c.id for c in case.convictions} | {count.id for count in p.counts_removed}
                  for case in client.cases for p in case.petitions for key in p.convictions)
    return client_to_request_dict(client, reviews=reviews, counts_had=repo.counts_had(client_id) if unknown else None,
                                  denials_entered=repo.denials_entered(client_id))


def put_it_right(who: str, where: str) -> str:
    """Where a record an import refuses is put right, said alike by the import (R389-01) and the
    export (K392-01): `who` ("the client", "each client named") opened `where`."""
    return f"open {who} {where}, where the Record tab says what to change, and export again"


class RefusedByImport:
    """The records of an export that an import will refuse, by the import's own check
    (`client_reviews_and_moments_from_request`): one stored before a check refused it (an end
    before the conviction, K386) was written with not a word, and the import of the caseload on
    a new laptop refused the whole file at the other end, at a clinic event (K392-01).  The
    export still writes every record; `said()` names whose, why, and where to put it right."""

    SHOWN = 10  # named, then how many more

    def __init__(self) -> None:
        self.count = 0
        self.named: list[str] = []

    def checked(self, repo, client_id: int, record: dict[str, Any]) -> dict[str, Any]:
        """`record` (client `client_id` of `repo`) as given, noted if an import will refuse it:
        its case and field as the Record tab names them, "Case 24CR042, Probation end: ...", where
        the paralegal puts it right; the import's path, "cases[0].sentence.probation.end", named
        neither (K395-02)."""
        try:
            client_reviews_and_moments_from_request(record)
        except FormatError as err:
            self.count += 1
            if len(self.named) < self.SHOWN:
                from clinic_app.record_said import in_the_record, whose

                client = repo.get_client(client_id)
                self.named.append(f"{whose(client)}: {in_the_record(client, err)}")
        return record

    def said(self) -> str:
        """"" when an import takes every record."""
        if not self.count:
            return ""
        from clinic_app.wording import count

        more = f"; and {count(self.count - len(self.named), 'more client')}" if self.count > len(self.named) else ""
        whose = (f"the record of {self.named[0]}" if self.count == 1
                 else f"the records of {count(self.count, 'client')}: {'; '.join(self.named)}{more}")
        who = "the client" if self.count == 1 else "each client"
        return (f"an import of this file will refuse it whole, for {whose}. Every client is in the file all the same; "
                f"to carry {'it' if self.count == 1 else 'them'} to another caseload, {put_it_right(who, 'here')}.")


def changed_today_elsewhere(repo, event: str, exported: list[int], today: date, take_them: str, limit: int = 10) -> str:
    """What to say of the clients changed here on `today` (this computer's clock) that are not
    of `event`, so not in its export, the first `limit` named; "" when there are none.
    `take_them` says how to export them too, as the command or the window does it.

    A returning client keeps the event they were first seen at: a payment, a ticked class or
    an attorney's review given them at today's event was left out of `export --event` with
    not a word, and never reached the clinic (M29-06); and the window's export of an event's
    clients left out, unsaid, a walk-in given no event (J64-04)."""
    from clinic_app.matching import first_named
    from clinic_app.wording import count

    taken = set(exported)
    midnight = datetime.combine(today, datetime.min.time()).astimezone()
    others = [client_id for client_id in repo.changed_since(midnight) if client_id not in taken]
    if not others:
        return ""
    rows = {row.id: row for row in repo.list_clients()}
    named = first_named((f"{rows[n].name} (id {n}, {rows[n].event or 'no event'})" for n in others if n in rows), limit)
    return (f"{count(len(others), 'client')} changed here today {'is' if len(others) == 1 else 'are'} not of the event "
            f"{event}, so not in this export: {named}. {take_them}")


def typing_not_saved(repo, exported: list[int], save_it: str) -> str:
    """What to say of the typing Clinic Desk kept as a draft, never saved, of the clients in
    this export (and of a new client, not stored yet): an export carries the saved record
    only.  "" when there is none.  `save_it` says how to save it and export again, as the
    command or the window does it.

    A volunteer's window stopped at a clinic event (a battery, a crash) keeps what was typed as
    a draft, offered back when the client is next opened; the day's `export --event` left it
    out with not a word, and the laptop went back to the clinic with the export looking whole
    (F65-03)."""
    from clinic_app.matching import first_named
    from clinic_app.wording import count

    left = repo.drafts_left()
    taken = set(exported)

    def named(left: list[int | None]) -> str:
        theirs = [client_id for client_id in left if client_id in taken]
        if not theirs:
            return ""
        rows = {row.id: row for row in repo.client_rows(theirs)}
        names = first_named(f"{rows[n].name} (id {n})" for n in theirs if n in rows)
        return names if len(theirs) == 1 else f"{count(len(theirs), 'client')}: {names}"

    saved = named(left)
    whose = [f"that of {saved}"] if saved else []
    if None in left:
        whose.append("a new client's, not stored yet")
    # Intake's box 2 and an attorney's review note keep their typing too (K114), offered back
    # in their own place, not as the client is opened: said with where (K117-02).
    intake, review = named(repo.drafts_left(of="intake")), named(repo.drafts_left(of="review"))
    if intake:
        whose.append(f"a case typed at intake and not added, for {intake} (it is back in box 2 at their next intake, "
                     "at Open ... instead, to add with Enter)")
    if review:
        whose.append(f"an attorney's review note not recorded, for {review} (it is back when that count and remedy are "
                     "next marked reviewed)")
    if not whose:
        return ""
    return f"Typing not saved, kept as a draft when Clinic Desk stopped, is not in this export: {'; and '.join(whose)}. {save_it}"


def typing_left_said(repo, open_them: str) -> str:
    """Whose typing a Clinic Desk kept as a draft and never saved, the program gone since, and
    where each comes back, in one line: "typing left unsaved when Clinic Desk stopped: Wei Harris
    (id 1203), open them to get it back; a case typed at intake for ..."; "" when there is none.
    `open_them` says where the client's own comes back.  Said by the window's status line (H371-01)
    and `clinic-app list` (H371-05): a paralegal taking over a departed colleague's caseload had
    no way to find it but to open every client."""
    from clinic_app.matching import first_named

    left = {of: repo.drafts_left(of=of) for of in ("", "intake", "review")}
    rows = {row.id: row for row in repo.client_rows({n for ids in left.values() for n in ids if n is not None})}

    def named(ids: list[int | None]) -> str:
        return first_named((f"{rows[n].name} (id {n})" for n in ids if n in rows), 3)

    whose = []
    if opened := named(left[""]):
        whose.append(f"{opened}, {open_them}")
    if None in left[""]:
        whose.append("a new client's, back at File > New client")
    if intake := named(left["intake"]):
        whose.append(f"a case typed at intake for {intake}, back at their next intake")
    if review := named(left["review"]):
        whose.append(f"a review note for {review}, back at their next Mark reviewed")
    return f"typing left unsaved when Clinic Desk stopped: {'; '.join(whose)}" if whose else ""


# What an export writes (its hidden partial file is ``.<name>.partial``): the window's
# ".jsonl", and the names `clinic-app export --out` is given most (D23-08).
EXPORT_SUFFIXES = (".jsonl", ".ndjson", ".json")


def remove_stale_partial(path: Path) -> None:
    """Delete the hidden ``.<name>.partial`` files exports killed part-way (a battery, a kill,
    a power cut, a stick pulled: no cleanup runs) left in the folder of `path`, the export about
    to be written: that of `path` itself, and every export's there (``.<name>.jsonl.partial``,
    .ndjson, .json).  One is removed once no export holds it (write_private locks it while it
    writes) and nothing has written to it for UNLOCKED_PARTIAL_SECONDS, or once an hour old
    where the system has no such lock (db.backup.STALE_PARTIAL_SECONDS), as a backup's are.

    Only the next export that wrote `path` replaced it: one that ended without writing (no
    clients to export, the file already there without --force, an error) left that copy of
    clients' names, dates of birth and convictions beside it for good (D25-04); and the next
    day's export, named after its own event (F97-03), never did: a killed export's clients
    stayed on the stick for good (H99-03)."""
    from db.backup import STALE_PARTIAL_SECONDS, UNLOCKED_PARTIAL_SECONDS, removed_if_abandoned

    own = path.with_name(f".{path.name}.partial")
    now = time.time()
    try:
        found = [left for left in path.parent.glob(".*.partial")
                 if left == own or left.name.removesuffix(".partial").lower().endswith(EXPORT_SUFFIXES)]
    except OSError:
        return  # a folder that cannot be read: the export says what is wrong with it
    for partial in found:
        try:
            if not partial.is_file() or partial.is_symlink():
                continue
            written = partial.stat().st_mtime
            if written < now - STALE_PARTIAL_SECONDS:
                partial.unlink()
            elif written < now - UNLOCKED_PARTIAL_SECONDS:
                removed_if_abandoned(partial)  # removed under its lock if no export holds it
        except OSError:
            pass  # not ours to remove (another user's folder): the export goes on as before


def write_private(path: Path, records: Iterable[str]) -> int:
    """Write the records one a line to `path`, this user's alone.  Returns how many were written.

    They go to a hidden ``.<name>.partial`` beside it, put in its place only once whole: an
    export stopped half-way (the laptop's battery, a kill, Cancel: an error raised by
    `records`) left the first clients of the day in `path`, cut between two lines, which
    `import` took as the whole day; and an error under `--force` removed yesterday's file
    with nothing in its place (D24-04).  A device or a pipe (``/dev/stdout``) is written as it is."""
    from contextlib import nullcontext

    from clinic_app.private_files import open_private, partial_being_written, sync_folder
    from db.backup import held_while_written

    direct = path.exists() and not path.is_file()
    partial = path if direct else path.with_name(f".{path.name}.partial")
    written = 0
    # Known while written, so that a window closed without this export removes it (U93-01);
    # removed at the end if still there (stopped, failed, cancelled).  Locked while written, so
    # that the next export into the folder can tell it from one a kill left (H99-03).
    # The lock taken first: an export refused as another to the same file is being written
    # must not remove that one's partial file as its own (partial_being_written's end).
    try:
        with nullcontext() if direct else held_while_written(partial, path, "export"), \
                nullcontext() if direct else partial_being_written(partial):
            with io.TextIOWrapper(open_private(partial), encoding="utf-8", newline="\n") as out:
                for record in records:
                    out.write(record + "\n")
                    written += 1
                if not direct:
                    # On the disk before it takes the file's name, as a handout is (D28-05): renamed
                    # first, a power cut or a USB stick pulled once "Exported" was said could leave
                    # the day's file empty, or cut after its last whole line, which `import` takes
                    # as the whole day (K63-03).
                    out.flush()
                    os.fsync(out.fileno())
            if not direct:
                os.replace(partial, path)
                sync_folder(path.parent)  # and its name, a folder's entry (T63-02)
    except OSError as err:  # said of the file named, not of the hidden one beside it (H58-05)
        # A write's own error names no file (a full disk: "a file: No space left on device",
        # K63-05): it is the export's.
        if err.errno is None or err.filename not in (None, str(partial)):
            raise
        raise OSError(err.errno, err.strerror, str(path)) from err
    return written


__all__ = ["exported", "remove_stale_partial", "typing_not_saved", "write_private", "PLAIN_EXPORT_OF_ENCRYPTED"]
