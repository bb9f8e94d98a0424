"""One ``httpx.AsyncClient`` speaking the Premium Support API, tokens included.

httpx (with ssl, http and email) is imported by the first request, not with this
module: the window opens on the cached list before anything is sent, and those
imports are a tenth of the start (bench/bench_offline.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from desktop.api.billing import (
    Booking,
    Charge,
    Entitlement,
    Offer,
    Plan,
    Quote,
    Slot,
    Subscription,
    Webinar,
)
from desktop.api.errors import (
    ApiError,
    CertificateRejected,
    ExtraCertificateUnusable,
    InvalidServerUrl,
    NotPremiumSupportServer,
    ProxyFailed,
    ServerUnreachable,
    SessionExpired,
    unreachable,
)
from desktop.api.models import (
    Attachment,
    Availability,
    HelpRequest,
    NewTicket,
    SearchPage,
    Team,
    Ticket,
    TicketPage,
    Tokens,
    Trend,
    User,
)
from desktop.api.network import NetworkOptions, proxy_display, proxy_for
from desktop.api.retry_after import retry_after_seconds

if TYPE_CHECKING:
    import ssl

    import httpx

TokensListener = Callable[[Tokens], None]
# Told after each request whether the service answered (True) or could not be reached
# (False: refused, reset, timed out): the window's one word on the connection.
ReachabilityListener = Callable[[bool], None]


def normalise_server_url(text: str) -> str:
    """``https://host[:port][/prefix]`` without a trailing slash; raises on anything else."""
    url = text.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidServerUrl(text)
    if parts.query or parts.fragment:
        raise InvalidServerUrl(text)
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        raise InvalidServerUrl(text) from exc
    return url


