"""The shape of what the built-in demo agent says (``serve --demo-agent``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CategoryAnswers:
    """Helpful first answers for one category of issue, per ticket language."""

    category: str  # one of backend.domain.tickets.CATEGORIES
    # First answer to a written request (request / e-mail). Two or three options
    # each, 3-6 sentences, concrete steps; "{name}" is the submitter's first name.
    request_en: tuple[str, ...]
    request_ja: tuple[str, ...]
    # Live chat lines after joining: a few short lines the agent sends one by one.
    chat_en: tuple[str, ...]
    chat_ja: tuple[str, ...]
