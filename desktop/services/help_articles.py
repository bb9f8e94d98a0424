"""Help articles suggested while a question is written, and "This answered my question"
(issue 21, deflection)."""

from __future__ import annotations

import asyncio
import uuid
from typing import TYPE_CHECKING, NamedTuple

from desktop.api.errors import ServerUnreachable

if TYPE_CHECKING:
    from desktop.api.client import ApiClient

# "This answered my question" is sent again once, a moment later, if no answer came.
ANSWER_ATTEMPTS = 2
RETRY_SECONDS = 1.0
# Enough of the description to find articles by; the service refuses more than 2000.
MAX_TEXT = 1500


class HelpArticle(NamedTuple):
    key: str
    kind: str  # article | video
    title: str
    url: str
    summary: str


class ArticleFinder:
    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def suggest(
        self, text: str, language: str, product: str | None = None
    ) -> list[HelpArticle]:
        """Matching articles in ``language`` (of ``product`` if given); raises
        ServiceError (offline included)."""
        text = text.strip()[:MAX_TEXT]
        if not text:
            return []
        document = await self._client.help_articles_document(text, language, product)
        return [
            HelpArticle(
                key=str(i["key"]),
                kind=str(i["kind"]),
                title=str(i["title"]),
                url=str(i["url"]),
                summary=str(i["summary"]),
            )
            for i in document.get("items", [])
        ][:3]

    async def answered(self, article_key: str) -> bool:
        """Count it for the team, once; False when no answer came back.

        Tried again under the same key: a count whose answer was lost is not counted
        twice. False does not mean "not counted" (a lost answer may have been).
        """
        key = str(uuid.uuid4())
        for attempt in range(ANSWER_ATTEMPTS):
            try:
                await self._client.record_deflection(article_key, idempotency_key=key)
            except ServerUnreachable:
                if attempt + 1 < ANSWER_ATTEMPTS:
                    await asyncio.sleep(RETRY_SECONDS)
                continue
            return True
        return False
