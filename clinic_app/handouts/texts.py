"""The handout's words, one YAML file per language in ``resources/handouts/``.

Translators edit ``resources/handouts/<lang>.yaml`` and never the code (see the README
there).  English is the reference: a language file must have every key English has, with
the same ``{placeholders}``, or `load_texts` refuses it with a message naming the key.
That keeps a half-finished translation from printing a handout with holes in it.
"""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

import resources

REFERENCE_LANGUAGE = "en"


class TextsError(ValueError):
    """A language file is missing, malformed, or does not match English."""


def texts_path(lang: str):
    """Where the texts for `lang` live."""
    return resources.path("handouts", f"{lang}.yaml")


def available_languages() -> list[str]:
    """Every language that has a text file, English first."""
    folder = resources.path("handouts")
    langs = sorted(p.stem for p in folder.glob("*.yaml"))
    return sorted(langs, key=lambda code: code != REFERENCE_LANGUAGE)


def _read(lang: str) -> dict[str, Any]:
    path = texts_path(lang)
    if not path.is_file():
        raise TextsError(
            f"No handout texts for language {lang!r} (looked for {path}); "
            f"available: {', '.join(available_languages())}"
        )
    # here, not at the top: `handout --help` lists available_languages() and need not load yaml
    from clinic_app.yaml_files import read_yaml

    with path.open(encoding="utf-8") as fh:
        data = read_yaml(fh)
    if not isinstance(data, dict):
        raise TextsError(f"{path}: expected a mapping of keys to texts")
    return data


def _leaves(node: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every (dotted.key, value) in a nested mapping; lists count as one value."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield from _leaves(value, f"{prefix}.{key}" if prefix else str(key))
    else:
        yield prefix, node


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a text uses."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def check_against_reference(lang: str, data: Mapping, reference: Mapping) -> list[str]:
    """What is wrong with a translation, compared with English (empty list: nothing)."""
    problems: list[str] = []
    theirs = dict(_leaves(data))
    for key, value in _leaves(reference):
        # Optional: translated offense names, and their acts where the name says none (H82-02).
        if key.startswith(("offenses.", "offense_acts.")):
            continue
        if key not in theirs:
            problems.append(f"{lang}: missing key {key}")
            continue
        other = theirs[key]
        if isinstance(value, str):
            if not isinstance(other, str) or (value.strip() and not other.strip()):
                problems.append(f"{lang}: {key} must be a non-empty text")
            elif placeholders(value) != placeholders(other):
                problems.append(
                    f"{lang}: {key} has placeholders {sorted(placeholders(other))}, "
                    f"English has {sorted(placeholders(value))}"
                )
        elif isinstance(value, list) and (not isinstance(other, list) or len(other) != len(value)):
            problems.append(f"{lang}: {key} must be a list of {len(value)} items")
    return problems


@cache
def load_texts(lang: str) -> dict[str, Any]:
    """The texts of one language, checked against English; cached per process."""
    data = _read(lang)
    if lang != REFERENCE_LANGUAGE:
        problems = check_against_reference(lang, data, load_texts(REFERENCE_LANGUAGE))
        if problems:
            raise TextsError("; ".join(problems[:10]))
    return data
