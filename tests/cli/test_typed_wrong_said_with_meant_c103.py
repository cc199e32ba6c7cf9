"""C103-01: a command, option or choice typed a letter wrong is said with the one meant, and
an option a command does not know points at that command's help, where its options are."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import assert_plain_error, clinic_app


@pytest.mark.parametrize(
    "args, said",
    [
        (["list", "--serach", "Lopez"], "clinic-app list: unrecognized arguments: --serach Lopez; did you mean --search? "
                                        "(see clinic-app list --help)"),
        (["list", "--evnt=Fair"], "did you mean --event? (see clinic-app list --help)"),
        (["screen", "--bacth", "day.jsonl"], "did you mean --batch? (see clinic-app screen --help)"),
    ],
)
def test_an_option_typed_wrong_is_said_by_its_command_with_the_option_meant(args, said):
    """It was "clinic-app: unrecognized arguments: --serach Lopez (see clinic-app --help)": the
    top help lists no command's options, and nothing said --search was meant."""
    assert_plain_error(clinic_app(*args), 2, said)


def test_an_option_like_none_is_refused_without_a_guess():
    result = clinic_app("list", "--zzzz")
    assert_plain_error(result, 2, "clinic-app list: unrecognized arguments: --zzzz (see clinic-app list --help)")
    assert "did you mean" not in result.stderr


@pytest.mark.parametrize(
    "args, meant",
    [
        (["lst"], "did you mean 'list'? (see clinic-app --help)"),
        (["reprot"], "did you mean 'report'?"),
        (["list", "--outcome", "eligble_now"], "did you mean 'eligible_now'? (see clinic-app list --help)"),
        (["screen", "x.json", "--format", "txt"], "did you mean 'text'?"),
        # Two as close as each other: both named, not one chosen for the paralegal.
        (["list", "--remedy", "prop"], "did you mean 'prop47' or 'prop64'?"),
        (["list", "--outcome", "eligible"], "did you mean 'eligible_on' or 'eligible_now'?"),
    ],
)
def test_a_choice_typed_wrong_is_said_with_the_one_meant(args, meant):
    result = clinic_app(*args)
    assert_plain_error(result, 2, "invalid choice", meant)


def test_a_choice_like_none_is_refused_without_a_guess():
    result = clinic_app("xyz")
    assert_plain_error(result, 2, "invalid choice: 'xyz'")
    assert "did you mean" not in result.stderr


@pytest.mark.parametrize(
    "args, said",
    [
        (["handout", "--client", "3", "--otu", "x.pdf"], "clinic-app handout: unrecognized arguments: --otu; "
                                                         "did you mean --out? (see clinic-app handout --help)"),
        # Which of --client, --event and --hearing-within is asked by the command itself (H167-04):
        # said as any option typed wrong is (C103-01), with what followed it.
        (["worksheet", "--evnt", "Fair", "--out", "day"], "clinic-app worksheet: unrecognized arguments: --evnt Fair; "
                                                          "did you mean --event?"),
        (["handout", "--clent=3", "--out", "x.pdf"], "unrecognized arguments: --clent=3; did you mean --client?"),
    ],
)
def test_r104_03_a_required_option_typed_wrong_is_said_not_asked_for(args, said):
    """R104-03: argparse asks for a required option before it says what it does not know:
    "handout --client 3 --otu x.pdf" was refused as "the following arguments are required:
    --out" alone, to a paralegal who had typed --out, as they saw it."""
    result = clinic_app(*args)
    assert_plain_error(result, 2, said)
    assert "required" not in result.stderr


def test_r104_03_a_required_option_left_out_is_still_asked_for():
    assert_plain_error(clinic_app("handout", "--client", "3"), 2,
                       "clinic-app handout: the following arguments are required: --out (see clinic-app handout --help)")
