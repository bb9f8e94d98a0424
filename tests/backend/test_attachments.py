"""Attachments: upload, attach, download by the owning team only, and the size limits."""

from __future__ import annotations

import httpx

from tests.backend.conftest import sign_in
from tests.support.tickets import sync_request

MB = 1024 * 1024


async def test_upload_attach_and_download(api: httpx.AsyncClient, ava: dict[str, str]) -> None:
    content = b"Conflict log\n" * 1000
    upload = await api.post(
        "/attachments", files={"file": ("sync log ü.txt", content, "text/plain")}, headers=ava
    )
    assert upload.status_code == 201, upload.text
    attachment = upload.json()
    assert (attachment["filename"], attachment["size"]) == ("sync log ü.txt", len(content))

    ticket = await api.post(
        "/tickets",
        json=sync_request(
            subject="Conflicted copies", body="Log attached.", attachment_ids=[attachment["id"]]
        ),
        headers=ava,
    )
    assert ticket.status_code == 201, ticket.text
    assert ticket.json()["messages"][0]["attachments"] == [attachment]

    download = await api.get(f"/attachments/{attachment['id']}", headers=ava)
    assert download.status_code == 200
    assert download.content == content
    assert download.headers["content-type"].startswith("text/plain")
    assert (
        download.headers["content-disposition"]
        == "attachment; filename*=UTF-8''sync%20log%20%C3%BC.txt"
    )

    reuse = await api.post(
        "/tickets",
        json=sync_request(subject="Again", body="Same file", attachment_ids=[attachment["id"]]),
        headers=ava,
    )
    assert reuse.status_code == 422 and reuse.json()["code"] == "attachment_not_found"

    tia = await sign_in(api, "tia@tiny.example")
    assert (await api.get(f"/attachments/{attachment['id']}", headers=tia)).status_code == 404


async def test_attachment_over_25_mb_is_refused(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    big = b"\0" * (25 * MB + 1)
    response = await api.post("/attachments", files={"file": ("big.bin", big)}, headers=ava)
    assert response.status_code == 413
    assert response.json()["code"] == "attachment_too_large"


async def test_request_over_30_mb_is_refused_before_reading(
    api: httpx.AsyncClient, ava: dict[str, str]
) -> None:
    huge = b"\0" * (31 * MB)
    response = await api.post("/attachments", files={"file": ("huge.bin", huge)}, headers=ava)
    assert response.status_code == 413
    assert response.json()["code"] == "request_too_large"
