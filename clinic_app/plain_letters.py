"""Text in plain ASCII letters: "José Núñez" -> "Jose Nunez", "Łukasz Øster" -> "Lukasz Oster".

Shared by the caseload's name order (clinic_app.matching) and the names of files
(clinic_app.file_names), so a name files under the same letters in both."""

from __future__ import annotations

import unicodedata

# Latin letters NFKD does not take apart, which the ASCII step dropped: "Łukasz" sorted among
# the U's, "Øster" and "Æsa" among the S's (S26-07), and was saved as "ukasz".  Each is read
# as the letter it is filed under.
_OWN_LATIN_LETTERS = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ħ": "h", "Ħ": "H",
    "ı": "i", "ŀ": "l", "Ŀ": "L", "ß": "ss",
})


def in_plain_letters(text: str) -> str:
    """`text` in plain ASCII: an accented letter as its letter, anything else dropped."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text.translate(_OWN_LATIN_LETTERS)).encode("ascii", "ignore").decode()
