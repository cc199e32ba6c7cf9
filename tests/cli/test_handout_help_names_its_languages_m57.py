"""M57-01: `clinic-app handout --help` said "--lang LANG  language of a single handout (default:
the client's): en, es, ...", as if more languages were there to be had; a paralegal trying
`--lang zh` learned otherwise only from the error.  The help names the languages there are, from
the handout texts in resources, as `--lang` checks them."""

from __future__ import annotations

from clinic_app.handouts.texts import available_languages
from tests.cli.program_in_process import run_in_process


def test_m57_01_handout_help_names_the_languages_there_are():
    said = run_in_process(["handout", "--help"], env={})
    assert said.returncode == 0, said.stderr
    words = " ".join(said.stdout.split())  # argparse wraps at any space
    languages = available_languages()
    assert languages[:2] == ["en", "es"]
    said_of_lang = words.split("--lang LANG language of a single handout")[1].split("--large-print")[0]
    assert said_of_lang.strip() == f"(default: the client's): {', '.join(languages)}"
