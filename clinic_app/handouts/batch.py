"""Handouts for a whole clinic event: one PDF per client, each in the client's language.

Runs in the caller's thread (the UI calls it from a worker); `progress(done, total, name)`
reports after each client and `cancel()` (a callable, or anything with ``is_set()`` such as
a `threading.Event`) is checked before each one, so a long batch stops cleanly.  `write_each`
is that walk for any one-client PDF: the filing worksheets of many clients
(clinic_app.worksheet.batch) go through it too, named, counted and stopped the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path

from clinic_app.file_names import slug
from clinic_app.handouts.compose import compose
from clinic_app.handouts.document import ClinicInfo
from clinic_app.handouts.glyphs import unprintable_fields
from clinic_app.handouts.render import render_pdf
from clinic_app.handouts.texts import available_languages
from clinic_app.model import Client, Screening
from clinic_app.private_files import DRIVE_GONE, make_private_folder, remove_stale_files, what_to_do_about
from clinic_app.wording import count

# A paper's hidden partial file not written to for this long was left by a run that stopped
# (killed, power lost), not one still writing it: each is made in memory and written at once, in
# well under a second even to a slow USB stick.
ABANDONED_PAPER_SECONDS = 60

Progress = Callable[[int, int, str], None]
# Writes one client's PDF to the path given: (pages, what it could not print, each a line).
WriteOne = Callable[[Client, Screening, Path], tuple[int, list[str]]]


@dataclass
class EventResult:
    """What a batch wrote, and whether it was cancelled before the end."""

    files: list[Path] = field(default_factory=list)
    pages: int = 0
    cancelled: bool = False
    failed: list[tuple[str, str]] = field(default_factory=list)  # (client's name, what went wrong)
    # PDFs in the folder that this run did not write: an earlier run's, for clients since
    # renamed or removed.  Kept (they may be wanted), but named, so none is printed by mistake.
    not_written: list[Path] = field(default_factory=list)
    # (client's name, what their handout could not print): written with a blank line there,
    # to fill in by hand (finding H25-03).
    unprintable: list[tuple[str, str]] = field(default_factory=list)
    # What to do about a paper the drive would not take (private_files.what_to_do_about), said
    # once after the names, not with each (H100-02).
    advice: str = ""
    # Clients never reached: the drive filled, went read-only or was taken out, and the batch
    # stopped there, as every paper after would have failed the same (H100-02).
    left: int = 0

    def stopped_note(self, noun: str = "handout") -> str:
        """"Stopped there: the other 8 clients have no handout either; the 4 written are the
        first in the list's order.", or "" when the batch went to its end."""
        if not self.left:
            return ""
        said = f"Stopped there: the other {count(self.left, 'client')} {'has' if self.left == 1 else 'have'} no {noun} either"
        if not self.files:
            return f"{said}."
        written = len(self.files)
        return f"{said}; the {written:,} written {'is' if written == 1 else 'are'} the first in the list's order."

    def not_written_note(self, shown: int = 3) -> str:
        """"2 PDFs in the folder were not written by this run (...): a.pdf, b.pdf", or ""."""
        if not self.not_written:
            return ""
        names = ", ".join(p.name for p in self.not_written[:shown])
        more = len(self.not_written) - shown
        if more > 0:
            names += f" and {more:,} more"
        n = len(self.not_written)
        return (f"{count(n, 'PDF')} in the folder {'was' if n == 1 else 'were'} not written by this run "
                f"(an earlier run's: check before printing): {names}")


def handout_filename(client: Client, index: int, kind: str = "") -> str:
    """"maria-lopez-0042.pdf": the client's name first, so a folder of 40 lists them in the
    order of their names, as the caseload list does; the client's id (or place in the batch)
    after it keeps names unique; `kind` tells another paper of theirs apart
    ("maria-lopez-0042-worksheet.pdf").  The id came first: the folder listed them by the
    order they were added, and the volunteer looking for Rosa Peña's read all 40 (B148-01)."""
    number = client.id if client.id is not None else index
    return f"{slug(client.name)}-{number:04d}{'-' + kind if kind else ''}.pdf"


