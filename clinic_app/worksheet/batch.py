"""The filing worksheets of many clients (an event's, the caseload's clients shown): one PDF
each into a folder, by the handout batch's walk (clinic_app.handouts.batch.write_each), so
they are named, counted, stopped and reported as the handouts of the same clients are."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from clinic_app.court import ReviewSaid
from clinic_app.handouts.batch import EventResult, Progress, counted_cases, write_each
from clinic_app.model import Client, Screening

# Beside the handout's "maria-lopez-0042.pdf", the same client's worksheet: told apart by name
# wherever the two end up together (an email, a shared drive).
KIND = "worksheet"


# A worksheet of a client eligible later says the date and what stands until then (R39).
WORKSHEET_PAGES_BY_OUTCOME = {"eligible_on": 0.3, "nothing_available": -0.4}


def estimated_pages(cases: int, best: str | None = None) -> float:
    """About how many pages a client's worksheet has before it is made (a fraction: a batch's
    sum is rounded), to say how big a batch will be.  Calibrated (R39) on the worksheets of 420
    demo clients (982 pages then, which "one, and one more for each two cases" put at 764) and
    the 20-case long record (9 pages).  Checked again (W42, after L41's page breaks and the
    lines said once since): the 420 now make 905 pages (906 said), a 60-client demo caseload
    120 (123 said), the long record 9 (9.1); in 21 of 24 batches of 17 within 10%.  A refit on
    the 60 alone (0.97 + 0.54 a case) said 869 for the 420 and 6.7 for the long record: kept."""
    return 0.55 + 0.8 * counted_cases(cases) + WORKSHEET_PAGES_BY_OUTCOME.get(best or "", 0.0)


def unprintable(client: Client) -> list[str]:
    """What of the client's the worksheet prints as a blank line, the font having no letters
    for it (H25-03), one line each; [] when the font prints it all."""
    from clinic_app.handouts.glyphs import unprintable_parts
    from clinic_app.worksheet.render import FONT

    said = []
    for field, texts in (("The client's name", [client.name]), ("An alias", client.aliases)):
        parts = [part for text in texts for part in unprintable_parts(text, FONT)]
        if parts:
            said.append(f"{field} has characters the worksheet font cannot print: {', '.join(parts)}; "
                        "a blank line is printed in their place, to write them in by hand")
    return said


def write_one(client: Client, screening: Screening, path: Path,
              reviews: Sequence[tuple[str, date] | ReviewSaid] = ()) -> tuple[int, list[str]]:
    """The client's worksheet written to `path`: its pages, and what it could not print."""
    from clinic_app.worksheet.compose import compose
    from clinic_app.worksheet.render import render_pdf

    return render_pdf(compose(client, screening, reviews), path), unprintable(client)


def write_worksheets(
    clients_with_screenings: Iterable[tuple[Client, Screening]],
    out_dir: Path | str,
    *,
    progress: Progress | None = None,
    cancel=None,
    total: int | None = None,
    reviews: Callable[[Client], Sequence[tuple[str, date] | ReviewSaid]] | None = None,
) -> EventResult:
    """One worksheet per client into `out_dir` ("maria-lopez-0042-worksheet.pdf"), each for its
    screening's date; a client whose worksheet cannot be written is named in `failed`.
    `reviews` gives a client's reviews that count: a denial reviewed reads so (D64-01), and
    with who made each and its note (Repository.denial_reviews_said), the review is printed (C70-04)."""
    def write(client: Client, screening: Screening, path: Path) -> tuple[int, list[str]]:
        return write_one(client, screening, path, reviews(client) if reviews is not None else ())

    return write_each(clients_with_screenings, out_dir, write, kind=KIND, progress=progress, cancel=cancel, total=total)
