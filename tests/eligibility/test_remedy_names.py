"""W27-01: one table of remedy names, read by the window and by the text report alike."""

from clinic_app.eligibility import REMEDIES, remedy_title, short_name
from clinic_app.eligibility.registry import NAMES, REMEDY_KEYS, remedy_statute
from clinic_app.eligibility.text_report import _COLS, SHORT


def test_every_key_has_both_names_and_the_registry_reads_them():
    assert set(NAMES) == set(REMEDY_KEYS)
    for remedy in REMEDIES:
        assert remedy.title == NAMES[remedy.key][0] == remedy_title(remedy.key)


def test_a_short_name_names_what_its_title_names_and_fits_the_report_column():
    for key in REMEDY_KEYS:
        title, short = NAMES[key]
        words = title[: -len(remedy_statute(key)) - 3]  # the title before " (PC ...)"
        # The statute first, as the title gives it, or (a Prop, the certificate) its own words:
        # "PC 236.14 survivor vacatur" beside "... (PC 236.14 / 236.15)" named half the law.
        assert short.startswith(remedy_statute(key) + " ") or short == words, (key, short, title)
        assert len(short) < _COLS[0], short  # the report's column cuts one character short of its width


def test_the_text_report_and_the_window_header_use_the_one_table():
    import ui.client_view

    assert SHORT == {key: NAMES[key][1] for key in REMEDY_KEYS}
    assert ui.client_view.short_name is short_name
