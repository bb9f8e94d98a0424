"""Load Qt without PySide's watch on every later import: the app's first Qt import.

Once loaded, PySide6 replaces ``builtins.__import__`` with its own, for the
opt-in ``from __feature__ import snake_case, true_property``: after every
import statement it calls back into Python, and the first time a module is
named, it reads that module's whole source (``inspect.getsource``) to learn
whether it mentions PySide6. A start names dozens of modules after Qt is loaded, the
standard library's too, and paid 5-9 % of a bare window's start for it
(bench/README.md, session 8). The app uses no ``__feature__``
(tests/desktop/test_qt_import.py checks), so the import PySide keeps underneath
(``__orig_import__``, which creates Qt's types lazily) is put back.

Called first thing by ``desktop.__main__`` and by whatever starts the app the
same way (the bench's probe, the tests): had anything loaded Qt earlier, PySide
would have watched the imports in between.
"""

from __future__ import annotations

import builtins


def load_qt() -> None:
    """Import QtCore, then drop PySide's ``__feature__`` import hook if it installed one."""
    import PySide6.QtCore  # noqa: F401 - loading it installs the hook

    hook = getattr(builtins, "__feature_import__", None)
    underneath = getattr(builtins, "__orig_import__", None)
    # Only PySide's own hook is replaced, by what it calls itself: a PySide that changes
    # how it imports, or another hook set up since, is left alone.
    if hook is not None and underneath is not None and builtins.__import__ is hook:
        builtins.__import__ = underneath


def start_the_app_s_way() -> None:
    """What ``desktop.__main__`` does before the app's modules: automatic cycle collection
    off, then ``load_qt``. A start makes tens of thousands of objects and few cycles; the
    collector ran ~40 times over them before the first paint (~1 % of the start's
    instructions, bench/README.md). Once the window is painted, ``run`` hands collection to
    the GUI thread's timer (``main_thread_gc``), which keeps automatic collection off for
    good."""
    import gc

    gc.disable()
    load_qt()


def feature_hook_active() -> bool:
    """Whether PySide's ``__feature__`` hook watches imports (for tests and the probes)."""
    hook = getattr(builtins, "__feature_import__", None)
    return hook is not None and builtins.__import__ is hook
