"""Exit statuses and the usage error shared by every `clinic-app` subcommand.

Kept apart from `clinic_app.cli` so that subcommands living in the domain (screen, handout)
need not import the composition root, which is the one module that reaches the database.
"""

EXIT_OK = 0
EXIT_ENVIRONMENT = 1  # the file or the machine: a locked or corrupt caseload, a full disk
EXIT_USAGE = 2  # the command line or an input file is wrong


class UsageError(Exception):
    """A wrong command line or input file: exit status 2."""
