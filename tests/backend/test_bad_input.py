"""Whitespace is not text: every route taking what a person wrote answers 422 blank_text."""

from __future__ import annotations

import httpx
import pytest

from tests.backend.conftest import sign_in
from tests.support.tickets import sync_request

BLANKS = ["   ", "\n\t ", "\u3000\u3000"]  # the last: ideographic spaces from a Japanese IME


def _request(**overrides: object) -> dict[str, object]:
    subject = "Guests cannot open a shared link"
    body = "Since this morning our guests see an error."
    return sync_request(category="sharing", subject=subject, body=body) | overrides


def _assert_blank(response: httpx.Response, field: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["code"] == "blank_text" and problem["field"] == field
    assert field in problem["detail"]


@pytest.mark.parametrize("blank", BLANKS)
@pytest.mark.parametrize("field", ["subject", "body"])
async def test_new_ticket_with_blank_text_is_refused(
    api: httpx.AsyncClient, ava: dict[str, str], field: str, blank: str
) -> None:
    before = (await api.get("/tickets", params={"limit": 1}, headers=ava)).json()["items"]
    _assert_blank(await api.post("/tickets", json=_request(**{field: blank}), headers=ava), field)
    after = (await api.get("/tickets", params={"limit": 1}, headers=ava)).json()["items"]
    assert after == before


async def test_blank_reply_and_chat_line_are_refused(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    ticket = (await api.post("/tickets", json=_request(), headers=ava)).json()
    reply = await api.post(f"/tickets/{ticket['id']}/messages", json={"body": " \n "}, headers=ava)
    _assert_blank(reply, "body")
    chat = (await api.post("/tickets", json=_request(channel="chat"), headers=ava)).json()
    line = await api.post(f"/tickets/{chat['id']}/chat/messages", json={"body": "\t"}, headers=ava)
    _assert_blank(line, "body")
    agent = await sign_in(api, "agent@vendor.example")
    answer = await api.post(
        f"/agent/tickets/{ticket['id']}/messages", json={"body": "  "}, headers=agent
    )
    _assert_blank(answer, "body")
    kept = (await api.get(f"/tickets/{ticket['id']}", headers=ava)).json()
    assert len(kept["messages"]) == 1
    # Text with spaces around it is still text.
    fine = await api.post(f"/tickets/{ticket['id']}/messages", json={"body": "  ok  "}, headers=ava)
    assert fine.status_code == 201, fine.text


async def test_blank_help_request_and_sales_message_are_refused(api: httpx.AsyncClient) -> None:
    mia = await sign_in(api, "mia@northwind.example")
    help_request = {"product": "dropbox", "category": "sync", "subject": "Sync", "body": " "}
    _assert_blank(await api.post("/help/requests", json=help_request, headers=mia), "body")
    ivan = await sign_in(api, "ivan@invoice.example")
    sales = await api.post("/sales/contact", json={"message": "\u3000"}, headers=ivan)
    _assert_blank(sales, "message")
