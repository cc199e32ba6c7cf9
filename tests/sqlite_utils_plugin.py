"""A sqlite-utils plugin, as another package installed beside Clinic Desk could bring one, that
notes each connection it is given (P295-02: Clinic Desk's own connections are given to none)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import hookimpl
from sqlite_utils.plugins import pm


class _Watching:
    def __init__(self) -> None:
        self.given: list[object] = []

    @hookimpl
    def prepare_connection(self, conn) -> None:
        self.given.append(conn)


@contextmanager
def plugin_installed() -> Iterator[list[object]]:
    """The connections a plugin installed meanwhile was given to prepare."""
    plugin = _Watching()
    pm.register(plugin, name="p295-watching")
    try:
        yield plugin.given
    finally:
        pm.unregister(name="p295-watching")
