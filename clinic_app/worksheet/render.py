"""Lay out a `Worksheet` as a letter-size PDF, in the handouts' embedded fonts.

A page for staff, not the client: smaller type than a handout, the facts in label/value
tables to copy from, and on every page the two notices (confidential; not legal advice)
with "Page N of M" and the client's name, as the handout's footer prints them.  The same
worksheet gives the same bytes (ReportLab's invariant mode).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from clinic_app.eligibility.any_level import alternatives, said_of
from clinic_app.eligibility.result import confidence_said
from clinic_app.handouts.fonts import face_name, register_family
from clinic_app.handouts.glyphs import printable
from clinic_app.handouts.render import ACCENT, CARD, INK, MUTED, RULE, Outlined, fit_line, footer_canvas
from clinic_app.private_files import write_private
from clinic_app.wording import listed
from clinic_app.worksheet.compose import BY_LEVEL, FACTS_TO_FIND_OUT, NOTHING_TO_FILE, READ_FIRST, BarForAll, StepForSeveral, CaseSheet, CountLine, Fact, Filing, FormGroup, Worksheet

FONT = "DejaVuSans"  # the handouts' English font (resources/handouts/en.yaml)
REVIEW = colors.HexColor("#8a4b00")  # "needs an attorney's review": dark amber, reads in grey too
MARGIN = 0.7 * inch


def _styles() -> dict[str, ParagraphStyle]:
    register_family(FONT)
    bold = face_name(FONT, "bold")

    def style(name: str, size: float, **kw) -> ParagraphStyle:
        kw.setdefault("fontName", FONT)
        kw.setdefault("textColor", INK)
        kw.setdefault("allowWidows", 0)
        # A list's bullet and number are drawn in Helvetica unless told: a font not embedded.
        kw.setdefault("bulletFontName", FONT)
        return ParagraphStyle(name, fontSize=size, leading=size * 1.3, bulletFontSize=size, **kw)

    return {
        "title": style("title", 16, fontName=bold, textColor=ACCENT, spaceAfter=2),
        "lead": style("lead", 8.5, textColor=MUTED, spaceAfter=6),
        "case": style("case", 12, fontName=bold, textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        # A heading, a remedy's name and its status stay with what follows them: "Relief to
        # ask for" had ended a page with its relief on the next.
        "part": style("part", 9.5, fontName=bold, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "form": style("form", 10.5, fontName=bold, textColor=ACCENT, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "remedy": style("remedy", 9.5, fontName=bold, spaceBefore=4, spaceAfter=1, keepWithNext=1),
        "status": style("status", 9, spaceAfter=1.5, keepWithNext=1),
        "body": style("body", 9, spaceAfter=1.5),
        "item": style("item", 9, leftIndent=14, bulletIndent=4, spaceAfter=1.5),
        # One of a step's alternatives by level, under its number (BY_LEVEL).
        "alternative": style("alternative", 9, leftIndent=26, bulletIndent=16, spaceAfter=1.5),
        "review": style("review", 9, fontName=bold, textColor=REVIEW, spaceAfter=1.5, keepWithNext=1),
        "why": style("why", 8, textColor=MUTED, leftIndent=14, bulletIndent=4, spaceAfter=1),
        "own": style("own", 8, textColor=MUTED, leftIndent=26, bulletIndent=16, spaceAfter=1),
        "cell": style("cell", 8.5),
        "label": style("label", 8.5, fontName=bold, textColor=MUTED),
        "footer": style("footer", 7.5, textColor=MUTED),
        # Before anything else on the page: immigration counsel first (Worksheet.first).
        "first": style("first", 10, fontName=bold, textColor=REVIEW, spaceBefore=6, spaceAfter=4),
        # A registrant's registration and its tier petition, under the head (Worksheet.registration).
        "registration": style("registration", 9, spaceBefore=6, spaceAfter=4),
    }


def _p(text: str, style: ParagraphStyle, bullet: str | None = None, kind: type[Paragraph] = Paragraph) -> Paragraph:
    """`text` escaped, as a paragraph of `kind` (an outline entry's: `_Heading`, `_FormHeading`)."""
    return kind(_t(text), style, bulletText=bullet)


class _Heading(Outlined, Paragraph):
    """"Read this first" and each case's title: entries of the PDF's outline, so a paralegal
    with a screen reader goes from case to case."""


class _FormHeading(Outlined, Paragraph):
    """A form's heading ("Form CR-180"): an outline entry under its case's."""

    outline_level = 1


def _t(text: str) -> str:
    """`text` as markup, each stretch of letters the font cannot print (Chinese, Hebrew: see
    clinic_app.handouts.glyphs) a blank line to write it on, not the font's empty boxes or
    letters set backwards: an alias "王小明" had printed as three boxes."""
    return escape(printable(text, FONT))


def _facts_table(facts: list[Fact], st: dict, width: float, columns: int = 1) -> Table:
    """Label/value pairs, `columns` pairs a row."""
    cells = [[_p(f.label, st["label"]), _p(f.value, st["cell"])] for f in facts]
    rows = [sum(cells[i:i + columns], []) for i in range(0, len(cells), columns)]
    if len(rows[-1]) < 2 * columns:
        rows[-1] += [""] * (2 * columns - len(rows[-1]))
    pair = width / columns
    # The label column is widened to its longest label, up to half its pair: at two pairs a
    # row the head's "CA resident since" (O155-04) had broken over two lines in a third.
    label = st["label"]
    longest = max(stringWidth(f.label, label.fontName, label.fontSize) for f in facts) + _LABEL_PADDING
    labels = min(max(pair * 0.32, longest), pair * 0.5)
    table = Table(rows, colWidths=[labels, pair - labels] * columns, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # a table sets Helvetica, not embedded, unless told
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


# A label cell's padding, left (set in `_facts_table`) and right (ReportLab's 6), with a point
# to spare so a label the width of its column is not broken by rounding.
_LABEL_PADDING = 3 + 6 + 1


def _counts_table(sheet: CaseSheet, st: dict, width: float) -> Table:
    titles = ["Section", "What it is (offense catalog)", "Level", "Convicted"]
    shares = [0.18, 0.52, 0.14, 0.16]
    rows = [[_section(c, st), _described(c, st), _p(c.level, st["cell"]), _p(c.convicted, st["cell"])]
            for c in sheet.counts]
    if sheet.offense_dates:
        # The day of the offense, before the conviction's, where the record holds one for a
        # count of the case (petitions ask it; Prop 47's timing turns on it: A43-03).  The
        # description gives up the room, so the table stays the page's width; a date and "not
        # recorded" fit the column on one line.
        titles.insert(3, "Offense")
        shares = [0.18, 0.42, 0.14, 0.13, 0.13]
        for row, c in zip(rows, sheet.counts):
            row.insert(3, _p(c.offense_on or "not recorded", st["cell"]))
    rows.insert(0, [_p(t, st["label"]) for t in titles])
    table = Table(rows, colWidths=[width * share for share in shares], hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # a table sets Helvetica, not embedded, unless told
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), CARD),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _section(c: CountLine, st: dict) -> Paragraph:
    """The count's law, and under it the law as typed where the worksheet reads it otherwise: a
    petition's caption copies the court's papers, which may write it as typed (W69-01)."""
    if not c.typed:
        return _p(c.section, st["cell"])
    # The two laws broken at their "/", not between a code and its number ("HS" over "11352").
    read, typed = (_t(law).replace(" ", "\u00a0").replace("/", "/\u200b") for law in (c.section, c.typed))
    return Paragraph(f"{read}<br/>typed: {typed}", st["cell"])


def _described(c: CountLine, st: dict) -> Paragraph:
    """What the count is, and under it the relief already granted for it, beside the level at
    conviction it changed ("felony" of a count redesignated under Prop 47 in 2015)."""
    granted = "".join(f"<br/><b>Already granted:</b> {_t(g)}" for g in c.granted)
    return Paragraph(_t(c.description) + granted, st["cell"])


def _filing(f: Filing, st: dict, above: list) -> list:
    """A remedy: its name, status, reasons and steps, with the headings `above` it (a form's,
    "Relief to ask for") that have nothing else under them yet."""
    # The status with how sure the screening is (H167-01): the text report and the Eligibility
    # tab say it; the attorney reading this page before a hearing had only "Eligible now".
    status = f"{f.status} \u00b7 {confidence_said(f.confidence)}"
    story: list = [_p(f.heading, st["remedy"]), _p(status, st["review"] if f.needs_review else st["status"])]
    if f.court is not None:
        # Where its petition stands, before its reasons and steps: the steps still say to file
        # form CR-180, which was done (D63-02).
        story.append(Paragraph(f"<b>{_t(f.court)}</b>", st["status"]))
    if f.review is not None:
        # The review of the denial, which the line above says to file again only as (C70-04).
        story.append(Paragraph(_t(f.review), st["status"]))
    # The reasons first, as the window shows them ("Why", then the steps): the engine's steps
    # are written to follow them ("An attorney decides the open question above"), and printed
    # before them, "above" pointed at nothing.
    story += [Paragraph(f"{_t(text)} <i>({_t(cite)})</i>", st["why"], bulletText="\u2013") for text, cite in f.reasons]
    # Then what only some of the counts give, under the counts it is for (W46-01): one reason
    # on the line that names them, several each on a line of its own below it.
    for counts, own in f.own_reasons:
        named = f"<b>{_t('For ' + ', '.join(counts))}:</b>"
        if len(own) == 1:
            story.append(Paragraph(f"{named} {_t(own[0][0])} <i>({_t(own[0][1])})</i>", st["why"], bulletText="\u2013"))
        else:
            story.append(Paragraph(named, st["why"], bulletText="\u2013"))
            story += [Paragraph(f"{_t(text)} <i>({_t(cite)})</i>", st["own"], bulletText="\u2013") for text, cite in own]
    steps = [_step(f, group, number, st) for number, group in enumerate(alternatives(f.steps), start=1)]
    # The headings, name, status and reasons on one page with the first step, the other steps
    # free to run on: keepWithNext held the status only to the first reason, and a page had
    # ended on a remedy's reasons with all its steps on the next (L41).  A KeepTogether, not
    # keepWithNext on the headings above: ReportLab never joins a keepWithNext to a
    # KeepTogether after it, so they go inside it.
    return [KeepTogether([*above, *story, *steps[:1]]), *steps[1:]]


def _step(f: Filing, group: list[int], number: int, st: dict) -> Flowable:
    """Step `number` of `f`: one step, or the alternatives a count of unknown level gives by
    level (any_level.alternatives) under BY_LEVEL, each with the levels it is for, kept
    together."""
    if len(group) == 1:
        return _p(_step_said(f, group[0], f.steps[group[0]]), st["item"], f"{number}.")
    return KeepTogether([_p(BY_LEVEL, st["item"], f"{number}."), *(_p(_alternative(f, n), st["alternative"], "\u2013") for n in group)])


def _alternative(f: Filing, n: int) -> str:
    """One alternative as printed: the step, or what stands for it (a pointer), after its levels."""
    step = f.steps[n]
    said = _step_said(f, n, step)
    if said == step:
        return step
    levels, _words = said_of(step)  # type: ignore[misc]
    return f"{step[:len(step) - len(_words)]}{said[0].lower()}{said[1:]}"


def _relief(headings: list, groups: list[FormGroup], st: dict) -> list:
    """`headings`, then each form's heading and its remedies."""
    story: list = []
    above = list(headings)
    for group in groups:
        above.append(_p(group.heading, st["form"], kind=_FormHeading))
        if group.once:
            # The form's own steps once, before the requests it carries (W46-02); where their
            # petitions are filed, where they stand instead, and where one was denied, that
            # too before the steps (L63-01).
            above += [_p(group.once_heading, st["remedy"]),
                      *(Paragraph(f"{_for(names)}<b>{_t(said)}</b>", st["status"]) for said, names in group.once_court)]
            if not group.once_filed:
                above += [Paragraph(_for(names) + _t(step), st["item"], bulletText=f"{n}.")
                          for n, (step, names) in enumerate(group.once, start=1)]
        for filing in group.filings:
            story += _filing(filing, st, above)
            above = []
    return story + above


def _for(names: tuple[str, ...]) -> str:
    """"<b>For PC 1203.4:</b> ", the requests a line of FILE_ONCE is for, where not all."""
    return f"<b>{_t('For ' + listed(list(names)))}:</b> " if names else ""


def _step_said(f: Filing, i: int, step: str) -> str:
    if i in f.at_top:
        return f"See \u201c{READ_FIRST}\u201d on page 1: what ends {f.at_top[i]} sooner."
    if i in f.for_several:
        once = f.for_several[i]
        # Said under one of the cases themselves, not sending the reader "below" (R86-01).
        return f"See \u201c{READ_FIRST}\u201d on page 1: the step about {once.about}, said once for {_cases(once.cases, below=False)}."
    if i in f.said_above:
        return f"The same as {f.said_above[i]}, above."
    if i in f.asked_in_list:
        # "Find out" / "Ask the client": the questions are in the case's list, just above.
        lead, look, numbers = f.asked_in_list[i]
        which = f"fact {numbers[0]}" if len(numbers) == 1 else f"facts {listed([str(n) for n in numbers])}"
        return f"{lead} {which} of \u201c{FACTS_TO_FIND_OUT}\u201d above, then screen again." + (f" {look}" if look else "")
    return step


def _read_first(bars: list[BarForAll], for_several: list[StepForSeveral], st: dict) -> list:
    """The bars that block relief in other cases, each once with its steps, and the steps
    about one case that several give, each once, before the first case."""
    story: list = [_p(READ_FIRST, st["form"], kind=_Heading)]
    for bar in bars:
        # Its cases as a "For ..." line names them: in a bracket, a case with no court number put
        # its title's bracket inside it, "Blocks relief in 1 cases (c2 (HS 11377(a), ...)):" (V92-04).
        story.append(Paragraph(f"<b>{_t(f'Blocks relief in {_cases(bar.cases)}:')}</b> "
                               f"{_t(bar.said)} <i>({_t('; '.join(bar.cites))})</i>", st["body"]))
        story += [_p(step, st["item"], f"{n}.") for n, step in enumerate(bar.steps, start=1)]
    for once in for_several:
        story.append(Paragraph(f"<b>{_t(f'For {_cases(once.cases)}:')}</b> {_t(once.step)}", st["body"]))
    return [KeepTogether(story), Spacer(1, 4)]


def _cases(labels: tuple[str, ...], *, below: bool = True) -> str:
    if len(labels) == 1:
        return f"case {labels[0]}"
    if _said_whole(labels):
        return f"cases {listed(list(labels))}"
    named = _named_or_see_below(labels, below=below)
    return f"{len(labels)} cases ({named})" if named else f"{len(labels)} cases"


# A list of cases longer than this is not read: titled cases in it are counted (_said_whole).
_LIST_READ_WHOLE = 120


def _said_whole(labels: tuple[str, ...]) -> bool:
    """Whether a list of cases is printed as it is: a short one, or one of court numbers alone.
    A case with no court number is headed by what its record holds, "A (PC 484(a)/488, convicted
    2001-03-02, Los Angeles County)" (case_titles.case_heading); 18 such titles in one sentence
    made a paragraph on page 1 that no attorney read (K85-01)."""
    whole = listed(list(labels))
    return len(labels) <= 2 or len(whole) <= _LIST_READ_WHOLE or not any(_titled(label) for label in labels)


def _titled(label: str) -> bool:
    # A heading by what the record holds ends with it in brackets; a court's number does not.
    return label.endswith(")")


def _named_or_see_below(labels: tuple[str, ...], *, below: bool = True) -> str:
    """The cases of a list on page 1, as they are where short (_said_whole); where long, the
    court numbers and a count of the others, each of which says so under its own heading below:
    "BA123456, LA998877 and 16 more; see each case below".  Not `below`, said under one of those
    cases itself, the court numbers and the count alone ("" where none has a number: R86-01)."""
    if _said_whole(labels):
        return listed(list(labels))
    numbered = [label for label in labels if not _titled(label)]
    see = "see each case below" if below else ""
    if not numbered:
        return see
    counted = listed(numbered + [f"{len(labels) - len(numbered)} more"])
    return f"{counted}; {see}" if see else counted


def _case(sheet: CaseSheet, st: dict, width: float) -> list:
    # A case numbered "unknown" says its county in its label (case_titles): not twice.
    title = f"Case {sheet.label}" if sheet.told_apart else f"Case {sheet.label} \u2014 {sheet.court}"
    if sheet.nothing_to_file:
        # One line, not a page: the facts are for a petition, and there is none to prepare.
        story: list = [_Heading(f"<b>{_t(title)}</b>: {_t(NOTHING_TO_FILE)}", st["body"])]
        story[0].outline_title = f"{title}: {NOTHING_TO_FILE}"  # the line's words, in a viewer's fonts
        story += [_p(line, st["why"], "\u2013") for line in sheet.blocked]
        # And what is still outstanding of it: a pending case read "Nothing to file for this
        # case now" alone, as an arrest that ended with nothing to seal would (J119-04).
        story += [_p(item, st["item"], "\u2022") for item in sheet.outstanding]
        # And the relief the law closes, with what is left: a PC 288(a) registrant's case said
        # nothing of the tier petition and the pardon its screening names (X127-03).
        story += [_p(line, st["why"], "\u2013") for line in sheet.closed]
        # Whole on one page: its blocked lines had run over to the next, under no case's name
        # (such a case gets no "(continued)" mark: it is a few lines, not a section).
        return [Spacer(1, 4), KeepTogether(story)]
    story = [CondPageBreak(1.6 * inch), _CaseMark(sheet.label), _p(title, st["case"], kind=_Heading)]
    if sheet.court_note:
        story.append(_p(sheet.court_note, st["why"]))  # what the program does not know of this court (C149-04)
    if sheet.laws_apart_note:
        story.append(_p(sheet.laws_apart_note, st["why"]))  # juvenile-court or federal law (M160-02, K162-01)
    if sheet.counts:
        story.append(_counts_table(sheet, st, width))
    if sheet.facts:
        story += [Spacer(1, 4), _facts_table(sheet.facts, st, width)]
    if sheet.outstanding:
        story += _list(_p("Still outstanding (checklist)", st["part"]), [_p(item, st["item"], "\u2022") for item in sheet.outstanding], width)
    if sheet.to_find_out:
        # Once for the case, before the relief that waits on them (CaseSheet.to_find_out).
        # Numbered: a step asking some of them names them by number (W42-02).
        story += _list(_p(FACTS_TO_FIND_OUT, st["part"]),
                       [_p(asked, st["item"], f"{n}.") for n, asked in enumerate(sheet.to_find_out, start=1)], width)
    # Room for the heading, a form and a remedy's first step, or all of them on the next page.
    if sheet.to_ask_for:
        story += [CondPageBreak(1.2 * inch), *_relief([_p("Relief to ask for", st["part"])], sheet.to_ask_for, st)]
    if sheet.automatic is not None:
        # A heading of its own, not a form under "Relief to ask for": there is no petition to
        # prepare for it, only the RAP sheet to check (its steps).
        story += [CondPageBreak(1.0 * inch)]
        above = [_p(sheet.automatic.heading, st["part"])]
        for filing in sheet.automatic.filings:
            story += _filing(filing, st, above)
            above = []
        story += above
    if sheet.blocked:
        story += _list(_p("Blocked for now", st["part"]), [_p(line, st["why"], "\u2013") for line in sheet.blocked], width)
    return [*story, _CaseMark(None)]


# A list of fewer printed lines than this stays on one page with its heading (W42-04); a
# longer one may run on to the next page, its heading kept with its first item (keepWithNext).
SHORT_LIST_LINES = 6


def _list(heading: Paragraph, items: list[Paragraph], width: float) -> list:
    """A heading and its items, whole on one page where the list is short: "Still outstanding"
    had ended a page with one of its three items, the other two on the next."""
    lines = sum(_lines(item, width) for item in items)
    return [KeepTogether([heading, *items])] if lines < SHORT_LIST_LINES else [heading, *items]


def _lines(paragraph: Paragraph, width: float) -> int:
    """How many lines `paragraph` takes at `width` (wrapped as it will be laid out)."""
    paragraph.wrap(width, 10 * inch)
    return len(paragraph.blPara.lines)


class _CaseMark(Flowable):
    """Where a case's pages begin and end, marked on the canvas (nothing is drawn): a page that
    goes on with a case begun before names it at its top, where it had begun with "Still
    outstanding" or a remedy and no case to say whose."""

    def __init__(self, label: str | None):
        super().__init__()
        self.label = label

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        return 0, 0

    def draw(self):
        self.canv._worksheet_case = self.label


def _continued(canvas, _doc) -> None:
    label = getattr(canvas, "_worksheet_case", None)
    if label is not None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, LETTER[1] - MARGIN * 0.55, f"Case {printable(label, FONT)} (continued)")
        canvas.restoreState()


