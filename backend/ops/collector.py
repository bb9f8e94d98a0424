"""The garbage collector of a serving process (issue 22).

A ``serve`` process holds some 137,000 objects once started (modules, FastAPI's
routes and models, SQLAlchemy's mappers and compiled statements), and every
collection of the oldest generation walked them all: under 32 connections on a
shared machine such a pass stopped a worker for 40-290 ms (gc.callbacks timed in
bench/README.md, 2026-12-06 fifth round), and every request the worker held
waited for it, which is where the list and ticket pages' p99 came from. Objects
that exist when the service has started live as long as the process; frozen
(``gc.freeze``), the collector leaves them out of its passes, which then walk only
what came after. Garbage made before the freeze is collected first, so nothing
unreachable is kept.

Only ``serve`` does it (``backend.app.create_serving_app``): tests build many
apps in one process and should not keep each one's objects for good.
"""

from __future__ import annotations

import gc


def freeze_startup() -> None:
    gc.collect()
    gc.freeze()
