"""R68-05: the program quitting while a caseload opens on the worker (N66) ends, not hangs.

N66 waits for the open in an event loop that it enters again until the open's end arrives, a
queued signal.  Once the program quits (QApplication.quit: the session ending, say; the last
window closed while the open outlasts its close's wait), Qt returns from every loop at once: the
end was never delivered, and the wait went round for ever at full speed; the program hung, a
caseload open in it.  The worker is waited for then, and the open ends as it left it.

Run in a child process, where the application's own loop (app.exec) runs, as in clinic-app: its
quit is what makes every loop return at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CHILD = r'''
import os, sys, threading, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from db.repository import Repository
from tests.automatic_relief import to_file
here, there = Path(sys.argv[1]) / "desk.sqlite", Path(sys.argv[1]) / "usb.sqlite"
for path in (here, there):
    with Repository.open(path) as repo:
        repo.add_client(to_file("Ana Testquit"))
go = threading.Event()
real = Repository.open.__func__

def slow(cls, path, **kw):  # the open of the other caseload takes a moment, on the worker
    if Path(path) == there:
        go.wait(10)
    return real(cls, path, **kw)

Repository.open = classmethod(slow)
from ui.main_window import MainWindow, keep_until_deleted
window = MainWindow(Repository.open(here), here, automatic_backups=False)
window.show()
keep_until_deleted(window)

def open_other():
    window._switch_to(there)  # File > Open caseload, the file chosen
    print("opened", flush=True)

def quit_meanwhile():
    threading.Timer(0.5, go.set).start()  # the open ends in half a second
    QApplication.quit()  # closes the window first (it waits for the open), then ends every loop

QTimer.singleShot(50, open_other)
QTimer.singleShot(300, quit_meanwhile)

def hung():
    time.sleep(20)
    print("hung", flush=True)
    os._exit(3)

threading.Thread(target=hung, daemon=True).start()
print("exec", app.exec(), flush=True)
os._exit(0)
'''


def test_r68_05_the_program_quitting_while_a_caseload_opens_ends(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    child = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], cwd=root, env=env, capture_output=True, text=True,
                           timeout=120)
    said = child.stdout.split()
    assert child.returncode == 0, (child.stdout, child.stderr[-2000:])
    assert said[:3] == ["opened", "exec", "0"]
