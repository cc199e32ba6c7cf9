"""J89-02: a request or a referral list saved as UTF-16 (Notepad's "Unicode", Excel's "Unicode
Text") was "not UTF-8 text (byte 0xFF at offset 0); save it as UTF-8": a byte a paralegal cannot
see, and not the encoding the file is in.  Saved without a byte-order mark it was "not valid
JSON: Expecting value at line 1, column 1", and `screen --batch` named every line bad ("not
UTF-8", then "not valid JSON" line by line).  Each now says the file is UTF-16 and to save it as
UTF-8, once, with exit status 2 and nothing written."""

from __future__ import annotations

import json

from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_screen_robustness import GOOD, LINE, refused, screen

SAID = 'UTF-16 text (as Notepad saves "Unicode" and Excel "Unicode Text"), not UTF-8 text: open it and save it as UTF-8'


def test_a_request_saved_as_utf16_is_said_to_be_utf16(tmp_path):
    text = json.dumps(GOOD, indent=2)
    for name, encoding in (("notepad.json", "utf-16"), ("big-end.json", "utf-16-be"), ("no-mark.json", "utf-16-le")):
        (tmp_path / name).write_bytes(text.encode(encoding))
        done = screen(tmp_path / name)
        refused(done, f"{tmp_path / name}: {SAID}")
        assert "0xFF" not in done.stderr and "Expecting value" not in done.stderr
    refused(screen("-", stdin=text.encode("utf-16")), f"standard input: {SAID}")


def test_a_batch_saved_as_utf16_is_said_once(tmp_path):
    for encoding in ("utf-16", "utf-16-le"):
        batch = tmp_path / f"day-{encoding}.jsonl"
        batch.write_bytes(("\r\n".join([LINE] * 3) + "\r\n").encode(encoding))
        done = screen("--batch", batch)
        refused(done, f"{batch}: {SAID}; nothing was screened or written")
        assert "bad lines" not in done.stderr and "not valid JSON" not in done.stderr


def test_an_import_saved_as_utf16_is_said_to_be_utf16(tmp_path):
    for name in ("day.jsonl", "day.json"):
        (tmp_path / name).write_bytes((LINE + "\r\n").encode("utf-16"))
        done = clinic_app("import", tmp_path / name, "--db", tmp_path / "laptop.sqlite")
        assert_plain_error(done, 2, f"{SAID}. The file was not imported: none was added; import the file saved as UTF-8")
        assert "put that record right" not in done.stderr
    assert not (tmp_path / "laptop.sqlite").exists()
