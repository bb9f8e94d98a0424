"""``--screenshots``: what the admin is told about the local store (issue 24).

The message after a damaged store was rebuilt, and the banner while nothing can be
saved. Both are the real widgets, shown for the session's real store with made-up news
(damaging the demo's store to get them would make the screenshots slow and fragile).
"""

from __future__ import annotations

from pathlib import Path

from desktop.bootstrap.controller import AppController
from desktop.bootstrap.shooting import save, settle
from desktop.store.damage import Carried


async def shoot_store_notices(controller: AppController, out_dir: Path, lang: str) -> None:
    store = controller.store
    if store is None:
        return
    notices = controller.store_notices
    aside = store.database.path.with_name(store.database.path.name + ".unusable-1796486946")
    notices.show_rebuilt(store, Carried(drafts=3, outbox=1, lost=True, aside=aside))
    await settle()
    box = notices.rebuilt_box
    if box is not None:
        save(box, out_dir, "store-rebuilt", lang)
        box.close()
    notices.show_unwritable(True)
    await settle()
    save(controller.window, out_dir, "store-unwritable", lang)
    notices.show_unwritable(False)
