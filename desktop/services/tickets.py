"""Reading tickets: the My tickets list in pages, and one ticket with its thread."""

from __future__ import annotations

from desktop.api.client import ApiClient
from desktop.api.models import Ticket, TicketPage

PAGE_SIZE = 50


class TicketService:
    def __init__(self, client: ApiClient) -> None:
        self._client = client

    async def my_tickets(self, cursor: str | None = None) -> TicketPage:
        return await self._client.tickets(scope="mine", cursor=cursor, limit=PAGE_SIZE)

    async def ticket(self, ticket_id: str) -> Ticket:
        return await self._client.ticket(ticket_id)
