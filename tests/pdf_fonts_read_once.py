"""A PDF's fonts read once by pypdf, not once a page (S347-04).

pypdf's text extraction reads each font of a page from its PDF dictionary again on every page
(`Font.from_font_resource`: its ToUnicode map parsed, its widths): a handout draws every page
with the same three or four fonts, and ~30% of the time the tests spent reading handouts went
there (twenty 11-page handouts: 696 fonts read for 232 pages, ~2 s of ~6.5).  pypdf hands the
same dictionary object for a font each page refers to (it keeps the objects it has resolved),
so the font read from it is kept, by that object, for the pages after.  The text read is the
same: only where a font is read from changes.  Without `Font.from_font_resource` (another
pypdf), nothing is changed.
"""

from __future__ import annotations

from collections import OrderedDict

# The fonts kept, the newest last: a few PDFs' worth (a handout has three or four), so that the
# readers their dictionaries belong to are let go.
KEPT = 64


def read_fonts_once() -> None:
    """Keep each font pypdf reads for the pages after, keyed by its dictionary object."""
    try:
        from pypdf.generic._font import Font
    except ImportError:
        return
    read = getattr(Font, "from_font_resource", None)
    if read is None or getattr(read, "read_once", False):
        return
    kept: OrderedDict[int, tuple[object, object]] = OrderedDict()

    def from_font_resource(cls, pdf_font_dict):
        # By the object's id, the object itself kept beside its font: its id cannot be another's
        # while it is kept.
        key = id(pdf_font_dict)
        found = kept.get(key)
        if found is not None and found[0] is pdf_font_dict:
            kept.move_to_end(key)
            return found[1]
        font = read.__func__(cls, pdf_font_dict)
        kept[key] = (pdf_font_dict, font)
        if len(kept) > KEPT:
            kept.popitem(last=False)
        return font

    from_font_resource.read_once = True
    from_font_resource.original = read  # pypdf's own, which reads the font every time
    Font.from_font_resource = classmethod(from_font_resource)