# What each batch writes beside the others' in a folder: a handout, a filing worksheet
# (clinic_app.worksheet.batch.KIND), each told by `handout_filename`'s `kind`.
PAPER_KINDS = ("", "worksheet")


def _named_as(kind: str) -> re.Pattern:
    """A batch's paper of `kind` as `handout_filename` names it, and as it did before B148-01
    ("0042-maria-lopez.pdf", the id first)."""
    end = f"-{re.escape(kind)}" if kind else ""
    return re.compile(rf"(?:[a-z0-9-]+-[0-9]{{4,}}|[0-9]{{4,}}-[a-z0-9-]+){end}\.pdf")


def batch_papers(folder: Path, kind: str = "") -> list[Path]:
    """The PDFs in `folder` named as a batch of `kind` names its papers ("" a handout), in the
    order of their names; none if the folder is not there.  A clinic's flyer or another batch's
    worksheets beside them were counted as an earlier run's handouts (K190-01)."""
    ours, others = _named_as(kind), [_named_as(other) for other in PAPER_KINDS if other not in ("", kind)]
    names = (path for path in folder.glob("*.pdf") if ours.fullmatch(path.name)) if folder.is_dir() else ()
    # "0042-maria-lopez-worksheet.pdf" reads as the old naming's handout too: it is a worksheet.
    return sorted(path for path in names if not any(other.fullmatch(path.name) for other in others))


def own_folder(parent: Path, name: str) -> Path:
    """`parent / name` if nothing is there yet, else the first of "name-2", "name-3"... free:
    a batch of the clients shown is saved in "handouts-2026-11-15", and a second batch the
    same day (another filter, other clients) went into the first one's folder, its PDFs mixed
    with the first's (A38's report); each batch now has a folder of its own."""
    folder, n = parent / name, 1
    while folder.exists():
        n += 1
        folder = parent / f"{name}-{n}"
    return folder


# About how long a handout is, calibrated on the pages made (R39): 420 demo clients (seeds 5
# and 11, screened as of 2026-12-02: 2,298 pages) and the 20-case long record (13 pages).  The
# old "three pages and one a case" said about 76 pages for a batch of 87 (A38's report): it
# left out that a Spanish handout is longer, and an "eligible later" one too (its date and
# what to do by then).  Within 1% on the 420, in 9 of 10 batches of 17 within 7%.
# By stop 77 the handouts had grown: 200 of those demo clients (100 of each seed) made 1,287 pages
# where this said 1,107, and H401-01's line under the record check added 8 more: each handout
# now counts 0.9 of a page more (4.3, was 3.4), 1,287 said for 1,295 made (H401-01).
HANDOUT_PAGES_BY_OUTCOME = {"eligible_on": 0.4, "needs_review": -1.0, "nothing_available": -3.3}


def counted_cases(cases: int) -> float:
    """A client's cases as a paper's length grows with them: each of the first six in full,
    each after a third (the 20-case long record's handout has 13 pages, not 23; a long record's
    many old cases are alike, and their lines share pages)."""
    cases = max(cases, 1)
    return min(cases, 6) + max(cases - 6, 0) / 3


def estimated_pages(cases: int, best: str | None = None, language: str = "en") -> float:
    """About how many pages a client's handout has before it is made (a fraction: a batch's
    sum is rounded), from what the caseload list knows of them: their cases, their best
    outcome and their language; to say how big a batch will be before it starts (F30-01)."""
    return 4.3 + 0.9 * counted_cases(cases) + (0.4 if language == "es" else 0.0) + HANDOUT_PAGES_BY_OUTCOME.get(best or "", 0.0)


def _cancelled(cancel) -> bool:
    if cancel is None:
        return False
    is_set = getattr(cancel, "is_set", None)
    return bool(is_set() if callable(is_set) else cancel())