def _story(w: Worksheet, st: dict, width: float) -> list:
    story: list = [
        _p(f"{w.title}: {w.client_name}", st["title"]),
        _p("For the staff who prepare the petitions. The court's forms are not filled here: copy from this "
           "page into them. A form is named where the screening's steps name it; each step and reason is the "
           "screening's own, with its citation.", st["lead"]),
        _facts_table(w.head, st, width, columns=2),
    ]
    if w.first:
        story.append(_p(w.first, st["first"]))
    if w.registration:
        story.append(_p(w.registration, st["registration"]))
    if w.read_first or w.for_several:
        story += _read_first(w.read_first, w.for_several, st)
    if not w.cases:
        story.append(_p("The record has no cases.", st["body"]))
    for sheet in w.cases:
        story += _case(sheet, st, width)
    return story


def _canvas_class(w: Worksheet, st: dict) -> type[rl_canvas.Canvas]:
    """The notices and "Page N of M" at each page's foot."""
    notices = Paragraph("<br/>".join(f"<b>{_t(n)}</b>" for n in w.notices), st["footer"])
    right = ParagraphStyle("right", parent=st["footer"], alignment=2)

    def footer(canvas: rl_canvas.Canvas, number: int, total: int) -> None:
        width = LETTER[0] - 2 * MARGIN
        top = MARGIN * 0.95
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top, LETTER[0] - MARGIN, top)
        _, h = notices.wrapOn(canvas, width * 0.7, MARGIN)
        notices.drawOn(canvas, MARGIN, top - 3 - h)
        side = width * 0.28
        for line, text in enumerate((f"Page {number} of {total}", fit_line(printable(w.client_name, FONT), right, side)), start=1):
            said = Paragraph(escape(text), right)  # made printable above
            said.wrapOn(canvas, side, MARGIN)
            said.drawOn(canvas, LETTER[0] - MARGIN - side, top - 3 - line * right.leading)

    return footer_canvas(footer)


