"""Recommendations (R19): what to read, watch or learn next, from the team's tickets.

Each catalogue item scores by how many of the team's recent tickets share its
category (the last 30 days count double), a little more when its product is
the one those tickets were about, and its popularity breaks ties. With no
tickets yet, the most popular items come first (``basis: popular``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from backend.seed.catalogue_spec import CatalogueItem

RECENT_WEIGHT = 2.0
PRODUCT_MATCH_BONUS = 0.5
LIMIT = 12


@dataclass(frozen=True)
class TicketCount:
    category: str
    product: str
    recent: int  # in the last 30 days
    older: int  # before that, within the history window


@dataclass(frozen=True)
class Ranked:
    item: CatalogueItem
    score: float
    reason_category: str | None
    # How many of the team's tickets share that category: "because of 5 tickets about …".
    reason_tickets: int = 0


def rank(
    catalogue: Sequence[CatalogueItem],
    history: Iterable[TicketCount],
    limit: int = LIMIT,
    dismissed: Collection[str] = (),
) -> tuple[str, list[Ranked]]:
    """The basis (``history`` or ``popular``) and the best items, best first.

    ``dismissed``: keys the admin marked done or not useful; they make room for others.
    """
    catalogue = [i for i in catalogue if i.key not in dismissed]
    weight_by_category: dict[str, float] = {}
    weight_by_pair: dict[tuple[str, str], float] = {}
    tickets_by_category: dict[str, int] = {}
    for row in history:
        tickets_by_category[row.category] = (
            tickets_by_category.get(row.category, 0) + row.recent + row.older
        )
        weight = RECENT_WEIGHT * row.recent + row.older
        weight_by_category[row.category] = weight_by_category.get(row.category, 0.0) + weight
        weight_by_pair[(row.category, row.product)] = weight
    if not weight_by_category:
        popular = sorted(catalogue, key=lambda i: (-i.popularity, i.key))[:limit]
        return "popular", [Ranked(i, float(i.popularity), None) for i in popular]
    ranked = []
    for item in catalogue:
        base = weight_by_category.get(item.category, 0.0)
        if base == 0:
            continue
        products = ("dropbox", "dash") if item.product == "both" else (item.product,)
        matched = max(weight_by_pair.get((item.category, p), 0.0) for p in products)
        score = base + PRODUCT_MATCH_BONUS * matched + item.popularity / 1000
        ranked.append(Ranked(item, score, item.category, tickets_by_category.get(item.category, 0)))
    ranked.sort(key=lambda r: (-r.score, r.item.key))
    if len(ranked) < limit:  # fill up with what is popular
        chosen = {r.item.key for r in ranked}
        extra = sorted(
            (i for i in catalogue if i.key not in chosen), key=lambda i: (-i.popularity, i.key)
        )
        ranked.extend(Ranked(i, float(i.popularity) / 1000, None) for i in extra)
    return "history", ranked[:limit]