class ApiClient:
    """The service's API. Refreshes the access token by itself, once, when it expires."""

    def __init__(
        self,
        server_url: str,
        *,
        timeout: float = 15.0,
        transport: httpx.AsyncBaseTransport | None = None,
        network: NetworkOptions | None = None,
    ) -> None:
        """``network``: Settings → Network (a proxy, an extra CA); None: the system's only."""
        self.server_url = normalise_server_url(server_url)
        self._timeout = timeout
        self._network = network or NetworkOptions()
        # The proxy in the way (None: direct), to name it when it fails.
        self._proxy = proxy_for(self.server_url, self._network)
        self._transport = transport
        self._client: httpx.AsyncClient | None = None
        self._closed = False
        self._tokens: Tokens | None = None
        self._refreshing: asyncio.Lock = asyncio.Lock()
        self._listeners: list[TokensListener] = []
        self._reachability: list[ReachabilityListener] = []
        # The app's own local demo workspace: its errors name no address to check.
        self.local = False
        # Its service was given up: set by the app, said in the errors (ServerUnreachable).
        self.local_stopped = False
        # How far the service's clock is ahead of ours (a demo service may run in the past).
        self._clock_offset = timedelta(0)

    @property
    def user(self) -> User | None:
        return self._tokens.user if self._tokens else None

    def server_now(self) -> datetime:
        """The service's time now, as measured at the last health check."""
        return datetime.now(UTC) + self._clock_offset

    @property
    def refresh_token(self) -> str | None:
        return self._tokens.refresh_token if self._tokens else None

    def on_tokens(self, listener: TokensListener) -> None:
        """Be told of every new token pair (to keep the refresh token in the keyring)."""
        self._listeners.append(listener)

    def forget_token_listeners(self) -> None:
        """Tell no one of new tokens any more: a session being signed out keeps none."""
        self._listeners.clear()
        self._reachability.clear()

    def on_reachability(self, listener: ReachabilityListener) -> None:
        """Be told after each request whether the service answered or could not be reached."""
        self._reachability.append(listener)

    def _reached(self, answered: bool) -> None:
        for listener in list(self._reachability):
            listener(answered)

    def _unreachable(self, explained: ServerUnreachable) -> ServerUnreachable:
        """The failure, told to the listeners when it means "no service" (not a certificate
        or a proxy's refusal: those are no outage, and a retry does not mend them)."""
        explained.local = self.local
        explained.stopped = self.local and self.local_stopped
        if type(explained) is ServerUnreachable:
            self._reached(False)
        return explained

    @property
    def _http(self) -> httpx.AsyncClient:
        # Made on the first request: its TLS context costs ~25 ms, and an offline
        # start paints the cached list before anything is sent.
        if self._closed:
            raise RuntimeError("the API client was closed")
        if self._client is None:
            import httpx

            from desktop.api.network import tls_context

            secure = self.server_url.startswith("https:")
            try:
                verify: ssl.SSLContext | bool = (
                    tls_context(self._network.ca_file) if secure else True
                )
            except OSError as exc:  # ssl.SSLError too: the file moved, or is not PEM
                raise ExtraCertificateUnusable(
                    self.server_url, str(exc), path=self._network.ca_file
                ) from exc
            self._client = httpx.AsyncClient(
                base_url=f"{self.server_url}/v1",
                timeout=self._timeout,
                transport=self._transport,
                headers={"Accept": "application/json"},
                # The system's trust store and proxy, or the user's (desktop/api/network.py);
                # the environment's proxy variables are read there too.
                verify=verify,
                proxy=self._proxy,
                trust_env=False,
            )
        return self._client

    async def aclose(self) -> None:
        self._closed = True
        if self._client is not None:
            await self._client.aclose()

    # -- sign-in ---------------------------------------------------------------

    async def health(self) -> str:
        """The service's version; raises if the URL is not a Premium Support server."""
        response = await self._send("GET", "/health")
        try:
            body = response.json()
        except ValueError as exc:
            raise NotPremiumSupportServer(self.server_url) from exc
        if response.status_code != 200 or not isinstance(body, dict) or body.get("status") != "ok":
            raise NotPremiumSupportServer(self.server_url)
        if body.get("time"):
            server_now = datetime.fromisoformat(str(body["time"]).replace("Z", "+00:00"))
            self._clock_offset = server_now - datetime.now(UTC)
        return str(body.get("version", ""))

    async def sign_in(self, email: str, password: str) -> User:
        body = await self._json("POST", "/auth/token", json={"email": email, "password": password})
        return self._accept(Tokens.from_json(body))

    async def resume(self, refresh_token: str) -> User:
        """Sign in again with a stored refresh token (raises ``SessionExpired``)."""
        return self._accept(await self._refresh_with(refresh_token))

    def resume_offline(self, refresh_token: str, user: User) -> None:
        """Hold a stored session without reaching the service (it cannot be reached now).

        The access token is empty: the first request that gets through is refused
        with 401, which refreshes it, so the session continues by itself.
        """
        self._tokens = Tokens(access_token="", refresh_token=refresh_token, expires_in=0, user=user)

    async def sign_out(self) -> None:
        if self._tokens is None:
            return
        try:
            await self._authorized(
                "POST", "/auth/logout", json={"refresh_token": self._tokens.refresh_token}
            )
        finally:
            self._tokens = None

    # -- resources -------------------------------------------------------------

    async def me(self) -> User:
        return User.from_json(await self._authorized("GET", "/me"))

    async def tickets(
        self,
        *,
        scope: str = "mine",
        cursor: str | None = None,
        limit: int = 50,
        filters: dict[str, str] | None = None,
        updated_since: datetime | None = None,
    ) -> TicketPage:
        """A page of tickets; ``filters``: status, product, category, q (free text).

        With ``updated_since``: only tickets changed after it, oldest change first (sync).
        """
        params: dict[str, str | int] = {"scope": scope, "limit": limit}
        params.update({k: v for k, v in (filters or {}).items() if v})
        if updated_since is not None:
            params["updated_since"] = updated_since.astimezone(UTC).isoformat()
        if cursor:
            params["cursor"] = cursor
        return TicketPage.from_json(await self._authorized("GET", "/tickets", params=params))

    async def search_tickets(
        self,
        *,
        scope: str,
        text: str,
        filters: dict[str, str] | None = None,
        cursor: str | None = None,
        limit: int = 200,
    ) -> SearchPage:
        """A page of the tickets whose subject or any message holds ``text`` (issue 21),
        each with where it was found; ``filters``: status, product, category."""
        params: dict[str, str | int] = {"scope": scope, "limit": limit, "q": text}
        params.update({k: v for k, v in (filters or {}).items() if v and k != "q"})
        if cursor:
            params["cursor"] = cursor
        return SearchPage.from_json(await self._authorized("GET", "/tickets", params=params))

    async def trend(self, weeks: int = 12) -> Trend:
        return Trend.from_json(await self.trend_document(weeks))

    async def trend_document(self, weeks: int = 12) -> dict[str, Any]:
        body: dict[str, Any] = await self._authorized(
            "GET", "/tickets/trend", params={"weeks": weeks}
        )
        return body

    async def ticket(self, ticket_id: str) -> Ticket:
        return Ticket.from_json(await self.ticket_document(ticket_id))

    async def ticket_document(self, ticket_id: str) -> dict[str, Any]:
        """The ticket with its thread as the service sends it (for the local store)."""
        body: dict[str, Any] = await self._authorized("GET", f"/tickets/{ticket_id}")
        return body

    async def team(self) -> Team:
        return Team.from_json(await self.team_document())

    async def team_document(self) -> dict[str, Any]:
        body: dict[str, Any] = await self._authorized("GET", "/team")
        return body

    async def availability(self) -> tuple[Availability, ...]:
        body = await self._authorized("GET", "/support/availability")
        return tuple(Availability.from_json(item) for item in body["items"])

    async def create_ticket(self, draft: NewTicket, *, idempotency_key: str) -> dict[str, Any]:
        """The new ticket as the service sends it (thread included: kept as it is)."""
        body: dict[str, Any] = await self._authorized(
            "POST", "/tickets", json=draft.to_json(), headers={"Idempotency-Key": idempotency_key}
        )
        return body

    async def reply(
        self,
        ticket_id: str,
        body: str,
        *,
        idempotency_key: str,
        chat: bool = False,
        attachment_ids: tuple[str, ...] = (),
    ) -> None:
        path = f"/tickets/{ticket_id}/chat/messages" if chat else f"/tickets/{ticket_id}/messages"
        payload: dict[str, Any] = {"body": body}
        if attachment_ids:
            payload["attachment_ids"] = list(attachment_ids)
        await self._authorized(
            "POST", path, json=payload, headers={"Idempotency-Key": idempotency_key}
        )

    async def upload_attachment(self, path: Path) -> Attachment:
        """Upload one file (read on a worker thread: the GUI thread never waits on disk)."""
        content = await asyncio.to_thread(path.read_bytes)
        body = await self._authorized("POST", "/attachments", files={"file": (path.name, content)})
        return Attachment.from_json(body)

    async def download_attachment(self, attachment_id: str, target: Path) -> None:
        """Stream a file to ``target`` (written next to it first, renamed when complete)."""
        import httpx

        partial = target.with_name(target.name + ".part")
        for attempt in (1, 2):
            tokens = self._tokens
            if tokens is None:
                raise SessionExpired()
            request = self._http.build_request(
                "GET", f"/attachments/{attachment_id}", headers=self._bearer(tokens)
            )
            try:
                response = await self._http.send(request, stream=True)
            except httpx.TransportError as exc:
                raise await self._explain(exc) from exc
            self._reached(True)
            try:
                if response.status_code == 401 and attempt == 1:
                    await self._refreshed(tokens)
                    continue
                if not response.is_success:
                    await response.aread()
                    raise _problem(response)
                await asyncio.to_thread(target.parent.mkdir, parents=True, exist_ok=True)
                out = await asyncio.to_thread(partial.open, "wb")
                try:
                    async for chunk in response.aiter_bytes(256 * 1024):
                        await asyncio.to_thread(out.write, chunk)
                finally:
                    await asyncio.to_thread(out.close)
                await asyncio.to_thread(partial.replace, target)
                return
            except httpx.TransportError as exc:
                await asyncio.to_thread(partial.unlink, True)
                raise self._unreachable(unreachable(self.server_url, exc)) from exc
            finally:
                await response.aclose()

    async def help_request(self, draft: HelpRequest, *, idempotency_key: str) -> dict[str, Any]:
        body: dict[str, Any] = await self._authorized(
            "POST",
            "/help/requests",
            json=draft.to_json(),
            headers={"Idempotency-Key": idempotency_key},
        )
        return body

    # The writes below answer with the ticket as the service sends it: the caller keeps
    # that document (the local store holds threads as the service's JSON).

    async def set_status(self, ticket_id: str, status: str) -> dict[str, Any]:
        body: dict[str, Any] = await self._authorized(
            "PATCH", f"/tickets/{ticket_id}", json={"status": status}
        )
        return body

    async def end_chat(self, ticket_id: str) -> dict[str, Any]:
        body: dict[str, Any] = await self._authorized("POST", f"/tickets/{ticket_id}/chat/end")
        return body

    async def cancel_callback(self, ticket_id: str, *, keep_open: bool) -> dict[str, Any]:
        """R15: leave the call queue; ``keep_open`` leaves the ticket a written request."""
        body: dict[str, Any] = await self._authorized(
            "POST", f"/tickets/{ticket_id}/callback/cancel", json={"keep_open": keep_open}
        )
        return body

    async def rate_ticket(
        self, ticket_id: str, rating: str, comment: str | None = None
    ) -> dict[str, Any]:
        """Issue 21: rate a solved ticket good or bad; again to change it until closed."""
        payload: dict[str, Any] = {"rating": rating}
        if comment:
            payload["comment"] = comment
        body: dict[str, Any] = await self._authorized(
            "PUT", f"/tickets/{ticket_id}/satisfaction", json=payload
        )
        return body

    async def follower_documents(self, ticket_id: str) -> list[dict[str, Any]]:
        """Issue 21: the ticket's followers, oldest first (also in the ticket's JSON)."""
        body = await self._authorized("GET", f"/tickets/{ticket_id}/followers")
        return list(body["items"])

    async def add_follower(self, ticket_id: str, user_id: str) -> list[dict[str, Any]]:
        """Issue 21: make a teammate a follower (idempotent); the followers after it."""
        body = await self._authorized("PUT", f"/tickets/{ticket_id}/followers/{user_id}")
        return list(body["items"])

    async def remove_follower(self, ticket_id: str, user_id: str) -> list[dict[str, Any]]:
        """Issue 21: stop a follower's mails (idempotent); the followers after it."""
        body = await self._authorized("DELETE", f"/tickets/{ticket_id}/followers/{user_id}")
        return list(body["items"])

    async def team_member_documents(self) -> list[dict[str, Any]]:
        """Issue 21: the team's admins and members, by name (admins only)."""
        body = await self._authorized("GET", "/team/members")
        return list(body["items"])

    # -- insights and recommendations (R19, R20) ------------------------------------

    async def insights_document(
        self, first: date, last: date, scope: str = "team", open_now: bool = False
    ) -> dict[str, Any]:
        """Insights for whole UTC days ``first`` to ``last`` inclusive; scope team | mine.

        ``open_now``: the tickets open now instead, whenever opened (the days are ignored).
        """
        params = {"from": first.isoformat(), "to": last.isoformat(), "scope": scope}
        if open_now:
            params["period"] = "open_now"
        body: dict[str, Any] = await self._authorized("GET", "/insights", params=params)
        return body

    async def recommendations_document(self, language: str) -> dict[str, Any]:
        """In the app's language (en, ja or nl)."""
        params = {"lang": language}
        body: dict[str, Any] = await self._authorized("GET", "/recommendations", params=params)
        return body

    async def recommendation_feedback(self, key: str, verdict: str | None) -> None:
        """``done`` or ``not_useful``; None takes the verdict back."""
        path = f"/recommendations/{key}/feedback"
        if verdict is None:
            await self._authorized("DELETE", path)
        else:
            await self._authorized("PUT", path, json={"verdict": verdict})

    async def help_articles_document(
        self, text: str, language: str, product: str | None = None
    ) -> dict[str, Any]:
        """Up to three articles or videos matching ``text`` (a question being written);
        ``product``: the one it is about (none of the other's articles)."""
        params = {"q": text, "lang": language} | ({"product": product} if product else {})
        body: dict[str, Any] = await self._authorized("GET", "/help-articles", params=params)
        return body

    async def record_deflection(self, article_key: str, *, idempotency_key: str) -> None:
        """Records "This answered my question": counted for the team (insights)."""
        await self._authorized(
            "POST",
            "/deflections",
            json={"article_key": article_key},
            headers={"Idempotency-Key": idempotency_key},
        )

    # -- billing (R3, R8–R11) ----------------------------------------------------

    async def plan(self) -> Plan:
        return Plan.from_json(await self._authorized("GET", "/team"))

    async def addon_offer(self) -> Offer:
        return Offer.from_json(await self._authorized("GET", "/addon/offer"))

    async def addon_quote(self, product: str, tier: str) -> Quote:
        body = await self._authorized(
            "POST", "/addon/quote", json={"product": product, "tier": tier}
        )
        return Quote.from_json(body)

    async def buy_addon(self, quote_id: str) -> Subscription:
        body = await self._authorized("POST", "/addon/purchases", json={"quote_id": quote_id})
        return Subscription.from_json(body)

    async def schedule_removal(self, product: str) -> Subscription:
        return Subscription.from_json(await self._authorized("POST", f"/addon/{product}/removal"))

    async def undo_removal(self, product: str) -> Subscription:
        return Subscription.from_json(await self._authorized("DELETE", f"/addon/{product}/removal"))

    async def invoices(self) -> tuple[Charge, ...]:
        body = await self._authorized("GET", "/invoices")
        return tuple(Charge.from_json(item) for item in body["items"])

    async def contact_sales(self, message: str, phone: str | None) -> None:
        payload: dict[str, Any] = {"message": message}
        if phone:
            payload["phone"] = phone
        await self._authorized("POST", "/sales/contact", json=payload)

    async def entitlements(self) -> tuple[Entitlement, ...]:
        body = await self._authorized("GET", "/entitlements")
        return tuple(Entitlement.from_json(item) for item in body["items"])

    async def consultation_slots(self, product: str) -> tuple[Slot, ...]:
        body = await self._authorized("GET", "/consultations/slots", params={"product": product})
        return tuple(Slot.from_json(item) for item in body["items"])

    async def book_consultation(self, product: str, starts_at: datetime) -> Booking:
        body = await self._authorized(
            "POST",
            "/consultations",
            json={"product": product, "starts_at": starts_at.astimezone(UTC).isoformat()},
        )
        return Booking.from_json(body)

    async def webinars(self) -> tuple[Webinar, ...]:
        body = await self._authorized("GET", "/webinars")
        return tuple(Webinar.from_json(item) for item in body["items"])

    # -- live events -----------------------------------------------------------

    async def open_events(self, last_event_id: str | None, read_timeout: float) -> httpx.Response:
        """Open ``GET /v1/events``; the caller reads its lines and must ``aclose()`` it.

        ``read_timeout`` should cover a few of the server's heartbeats, so a
        connection that died silently is noticed.
        """
        if self._tokens is None:
            raise SessionExpired()
        headers = {"Accept": "text/event-stream"}
        if last_event_id:
            headers["Last-Event-ID"] = last_event_id
        tokens = self._tokens
        import httpx

        timeout = httpx.Timeout(10.0, read=read_timeout)
        for attempt in (1, 2):
            request = self._http.build_request(
                "GET", "/events", headers=self._bearer(tokens) | headers, timeout=timeout
            )
            try:
                response = await self._http.send(request, stream=True)
            except httpx.TransportError as exc:
                raise await self._explain(exc) from exc
            self._reached(True)
            if response.is_success:
                return response
            await response.aread()
            await response.aclose()
            if response.status_code != 401 or attempt == 2:
                raise _problem(response)
            tokens = await self._refreshed(tokens)
        raise AssertionError("unreachable")  # pragma: no cover

    # -- plumbing --------------------------------------------------------------

    def _accept(self, tokens: Tokens) -> User:
        self._tokens = tokens
        for listener in self._listeners:
            listener(tokens)
        return tokens.user

    async def _refresh_with(self, refresh_token: str) -> Tokens:
        try:
            body = await self._json("POST", "/auth/refresh", json={"refresh_token": refresh_token})
        except ApiError as exc:
            if exc.status == 401:
                raise SessionExpired() from exc
            raise
        return Tokens.from_json(body)

    async def _authorized(
        self, method: str, path: str, *, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> Any:
        if self._tokens is None:
            raise SessionExpired()
        used = self._tokens
        extra = headers or {}
        try:
            return await self._json(method, path, headers=self._bearer(used) | extra, **kwargs)
        except ApiError as exc:
            if exc.status != 401:
                raise
        tokens = await self._refreshed(used)
        return await self._json(method, path, headers=self._bearer(tokens) | extra, **kwargs)

    async def _refreshed(self, used: Tokens) -> Tokens:
        """The access token expired: refresh once (shared by concurrent calls)."""
        async with self._refreshing:
            if self._tokens is used:
                self._accept(await self._refresh_with(used.refresh_token))
        assert self._tokens is not None
        return self._tokens

    @staticmethod
    def _bearer(tokens: Tokens) -> dict[str, str]:
        if not tokens.access_token:
            return {}  # resumed offline: the 401 this earns refreshes the tokens
        return {"Authorization": f"Bearer {tokens.access_token}"}

    async def _json(self, method: str, path: str, **kwargs: Any) -> Any:
        response = await self._send(method, path, **kwargs)
        if response.status_code == 204:
            return None
        if response.is_success:
            return response.json()
        raise _problem(response)

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        import httpx

        try:
            response = await self._http.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise await self._explain(exc) from exc
        if response.status_code == 407 and self._proxy:
            # A plain-http server's requests go to the proxy itself, which answers 407.
            raise ProxyFailed(
                self.server_url,
                "407 Proxy Authentication Required",
                proxy=proxy_display(self._proxy),
                problem="authentication",
            )
        self._reached(True)
        return response

    async def _explain(self, error: httpx.TransportError) -> ServerUnreachable:
        """The transport error as the user needs it (which certificate, or which proxy),
        told to the reachability listeners."""
        return self._unreachable(await self._explained(error))

    async def _explained(self, error: httpx.TransportError) -> ServerUnreachable:
        import httpx

        explained = unreachable(self.server_url, error)
        if isinstance(explained, CertificateRejected):
            from desktop.api.certificates import with_presented_certificate

            return await with_presented_certificate(explained, self._proxy, self._timeout)
        if self._proxy is None:
            return explained
        proxy = proxy_display(self._proxy)
        if isinstance(error, httpx.ProxyError):
            # httpcore says "<status> <reason>" of the proxy's answer to CONNECT. Some
            # proxies (tinyproxy) answer wrong credentials with 401 instead of 407.
            status = str(error).split(" ", 1)[0]
            problem = "authentication" if status in ("407", "401") else "refused"
            return ProxyFailed(self.server_url, str(error), proxy=proxy, problem=problem)
        if isinstance(error, httpx.ConnectError | httpx.ConnectTimeout) and not _tls_failed(error):
            # Through a proxy the only connection the client opens is to the proxy.
            return ProxyFailed(self.server_url, str(error), proxy=proxy, problem="no_answer")
        return explained


def _tls_failed(error: BaseException) -> bool:
    """Whether the handshake with the server failed (the proxy did answer then)."""
    import ssl

    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _problem(response: httpx.Response) -> ApiError:
    try:
        body = response.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        return ApiError(
            status=response.status_code,
            code="http_error",
            title=response.reason_phrase,
            # A proxy's or a load balancer's 503 has no problem+json but may say when.
            retry_after=retry_after_seconds(response.headers.get("Retry-After")),
        )
    return ApiError(
        status=response.status_code,
        code=str(body.get("code", "http_error")),
        title=str(body.get("title", "")),
        detail=str(body.get("detail", "")),
        fields=tuple(
            str(e.get("field", "")) for e in body.get("errors", ()) if isinstance(e, dict)
        ),
        retry_after=retry_after_seconds(response.headers.get("Retry-After")),
    )
