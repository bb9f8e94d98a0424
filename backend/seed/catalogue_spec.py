"""The shape of the help catalogue behind recommendations (R19)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Localized:
    en: str
    ja: str
    nl: str

    def get(self, locale: str) -> str:
        return {"ja": self.ja, "nl": self.nl}.get(locale, self.en)


@dataclass(frozen=True)
class CatalogueItem:
    key: str  # stable, unique, kebab-case
    kind: str  # article | video | course
    category: str  # one of backend.domain.tickets.CATEGORIES
    product: str  # dropbox | dash | both
    url: str  # https://help.example.com/...
    title: Localized
    summary: Localized
    # How often it is read across all customers (0-100): the "popular" ranking.
    popularity: int
    # How long a video or course takes, in minutes; an article's reading time is not known.
    minutes: int | None = None