def render_event(
    clients_with_screenings: Iterable[tuple[Client, Screening]],
    clinic: ClinicInfo | None,
    out_dir: Path | str,
    *,
    large_print: bool = False,
    progress: Progress | None = None,
    cancel=None,
    total: int | None = None,
    reviews: Callable[[Client], Sequence[tuple[str, date]]] | None = None,
) -> EventResult:
    """Write one handout per client into `out_dir`; each speaks for its screening's date.
    `reviews` gives a client's reviews that count (Repository.denial_reviews): a denial the
    attorney has reviewed reads so, as on the client's own preview (D64-01).

    A client whose handout cannot be written is listed in `EventResult.failed` and the
    batch goes on with the next; no file is left for them (`render_pdf` writes whole files).

    With `total` (how many clients it will give), `clients_with_screenings` is read one client
    at a time, as each handout is made: a generator that screens each client as it is asked
    for makes one pass, and `progress` counts the whole work (finding B30-02).
    """
    known = set(available_languages())

    def write(client: Client, screening: Screening, path: Path) -> tuple[int, list[str]]:
        lang = client.language if client.language in known else "en"
        handout = compose(client, screening, clinic, lang=lang, large_print=large_print,
                          reviews=reviews(client) if reviews is not None else ())
        pages = render_pdf(handout, path)
        return pages, [str(found) for found in unprintable_fields(handout)]

    return write_each(clients_with_screenings, out_dir, write, progress=progress, cancel=cancel, total=total)


def write_each(
    clients_with_screenings: Iterable[tuple[Client, Screening]],
    out_dir: Path | str,
    write: WriteOne,
    *,
    kind: str = "",
    progress: Progress | None = None,
    cancel=None,
    total: int | None = None,
) -> EventResult:
    """One PDF per client into `out_dir` (made private), by `write`, named by `handout_filename`
    with `kind`: the batch's walk, whatever paper it makes (see `render_event`)."""
    items = clients_with_screenings if total is not None else list(clients_with_screenings)
    total = total if total is not None else len(items)
    out = Path(out_dir)
    make_private_folder(out)
    # A run killed as it wrote one (a battery, the program closed by force) left its hidden
    # half-written ``.<paper>.partial`` (private_files.write_private) beside the others: one this
    # run writes again is replaced, but a client renamed or removed since, or not reached, kept
    # theirs in the folder for good, to wonder at or print (U118-02).  Only a batch's papers'
    # names, and only once not written to for a while (another run may be writing one now).
    # Named as `handout_filename` names them, and as it named them before B148-01 (the id first).
    for pattern in (".*-[0-9][0-9][0-9][0-9]*.pdf.partial", ".[0-9][0-9][0-9][0-9]*-*.pdf.partial"):
        remove_stale_files(out, pattern, older_than=ABANDONED_PAPER_SECONDS)
    result = EventResult()
    for index, (client, screening) in enumerate(items, start=1):
        if _cancelled(cancel):
            result.cancelled = True
            break
        try:
            path = out / handout_filename(client, index, kind)
            pages, unprintable = write(client, screening, path)
            result.pages += pages
            result.files.append(path)
            result.unprintable += [(client.name, found) for found in unprintable]
        except OSError as err:
            # The drive's words and what to do (H99-04), not "[Errno 28] No space left on device:
            # '/media/stick/fair/guadalupe-garcia-gomez-0013.pdf'" for each client (H100-02).
            result.failed.append((client.name, err.strerror or str(err)))
            result.advice = result.advice or what_to_do_about(err)
            if err.errno in DRIVE_GONE:
                # Full, read-only or taken out: every paper after this one would fail the same,
                # each made first (a quarter of a second a handout) and named with the same words.
                result.left = total - index
                if progress is not None:
                    progress(index, total, client.name)
                break
        except Exception as err:  # noqa: BLE001 - one client's paper must not stop the event's
            # The first client whose handout could not be written had stopped the batch: every
            # client after them went without, and nothing said whose it was (finding H23-04).
            result.failed.append((client.name, str(err) or type(err).__name__))
        if progress is not None:
            progress(index, total, client.name)
    # Finding H23D-02: the folder of an event's earlier run kept the handouts of clients since
    # renamed or removed, and nothing told them from this run's.
    written = set(result.files)
    result.not_written = [path for path in batch_papers(out, kind) if path not in written]
    return result
