"""W150-02: `clinic-app rescreen --help` said it writes "a summary on standard output": the
clients whose answers an update's rules changed (U148-01), whom the paralegal must tell, were
named in the README alone."""

from __future__ import annotations

from tests.cli.test_cli import clinic_app


def test_w150_02_rescreen_help_says_it_names_whose_answers_changed():
    result = clinic_app("rescreen", "--help")
    assert result.returncode == 0, result.stderr
    said = " ".join(result.stdout.split())
    assert ("the clients it made eligible now and, after an update whose rules changed, those whose answers changed, "
            "each with what changed (whom to tell)") in said