def render_pdf(w: Worksheet, out: Path | str | BinaryIO) -> int:
    """Write the worksheet as a PDF to a path (readable by this user only, written whole once
    laid out, as a handout is) or a binary file; return the page count."""
    if isinstance(out, (str, Path)):
        buffer = io.BytesIO()
        pages = render_pdf(w, buffer)
        write_private(out, buffer.getvalue())
        return pages
    st = _styles()
    # The PDF's own title names no client: a viewer prints under it, and the print queue, the
    # computer's print log and a clinic printer's job list show it to anyone (V27-04, V236-01).
    doc = SimpleDocTemplate(
        out, pagesize=LETTER, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN * 0.8,
        bottomMargin=MARGIN + 0.4 * inch, title=w.title, author="Clinic Desk",
        subject=f"Screening as of {w.as_of.isoformat()}, rules {w.rules_version}", creator="Clinic Desk",
        lang="en-US", displayDocTitle=True, invariant=1, initialFontName=FONT, initialFontSize=9,
    )
    width = LETTER[0] - 2 * MARGIN
    doc.build(_story(w, st, width), onLaterPages=_continued, canvasmaker=_canvas_class(w, st))
    return doc.page


def render_bytes(w: Worksheet) -> bytes:
    buffer = io.BytesIO()
    render_pdf(w, buffer)
    return buffer.getvalue()
