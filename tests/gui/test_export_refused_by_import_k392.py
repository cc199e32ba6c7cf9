"""K392-01: Caseload > Export the clients shown, of a caseload holding a record stored before K386
(a probation end before the conviction): written with not a word, and the import of the file on
the new laptop refused it whole, at the other end.  Still written whole; the window's message
says whose record an import will refuse, why, and where to put it right."""

from __future__ import annotations

from tests.gui.export_words import HANDED_OVER
from tests.gui.test_export_merged_since_c80 import _export
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import stored_before_k386


def test_k392_01_the_window_export_warns_of_a_record_an_import_will_refuse(qtbot, window, repo, monkeypatch, tmp_path):
    fine = repo.add_client(no_sentence("Ana Bien"))
    rita = stored_before_k386(repo, monkeypatch)  # its probation ends before its conviction
    window.load()
    target = tmp_path / "day.jsonl"
    said = _export(qtbot, window, monkeypatch, target)
    assert said == (f"warned: Exported 2 clients to {target} (readable by you only).\n\n"
                    f"An import of this file will refuse it whole, for the record of Rita Sinsentencia (id {rita}): "
                    "Case 24CR042, Probation end: 2023-09-01 is before the conviction date 2024-03-01. Every "
                    "client is in the file all the same; to carry it to another caseload, open the client here, "
                    "where the Record tab says what to change, and export again.\n\n" + HANDED_OVER)
    assert len(target.read_text().splitlines()) == 2 and fine != rita
