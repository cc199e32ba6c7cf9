"""What a person typed where the record keeps a whole number: hours or sessions done, dollars.

Read the same way wherever it is typed: the Checklist's count (ui.checklist_view.CountBox) and
the amount fields of the forms (ui.forms.AmountField: payments, fines, the Record tab's hours
"Done:").  Each had its own copy of these rules, and the copies drifted (B48).

- "+6" adds 6 to the count there already, "-2" takes 2 away: a client brings a sheet of the
  hours done since the last visit (K45-04, K45-09: "+6" had saved 6, the hours before gone).
- "$75.00", as a court receipt or minute order prints it, is $75: zero cents are no fraction
  (K45-02), and "+6.0" is 6 more.  Not "1.000", a thousands point typed for "1,000": read as 1 it would be a wrong
  total; it is refused.
- "1,250": commas grouping thousands, as a receipt prints them.  Any other comma is a decimal
  one, and refused: "37,50" had the comma dropped and was added as $3,750, "12,5" hours saved
  as 125 (K45-01, R46-01).
- "12.5", "37.50": a fraction, refused: the record keeps whole hours and whole dollars.

Pure text in, a `Typed` out: no widget, so each rule is tested on its own (tests/test_typed_numbers.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "1,250", "+1,000": commas grouping thousands (with decimals after them, "1,250.00", read as
# the rest of the number is).
_GROUPED = re.compile(r"[+-]?\s*\d{1,3}(,\d{3})+(\.\d*)?")
# "+6", "- 2": a step to the count there already.  "+" alone is one begun, with no number yet.
_STEP = re.compile(r"([+-])\s*(\d*)")
# Zero cents after whole dollars ("75.00", "40.0"): the same whole number.
_NO_CENTS = re.compile(r"(?<=\d)\.0{1,2}$")
# Dollars and cents that are not zero ("37.50", "37,50"): a sum the ledger, in whole dollars, cannot keep.
_CENTS = re.compile(r"-?\d+[.,]\d{1,2}")
# Any other point or comma among digits, or begun ("12.", "12,5", "1.000", "+6.5"): a fraction,
# or a thousands point; said as such, never read with the point dropped.
_DECIMAL = re.compile(r"[+-]?\s*\d*[.,][\d.,]*")


@dataclass(frozen=True)
class Typed:
    """What was typed, read.  `text` is as typed, trimmed, without a "$" before it and without
    commas grouping thousands ("1,250" is "1250").

    `number` is the whole number it says ("1,250" is 1250, "$75.00" is 75, "-5" is -5), or
    for a step ("+6", "-2") how much it adds (-2 takes 2 away); None when blank, refused, or a
    step with no number yet ("+").  `refused` says why it is no whole number: "cents" ("37.50"),
    "fraction" ("12.5", "12,5", "1.000") or "not a number" ("abc")."""

    text: str
    number: int | None = None
    step: bool = False
    refused: str | None = None

    @property
    def blank(self) -> bool:
        return not self.text

    def count_from(self, there: int) -> int | None:
        """The count this makes from the one `there`: a step added to it, a whole number in
        its place; None when it makes none (blank, refused, "+" alone)."""
        if self.number is None:
            return None
        return there + self.number if self.step else self.number


def ungrouped(text: str) -> str:
    """`text` without the commas that group thousands ("1,250" is "1250", "+1,000.5" is
    "+1000.5"); a text with any other comma ("12,5", "37,50", "1,25") is kept as it is, to
    be refused, not read as ten or a hundred times more (R46-01, R46-07)."""
    return text.replace(",", "") if _GROUPED.fullmatch(text) else text


def read_whole(text: str) -> Typed:
    """`text`, typed where a whole number (of hours, sessions or dollars) belongs, read."""
    text = ungrouped(text.strip().lstrip("$").strip())
    if not text:
        return Typed(text)
    # Zero cents off before a step is read: "+6.0" is 6 more (B48-03: read as the number +6,
    # it put 6 in place of the 10 hours done, the K45-09 loss again).
    whole = _NO_CENTS.sub("", text)
    if step := _STEP.fullmatch(whole):
        size = int(step[2]) if step[2] else None
        return Typed(text, None if size is None else size if step[1] == "+" else -size, step=True)
    try:
        return Typed(text, int(whole))
    except ValueError:
        pass
    if _CENTS.fullmatch(text):
        return Typed(text, refused="cents")
    if _DECIMAL.fullmatch(text):
        return Typed(text, refused="fraction")
    return Typed(text, refused="not a number")


def step_over_nothing(typed: Typed) -> str:
    """Why a step ("+6", "-2") typed over a count nobody recorded is not taken, and what to
    enter: "+6" is 6 more than the count recorded, and hours done before the sheet the client
    brought may be unrecorded too (B63-03).  One wording for the Checklist's count box and the
    Record tab's "Done:", which had each written it and read "+0" and "+6.0" apart (R63-03)."""
    step = typed.text.replace(" ", "")
    first = f" ({typed.number}, if these are the first)" if typed.number is not None and typed.number > 0 else ""
    return (f"{step} {'adds to' if step.startswith('+') else 'takes from'} the count recorded, and none is recorded: "
            f"enter how many are done in all{first}")


__all__ = ["Typed", "read_whole", "step_over_nothing", "ungrouped"]
