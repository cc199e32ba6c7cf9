"""A small Flesch-Kincaid grade-level measure for the English handout text.

Grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59
(Kincaid et al. 1975).  Syllables are counted with the usual vowel-group heuristic
(textstat and most readability tools do the same), which is good to within a syllable
or so per word: enough to keep the handout at or under grade 8.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d[\d,.$%]*")
_SENTENCE_END = re.compile(r"[.!?]+(?=[\s\"”’»)]|$)")
# Abbreviations whose dots do not end a sentence.
_ABBREVIATIONS = {"U.S.": "US", "e.g.": "eg", "i.e.": "ie", "etc.": "etc", "No.": "No"}


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """The Flesch-Kincaid grade level."""
        if not self.words:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def reading_ease(self) -> float:
        """The Flesch reading-ease score (higher is easier; 60-70 is plain English)."""
        if not self.words:
            return 100.0
        return 206.835 - 1.015 * self.words / self.sentences - 84.6 * self.syllables / self.words


def syllables(word: str) -> int:
    """Syllables in one English word (vowel groups, silent final e, at least one)."""
    w = word.lower().strip("'’")
    if not w or w[0].isdigit():
        return 1  # a number read aloud: count it as one short word
    if len(w) <= 3:
        return 1
    w = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", w)
    w = re.sub(r"^y", "", w)
    return max(1, len(re.findall(r"[aeiouy]{1,2}", w)))


def measure(texts: Iterable[str]) -> Readability:
    """Words, sentences and syllables of some paragraphs (each ends a sentence)."""
    words = sentences = syl = 0
    for text in texts:
        for abbr, plain in _ABBREVIATIONS.items():
            text = text.replace(abbr, plain)
        found = _WORD.findall(text)
        if not found:
            continue
        words += len(found)
        syl += sum(syllables(w) for w in found)
        sentences += max(1, len(_SENTENCE_END.findall(text.strip())))
    return Readability(words, max(sentences, 1), syl)


def grade_level(texts: Iterable[str]) -> float:
    """The Flesch-Kincaid grade of some paragraphs."""
    return measure(texts).grade
