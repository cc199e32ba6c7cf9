"""The words `--help` prints, laid out for an 80-column terminal.

argparse wraps each option's help to the terminal, but a description or epilog it is told
to keep as written (RawDescriptionHelpFormatter, for the examples' lines) it prints as the
source has it: lines of up to 130 columns, which an 80-column terminal broke mid-word
(H58-06 for `screen`, J59-03 for the command list and the others' examples).  Here they
are filled to 79 columns, every word kept.
"""

from __future__ import annotations

import re
import textwrap

# A line of help stays whole on an 80-column terminal.
HELP_WIDTH = 79

# An example's command is indented two spaces, a line that continues it four, and what it
# does six.
_COMMAND_INDENT = "  "
_CONTINUED_INDENT = "    "
_SAYS_INDENT = "      "

# A word of a shell command: a quoted name ("Expungement Fair") stays one word.
_SHELL_WORD = re.compile(r"""(?:"[^"]*"|'[^']*'|\S)+""")


def filled(text: str, width: int = HELP_WIDTH) -> str:
    """`text`'s paragraphs (split at blank lines) each filled to `width`, a blank line between.
    A word longer than `width` (a caseload's path in a command to type) is left whole on a line
    of its own: cut, "--db /tmp/.../casel" and "oad.sqlite" could not be copied (M58-03)."""
    return "\n\n".join(textwrap.fill(" ".join(paragraph.split()), width=width, break_on_hyphens=False,
                                     break_long_words=False)
                       for paragraph in text.strip().split("\n\n"))


def examples(lines: str, width: int = HELP_WIDTH) -> str:
    """The "examples:" block of a --help: each of `lines` is a command, three spaces, and
    what it does.  The command is on a line of its own (a long one continued with the
    shell's " \\", so that it still runs as copied), what it does under it, filled."""
    shown = ["examples:"]
    for example in lines.strip().split("\n"):
        command, _, says = example.partition("   ")
        shown.append(_command_lines(command.strip(), width))
        shown.append(textwrap.fill(says.strip(), width=width, initial_indent=_SAYS_INDENT,
                                   subsequent_indent=_SAYS_INDENT, break_on_hyphens=False))
    return "\n".join(shown)


def _command_lines(command: str, width: int) -> str:
    """`command` indented, on one line if it fits `width`; else each of its `&&` parts begins
    a line, and a part still too long is cut between its words with " \\" (never between an
    option and its value)."""
    if len(_COMMAND_INDENT + command) <= width:
        return _COMMAND_INDENT + command
    lines: list[str] = []
    for n, part in enumerate(command.split(" && ")):
        if lines:
            lines[-1] += " &&"
        lines.append(_COMMAND_INDENT if n == 0 else _CONTINUED_INDENT)
        for word in _option_words(part):
            if lines[-1].strip() and len(f"{lines[-1]} {word} \\") > width:
                lines[-1] += " \\"
                lines.append(_CONTINUED_INDENT)
            lines[-1] += word if not lines[-1].strip() else f" {word}"
    return "\n".join(lines)


def _option_words(command: str) -> list[str]:
    """`command`'s words, an option and its value one ("--as-of 2026-11-15")."""
    words: list[str] = []
    for word in _SHELL_WORD.findall(command):
        is_value = not word.startswith("-") or word == "-"  # "-": standard input
        if words and words[-1].startswith("-") and " " not in words[-1] and is_value:
            words[-1] += f" {word}"
        else:
            words.append(word)
    return words
