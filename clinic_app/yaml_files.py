"""Reading the program's own YAML files (the handout texts, the remedy guide) at libyaml's speed.

PyYAML's pure-Python safe loader took about 0.1 s for each language's handout texts (some
250 KB), read by every process that prints a handout and by the window as its handout
preview first opens; libyaml's loader (PyYAML's C extension, in its wheels) reads them in a
tenth of that, into the same values.  Where PyYAML was built without it, the Python loader
reads them as before.  (A screening request has its own loader: screening_format.)
"""

from __future__ import annotations

from typing import IO, Any

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(stream: IO[str] | str) -> Any:
    """What yaml.safe_load gives for `stream`, read by libyaml's safe loader where there is one."""
    return yaml.load(stream, Loader=LOADER)  # noqa: S506 - a safe loader (CSafeLoader or SafeLoader)
