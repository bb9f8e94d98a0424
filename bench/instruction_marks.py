"""Count each timed event's instructions under callgrind, not its time.

On this machine (a VM: no hardware counters, a host whose other guests take cores) the
same repaint of the same rows costs 4 ms one time and 9 ms the next, in wall time and in
the thread's CPU time alike, so a p99 against a p50 measures the host more than the code.
Instructions do not vary so: run a bench under ``valgrind --tool=callgrind`` and each
event marked here (``begin`` … ``end(name)``) is dumped on its own, its count read
afterwards with ``read_counts``.

Outside valgrind the marks cost a few instructions and do nothing. The marks are two C
functions (callgrind's client requests are machine code, not callable from Python),
built on first use with gcc and valgrind's headers (Debian: ``valgrind``), kept in the
user's cache.
"""

from __future__ import annotations

import ctypes
import re
import subprocess
from pathlib import Path

SOURCE = """
#include <valgrind/callgrind.h>
int under_valgrind(void) { return RUNNING_ON_VALGRIND; }
void zero(void) { CALLGRIND_ZERO_STATS; }
void dump(const char *name) { CALLGRIND_DUMP_STATS_AT(name); }
"""
BUILT = Path.home() / ".cache" / "premium-support-desk-bench" / "callgrind_marks.so"
# A dump's header: "desc: Trigger: Client Request: <name>", then "summary: <count>".
TRIGGER = re.compile(r"^desc: Trigger: Client Request: (.*)$", re.MULTILINE)
SUMMARY = re.compile(r"^summary: (\d+)$", re.MULTILINE)


class Marks:
    """Callgrind's zero and dump around each event; nothing outside valgrind."""

    def __init__(self) -> None:
        self._library: ctypes.CDLL | None = None
        if Path("/usr/include/valgrind/callgrind.h").exists():
            library = ctypes.CDLL(str(_built()))
            if library.under_valgrind():
                self._library = library

    @property
    def counting(self) -> bool:
        return self._library is not None

    def begin(self) -> None:
        if self._library is not None:
            self._library.zero()

    def end(self, name: str) -> None:
        if self._library is not None:
            self._library.dump(name.encode())


def _built() -> Path:
    if not BUILT.exists():
        BUILT.parent.mkdir(parents=True, exist_ok=True)
        source = BUILT.with_suffix(".c")
        source.write_text(SOURCE)
        subprocess.run(
            ["gcc", "-shared", "-fPIC", "-O1", "-o", str(BUILT), str(source)], check=True
        )
    return BUILT


def read_counts(output: Path) -> dict[str, list[int]]:
    """The main thread's instructions per marked event, by name, in the order they ran,
    from the files of ``valgrind --tool=callgrind --separate-threads=yes
    --callgrind-out-file=OUTPUT`` (OUTPUT.<n>-01: the nth dump's first thread)."""
    dumps: list[tuple[int, str, int]] = []
    for path in output.parent.glob(f"{output.name}.*-01"):
        number = int(path.name[len(output.name) + 1 : -len("-01")])
        text = path.read_text(errors="replace")
        trigger = TRIGGER.search(text)
        summary = SUMMARY.search(text)
        if trigger and summary:
            dumps.append((number, trigger.group(1), int(summary.group(1))))
    counts: dict[str, list[int]] = {}
    for _number, name, count in sorted(dumps):
        counts.setdefault(name, []).append(count)
    return counts
