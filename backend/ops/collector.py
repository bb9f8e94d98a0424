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

Then the youngest generation's threshold is raised (``GEN0_THRESHOLD``). The
service's requests make next to no cyclic garbage (their objects are freed by
reference counting), but a worker holding ~16 requests in flight has ~700 of
their objects alive at any moment, so the default threshold of 700 started a pass
every ~20 requests: 40-80 passes a second a worker, each promoting the objects of
the requests in flight, which then died in the older generations and brought a
full pass (2-36 ms, the worker's requests all held) every 1-4 s (gc.callbacks
under wrk, bench/README.md, session 27). At 10,000 the passes are rare; each still
walks only the objects alive (the count is allocations less deallocations), and
cyclic garbage waits for at most 10,000 such objects before it is collected.

Only ``serve`` does it (``backend.app.create_serving_app``): tests build many
apps in one process and should not keep each one's objects for good.
"""

from __future__ import annotations

import gc

GEN0_THRESHOLD = 10_000


def freeze_startup() -> None:
    gc.collect()
    gc.freeze()
    young, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(GEN0_THRESHOLD, young), gen1, gen2)
