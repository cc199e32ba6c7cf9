"""The window's readers on their workers open the caseload as the window did: no sqlite-utils
plugin is given their connections (P295-02)."""

from __future__ import annotations

from tests.sqlite_utils_plugin import plugin_installed


def test_p295_02_the_list_and_the_put_right_pairs_read_on_workers_are_given_to_no_plugin(qtbot, window):
    with plugin_installed() as given:
        with qtbot.waitSignals([window.caseload_loaded, window.put_right_counted], timeout=30_000):
            window.load_in_background()
    assert given == []
