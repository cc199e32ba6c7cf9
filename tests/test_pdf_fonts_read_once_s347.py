"""S347-04: the tests read a PDF's fonts once a PDF, not once a page (tests/pdf_fonts_read_once.py),
and read the same text so."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.generic._font import Font
from reportlab.pdfgen.canvas import Canvas


def three_pages() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    for page in (1, 2, 3):
        canvas.setFont("Helvetica", 12)
        canvas.drawString(72, 720, f"Page {page}: résumé of the record")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_s347_04_a_pdfs_font_is_read_once_for_all_its_pages_and_its_text_read_the_same(monkeypatch):
    pdf = three_pages()
    reader = PdfReader(io.BytesIO(pdf))
    fonts = [page["/Resources"]["/Font"]["/F1"].get_object() for page in reader.pages]
    assert fonts[1] is fonts[0] and fonts[2] is fonts[0]  # pypdf hands every page the one object
    assert Font.from_font_resource(fonts[0]) is Font.from_font_resource(fonts[2])
    read = [page.extract_text().strip() for page in reader.pages]
    assert read == [f"Page {page}: résumé of the record" for page in (1, 2, 3)]
    # pypdf's own reading, a font read again each page, reads the same.
    monkeypatch.setattr(Font, "from_font_resource", Font.from_font_resource.original)
    again = PdfReader(io.BytesIO(pdf))
    assert Font.from_font_resource(fonts[0]) is not Font.from_font_resource(fonts[0])
    assert [page.extract_text().strip() for page in again.pages] == read
