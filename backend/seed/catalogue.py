"""Help-centre catalogue behind Recommendations (R19) and the suggested articles, read from
``data/catalogue.toml``: articles, videos and courses in English, Japanese and Dutch.

Seed data only. ``popularity`` ranks items across all customers; the top of that ranking is
what a team with no tickets yet is shown.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from backend.seed.catalogue_spec import CatalogueItem, Localized

DATA = Path(__file__).with_name("data") / "catalogue.toml"


def _localized(texts: dict[str, str]) -> Localized:
    return Localized(en=texts["en"], ja=texts["ja"], nl=texts["nl"])


def _item(entry: dict[str, Any]) -> CatalogueItem:
    return CatalogueItem(
        key=entry["key"],
        kind=entry["kind"],
        category=entry["category"],
        product=entry["product"],
        url=entry["url"],
        title=_localized(entry["title"]),
        summary=_localized(entry["summary"]),
        popularity=entry["popularity"],
        minutes=entry.get("minutes"),
    )


def load(path: Path = DATA) -> tuple[CatalogueItem, ...]:
    with path.open("rb") as file:
        return tuple(_item(entry) for entry in tomllib.load(file)["item"])


CATALOGUE: tuple[CatalogueItem, ...] = load()
