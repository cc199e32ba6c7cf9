"""Findings of handout review H25: names and texts a handout cannot print, checked on the
real PDFs read back with pypdf (synthetic people only)."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from handout_clients import AS_OF, CLINIC, blocked_by_probation, eligible_now, screened
from handout_render import squash
from pypdf import PdfReader
from reportlab.pdfbase.ttfonts import TTFontFile

import resources
from clinic_app.handouts import compose, render_bytes
from clinic_app.handouts.glyphs import missing_characters, printable, unprintable_fields, unprintable_parts

CJK_NAME = "王小明"


def _drawable_in_font_files() -> set[int]:
    """The characters every shipped DejaVu face has a glyph for, read from the files."""
    faces = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"]
    maps = [set(TTFontFile(str(resources.path("fonts", f))).charToGlyph) for f in faces]
    return maps[0].intersection(*maps[1:])


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _handout(client, lang="en", clinic=CLINIC):
    return compose(client, screened(client), clinic, lang=lang, as_of=AS_OF)


# ---- H25-01: letters the font lacks printed as empty boxes, silently --------------------------


def test_h25_01_the_helper_names_the_letters_the_font_cannot_print():
    font = "DejaVuSans"
    assert missing_characters(f"{CJK_NAME} Wang", font) == CJK_NAME
    assert missing_characters("김민준", font) == "김민준"
    assert missing_characters("José Núñez · Minh Nguyễn · Ольга · «Ü» ☐ ☑ …", font) == ""
    # Hebrew and Arabic are in the font, but ReportLab sets them left to right, unjoined.
    assert missing_characters("דוד", font) == "דו"
    assert unprintable_parts(f"{CJK_NAME} Wang", font) == [CJK_NAME]
    assert unprintable_parts("محمد علي Haddad", font) == ["محمد علي"]  # one stretch, space and all
    assert printable(f"{CJK_NAME} Wang", font) == "____________ Wang"
    assert printable("Ana Ruiz", font) == "Ana Ruiz"


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("name", [CJK_NAME, "דוד כהן", "Li 李"])
def test_h25_01_a_name_the_font_cannot_print_gets_a_blank_line_not_boxes(name, lang):
    """"Prepared for 王小明" printed "Prepared for □□□" (the font's .notdef box), in the
    footer of every page too.  Every character the PDF draws now has a glyph in the
    embedded font files, and the name's place is a line to write it on."""
    client = replace(eligible_now(lang), name=name)
    pdf = render_bytes(_handout(client, lang))
    text = _pdf_text(pdf)
    drawable = _drawable_in_font_files()
    undrawable = {ch for ch in text if not ch.isspace() and ord(ch) not in drawable}
    assert not undrawable, f"drawn as boxes: {''.join(sorted(undrawable))}"
    assert not set(name.replace("Li ", "").replace(" ", "")) & set(text)
    prepared = "Prepared for" if lang == "en" else "Preparada para"
    assert f"{prepared} {'Li ' if name.startswith('Li') else ''}__________" in text
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert text.count("__________") >= 1 + pages  # and in every page's footer


@pytest.mark.pdf
def test_h25_01_clinic_details_and_a_condition_label_are_blanks_too():
    clinic = replace(CLINIC, name="李 Clinic 東區", address="1200 E 1st St, 洛杉矶")
    client = blocked_by_probation()
    case = client.cases[1]
    label = case.conditions[0]
    client = replace(client, cases=[client.cases[0], replace(case, conditions=[replace(label, label="Clase 王老师")])])
    text = _pdf_text(render_bytes(_handout(client, clinic=clinic)))
    assert not {"李", "東", "區", "洛", "王"} & set(text)
    assert "__________ Clinic __________" in text and "Clase __________" in text


# ---- H25-02: the preview (and the command line, the event's batch) names the field -------------


def test_h25_02_each_field_with_characters_the_font_lacks_is_named_once():
    clinic = replace(CLINIC, name="李 Clinic", hours="Tue 9-4")
    client = blocked_by_probation()
    old, new = client.cases
    label = replace(new.conditions[0], label="Clase 王老师")
    client = replace(client, name=f"{CJK_NAME} Wang",
                     cases=[replace(old, county="洛杉矶"), replace(new, county="Orange", conditions=[label])])
    found = unprintable_fields(_handout(client, clinic=clinic))
    assert [(f.field, f.parts) for f in found] == [
        ("The client's name", (CJK_NAME,)),
        ("The clinic's name", ("李",)),
        ("A case in the record", ("洛杉矶",)),
        # The checklist's line of the courts of several counties names them (C149-03).
        ("A step of the checklist", ("王老师", "洛杉矶")),
    ]
    assert str(found[0]) == ("The client's name has characters the handout font cannot print: 王小明. "
                             "Type the name in Latin letters in the record, or print and write it by hand.")
    assert unprintable_fields(_handout(eligible_now())) == []


# ---- H25-03: the command line said nothing either ------------------------------------------


@pytest.fixture
def caseload_with_a_chinese_name(tmp_path):
    from clinic_app.demo import generate_clients
    from db.repository import Repository

    path = tmp_path / "caseload.db"
    clients = list(generate_clients(2, seed=5))
    clients[0].name = CJK_NAME
    for client in clients:
        client.event = "Fair"
    with Repository.open(path, create=True) as repo:
        ids = repo.add_clients(clients)
        repo.set_setting("clinic_phone", "(213) 555-0100")  # the name's note alone (J63-01 says a page with no contact)
    return path, ids


@pytest.mark.pdf
def test_h25_03_the_cli_warns_on_stderr_and_still_writes_the_handout(caseload_with_a_chinese_name, tmp_path, capsys):
    from clinic_app.cli import main

    path, ids = caseload_with_a_chinese_name
    out = tmp_path / "h.pdf"
    assert main(["handout", "--db", str(path), "--client", str(ids[0]), "--as-of", "2026-11-01", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.err.strip() == ("The client's name has characters the handout font cannot print: 王小明. "
                                    "Type the name in Latin letters in the record, or print and write it by hand.")
    assert "王" not in _pdf_text(out.read_bytes())
    assert main(["handout", "--db", str(path), "--client", str(ids[1]), "--as-of", "2026-11-01",
                 "--out", str(tmp_path / "other.pdf")]) == 0
    assert capsys.readouterr().err == ""
    assert main(["handout", "--db", str(path), "--event", "Fair", "--as-of", "2026-11-01",
                 "--out", str(tmp_path / "event")]) == 0
    err = capsys.readouterr().err
    assert "handout for 王小明: The client's name has characters the handout font cannot print: 王小明." in err
    assert err.count("cannot print") == 1


# ---- H25-05: a letter typed with its accents apart printed them one over the other -----------


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_h25_05_letters_typed_with_separate_accents_print_as_whole_letters(lang):
    """"Nguyễn" typed as "Nguye" + circumflex + tilde (a Vietnamese keyboard's combining
    mode, or a name pasted from a Mac) printed the tilde over the circumflex: "Nguyên"?
    The page now prints the whole letter the font has."""
    decomposed = "Minh Nguye\u0302\u0303n"
    client = replace(eligible_now(lang), name=decomposed)
    text = _pdf_text(render_bytes(_handout(client, lang)))
    assert "Minh Nguy\u1ec5n" in text and "\u0302" not in text and "\u0303" not in text


# ---- H25-06: full-width Latin letters and digits became a blank line ------------------------


@pytest.mark.pdf
def test_h25_06_full_width_letters_and_digits_print_as_plain_ones():
    """A name and a phone typed in a Chinese or Japanese keyboard's full-width mode
    ("Ｗａｎｇ　Ｌｉ", "（２１３）　５５５－０１４２") have no glyph in the font: they printed as
    boxes, and would have been a blank line.  They are the plain letters and digits."""
    client = replace(eligible_now(), name="Ｗａｎｇ　Ｌｉ")
    clinic = replace(CLINIC, phone="（２１３）　５５５－０１４２")
    handout = _handout(client, clinic=clinic)
    assert unprintable_fields(handout) == []
    text = squash(_pdf_text(render_bytes(handout)))
    assert "Prepared for Wang Li" in text and "(213) 555-0142" in text and "____" not in text
