"""The composition root: local mode or a server, sign-in, settings, sign-out, shutdown."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.api.client import normalise_server_url
from desktop.api.errors import ServerUnreachable, SessionExpired
from desktop.api.models import User
from desktop.api.network import proxy_account, split_proxy_password
from desktop.bootstrap.cached_start import ME_KEY, CachedSession
from desktop.bootstrap.store_location import store_path
from desktop.services.credentials import CredentialStore
from desktop.services.live_cursor import LiveCursor
from desktop.services.live_events import LiveEvents
from desktop.services.local_server import DEMO_EMAIL, DEMO_PASSWORD, LocalServer, LocalServerFailed
from desktop.services.session import SessionService, SignedIn
from desktop.services.tickets import TicketService
from desktop.store.account import AccountStore
from desktop.ui.live.network_watch import NetworkWatch
from desktop.ui.notices.connection_indicator import ConnectionState
from desktop.ui.notices.messages import ErrorPresenter
from desktop.ui.notices.store_notices import StoreNotices
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.first_paint import painted
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.tasks import TaskRunner
from desktop.ui.shell.window_place import WindowPlace, place_of, return_to
from desktop.ui.text.error_text import describe
from desktop.ui.text.i18n import LanguageSwitcher, account_language, system_language
from desktop.ui.tickets.links.ticket_links import TicketLinks

# The dialogs are imported when first opened: a stored session starts without them.
if TYPE_CHECKING:
    from desktop.ui.session.sign_in_dialog import SignInDialog, SignInRequest
    from desktop.ui.session.sign_out_confirmation import SignOutConfirmation
    from desktop.ui.settings.settings_dialog import SettingsChange, SettingsDialog

log = logging.getLogger(__name__)

LOCAL_DIR = "local-workspace"
# Stands for the local workspace's address in the name of its store (the port varies).
LOCAL_STORE_SERVER = "local-workspace"


class AppController(QObject):
    def __init__(
        self,
        *,
        settings: AppSettings,
        languages: LanguageSwitcher,
        data_dir: Path,
        credentials: CredentialStore,
        window: MainWindow | None = None,
        cached: CachedSession | None = None,
    ) -> None:
        """``window``: made and painted already (bootstrap/app.py), on ``cached``'s tickets."""
        super().__init__()
        self.settings = settings
        self.languages = languages
        self.data_dir = data_dir
        self.credentials = credentials
        self.errors = ErrorPresenter(self._dialog_parent)
        self.tasks = window.tasks if window is not None else TaskRunner(self.errors.show)
        self.tasks.route_errors_to(self.errors.show)
        # The kept session the window shows, with its store open for reading.
        self._cached = cached
        # Settings → Network is read for each new connection (desktop/api/network.py).
        self.sessions = SessionService(credentials, network=settings.network_options)
        self.local_server: LocalServer | None = None
        self.signed_in: SignedIn | None = None
        # A session started from the cache whose user the service has not confirmed yet.
        self._unconfirmed: SignedIn | None = None
        # Whether the session shown was opened from the cache (not from an answer).
        self.opened_from_cache = False
        self.sign_in_dialog: SignInDialog | None = None
        # The e-mail address last signed in with or typed, for the form's next opening:
        # the local workspace keeps none in the settings.
        self._last_email = ""
        self.settings_dialog: SettingsDialog | None = None
        self.sign_out_box: SignOutConfirmation | None = None
        self._live: asyncio.Task[None] | None = None
        self.live_events: LiveEvents | None = None
        self._cursor: LiveCursor | None = None
        self.service: TicketService | None = None
        self.store: AccountStore | None = None
        self.network = NetworkWatch(self)
        self.network.back_online.connect(self.reconnect_now)

        self.window = window if window is not None else MainWindow(self.tasks, settings)
        # A ticket link (a mail's, another start's) waits here until a session can show it.
        self.ticket_links = TicketLinks(self.window)
        self.window.settings_requested.connect(self.open_settings)
        self.window.server_settings_requested.connect(lambda: self.open_settings(focus_server=True))
        self.window.sign_out_requested.connect(self.ask_sign_out)
        self.window.sign_in_requested.connect(self.open_sign_in)
        self.window.reconnect_requested.connect(self.reconnect_now)
        self.window.local_restart_requested.connect(self.restart_local)
        self.window.live_feed.connection_changed.connect(self._connection_changed)
        self.store_notices = StoreNotices(self.window, self.tasks)

    # -- start ---------------------------------------------------------------------

    def start(self) -> None:
        self.window.show()
        self.tasks.run(self._connect(), on_error=self._connect_failed, name="connect")

    async def _connect(self) -> None:
        await self._load_proxy_password()
        server_url = self.settings.server_url
        if not server_url:
            await self._start_local()
            return
        self.window.show_connecting(server=server_url, local=False)
        email = self.settings.last_email
        restored = None
        if email and self.settings.keep_signed_in:
            # Offline first: a stored session with a cache opens on the cache at once,
            # and the service is asked who is signed in while the window is already there.
            cached = await self._restore_from_cache(server_url, email)
            if cached is not None:
                signed_in, store = cached
                await self._accept_session(signed_in, local=False, cached_in=store)
                return
            # No cache yet: the service decides (unreachable ends in the sign-in dialog).
            restored = await self.sessions.restore(server_url=server_url, email=email)
        if restored is None:
            self.window.show_signed_out()
            self.open_sign_in()
        else:
            await self._accept_session(restored, local=False)

    async def _restore_from_cache(
        self, server_url: str, email: str
    ) -> tuple[SignedIn, AccountStore] | None:
        """The stored session and its open store, if both are there; nothing is sent."""
        cached, self._cached = self._cached, None
        if cached is not None and cached.matches(server_url, email):
            # Opened for the first paint: the same file, now written to as well.
            store = AccountStore.of(cached.database)
            user: User | None = cached.user
        else:
            if cached is not None:
                cached.database.close_unused()
            path = store_path(self.data_dir, server_url, email)
            if not path.exists():
                return None
            store = await AccountStore.open(path)
            me = store.snapshots.get(ME_KEY)
            user = User.from_json(me) if me is not None else None
        signed_in = None
        if user is not None:
            signed_in = await self.sessions.restore_offline(
                server_url=server_url, email=email, user=user
            )
        if signed_in is None:
            await store.close()
            return None
        return signed_in, store

    async def _start_local(self) -> None:
        """Local mode: start the bundled service, sign in as the demo admin."""
        self.window.show_connecting(server="", local=True)
        server = self.local_server or await self._local_server_started()
        await self._accept_session(await self._signed_in_locally(server), local=True)

    async def _local_server_started(self) -> LocalServer:
        """A fresh bundled service, running (or nothing kept of it if it would not start)."""
        server = LocalServer(
            self.data_dir / LOCAL_DIR,
            on_failure=self._local_server_failed,
            on_restarting=self._local_server_restarting,
        )
        self.local_server = server
        try:
            await server.start()
        except BaseException:
            self.local_server = None
            await server.stop()
            raise
        return server

    async def _signed_in_locally(self, server: LocalServer) -> SignedIn:
        return await self.sessions.sign_in(
            server_url=server.url,
            email=DEMO_EMAIL,
            password=DEMO_PASSWORD,
            remember=False,  # nothing to keep: local mode signs in by itself
        )

    async def _signed_in_again(self, server: LocalServer) -> SignedIn:
        """Whoever was signed in, signed in again on the fresh service: a member who had
        signed in (Mia, for Get help) came back as the demo admin, unasked (newcomer 29).
        The demo admin when no one else was; a session that cannot be resumed fails as
        any start does (never the admin in its place)."""
        old = self.signed_in
        if old is not None and old.user.email != DEMO_EMAIL:
            return await self.sessions.moved(old, server_url=server.url)
        return await self._signed_in_locally(server)

    def _connect_failed(self, error: BaseException) -> None:
        local = not self.settings.server_url
        if local and isinstance(error, ServerUnreachable):
            error.local = True  # the app's own service: no address for the admin to check
        if local and isinstance(error, LocalServerFailed):
            # Started again, and it did not start: the banner says why and offers it again
            # (no box over it, newcomer 27).
            self.window.show_connection_failed(server="", local=True, failure=error)
            return
        self.window.show_connection_failed(server=self.settings.server_url, local=local)
        if local:
            self.errors.show(error)
        else:
            self.window.show_signed_out()
            self.open_sign_in(error_text=describe(error).text)

    def _local_server_restarting(self, restarting: bool) -> None:
        """A crash being restarted is said as such (the window said "Offline … trying
        again", newcomer 29); restarted, the stream and the outbox try it at once."""
        self.window.connection.set_restarting(restarting)
        if not restarting and self.local_server is not None and not self.local_server.failed:
            self.reconnect_now()

    def _local_server_failed(self, failure: LocalServerFailed) -> None:
        # It gave up and never serves again: kept, it made every way back (Try again, the
        # local workspace chosen again) ask its dead port until the app was restarted.
        server, self.local_server = self.local_server, None
        if self.signed_in is not None:
            self.signed_in.client.local_stopped = True  # its errors now say Start it again
        if server is not None:  # a start that timed out may have left its process running
            self.tasks.run(server.stop(), name="local-server-stop")
        # The banner says why, and is the way back: no modal box over it (newcomer 27: the
        # box said "send the details below to support", the details were access lines).
        self.window.show_connection_failed(server="", local=True, failure=failure)

    def restart_local(self) -> None:
        """Local mode whose service is not running: a fresh one, signed in again."""
        if self.settings.server_url or self.local_server is not None:
            return  # not local mode, or its service is running (or starting)
        if self.window.connection.state is not ConnectionState.FAILED:
            return  # being started already (between the session dropped and the new one)
        self.tasks.run(self._restart_local(), on_error=self._connect_failed, name="restart-local")

    async def _restart_local(self) -> None:
        """The window stays as it was while the fresh service starts (its pages, what they
        have cached; the banner says it is starting), and the same page comes back after:
        a new session opens on My tickets, and the admin had pressed it on Insights."""
        place = place_of(self.window)
        self.window.local_stopped_banner.show_starting(True)
        # The given-up service's stream and requests are not tried again: not "Offline …
        # trying again" beside "Starting", but the word of the start.
        self.window.connection.set_live(True)
        self.window.connection.set_state(ConnectionState.CONNECTING, server="", local=True)
        await self._stop_live()
        server = await self._local_server_started()
        signed_in = await self._signed_in_again(server)
        await self._drop_session()  # the old one's client asks a port nobody serves
        await self._accept_session(signed_in, local=True, place=place)

    async def _accept_session(
        self,
        signed_in: SignedIn,
        *,
        local: bool,
        cached_in: AccountStore | None = None,
        place: WindowPlace | None = None,
    ) -> None:
        """Show the session; ``cached_in``: opened from this store's cache, with the user as
        last seen, which the service confirms in the background; ``place``: the page (and
        ticket) to show rather than the session's first."""
        cached = cached_in is not None
        self.signed_in = signed_in
        client = signed_in.client
        client.local = local
        # Every request says whether the service answered: the window's one word on the
        # connection (the status bar, the offline banner, the pages) follows the latest.
        client.on_reachability(lambda answered: self._request_answered(client, answered))
        self._last_email = signed_in.user.email
        self._follow_account_language(signed_in.user)
        self.opened_from_cache = cached
        self._unconfirmed = signed_in if cached else None
        if cached_in is not None:
            store = self.store = cached_in
        else:
            # The local workspace's port changes with every start; its store must not.
            store_server = LOCAL_STORE_SERVER if local else signed_in.client.server_url
            store = await AccountStore.open(
                store_path(self.data_dir, store_server, signed_in.user.email)
            )
            if self.signed_in is not signed_in:
                await store.close()  # signed out while it opened: the sign-out closed none
                return
            self.store = store
            await store.snapshots.save(ME_KEY, signed_in.user.to_json())
            if self.signed_in is not signed_in:
                return  # signed out meanwhile: the sign-out closed the store
        service = TicketService(signed_in.client, store, cache_dir=self.data_dir / "attachments")
        self.service = service
        self._show_session(signed_in, service, local=local)
        if place is not None:
            # Before the first paint is waited for: My tickets never flashes in between.
            self.window.first_paint.mark_painted()
            return_to(self.window, place)
            self.window.first_paint.rearm(self.window.content())
        self.store_notices.watch(store)
        await painted(self.window)  # what the store has is on screen before any request
        if self.signed_in is not signed_in:
            return  # signed out (or switched) meanwhile: nothing of this session may start
        # Every page read once, beside the first requests: damage is found now, not later.
        self.tasks.run(store.database.check(), name="check-store")
        if cached:
            self._confirm(signed_in, service)
        if signed_in.remembered:
            self.tasks.run(self._check_keyring(), name="check-keyring")
        # What was sent before a restart (or a crash) goes out now, in order.
        self.tasks.run(service.outbox.session_restored(), name="outbox")
        # The unread marks and the stream's place, as the last session left them.
        self.window.unread_keeper.attach(store)
        cursor = self._cursor = LiveCursor(
            store.snapshots, lambda job: self.tasks.run(job, name="live-cursor")
        )
        self.live_events = LiveEvents(
            signed_in.client,
            self.window.live_feed,
            last_event_id=cursor.kept(),
            handled=cursor.moved,
            alive=self.window.live_feed.stream_alive,
        )
        self._live = self.tasks.run(
            self.live_events.run(), on_error=self._live_failed, name="live-events"
        )

    @property
    def session_confirmed(self) -> bool:
        """Signed in, and the service agrees who is (at once unless opened from the cache)."""
        return self.signed_in is not None and self._unconfirmed is None

    def _show_session(self, signed_in: SignedIn, service: TicketService, *, local: bool) -> None:
        # Billing and Insights are imported here, not at start: not needed to open the window.
        from desktop.services.billing import BillingService
        from desktop.services.insights import InsightsService

        assert self.store is not None
        self.window.show_session(
            signed_in.user,
            service,
            server=signed_in.client.server_url,
            local=local,
            billing=BillingService(signed_in.client),
            insights=InsightsService(signed_in.client, self.store.snapshots),
            confirmed=self._unconfirmed is None,
        )
        self.ticket_links.session_shown()

    def _confirm(self, signed_in: SignedIn, service: TicketService) -> None:
        self.tasks.run(
            self._confirm_user(signed_in, service),
            on_error=self._confirm_failed,
            name="confirm-user",
        )

    async def _confirm_user(self, signed_in: SignedIn, service: TicketService) -> None:
        """The cached session's user, as the service knows them now (a role may have changed)."""
        try:
            user = await signed_in.client.me()
        except Exception:
            if self.signed_in is not signed_in:
                return  # that session is over (signed out, switched, quitting): nothing to say
            raise
        if self.signed_in is not signed_in or self.store is None:
            return  # signed out or switched meanwhile
        self._unconfirmed = None
        await self.store.snapshots.save(ME_KEY, user.to_json())
        if user != signed_in.user:
            self.signed_in = signed_in = SignedIn(signed_in.client, user, signed_in.remembered)
            self._follow_account_language(user)
            self._show_session(signed_in, service, local=False)
        else:
            self.window.show_confirmed(user, server=signed_in.client.server_url)

    def _confirm_failed(self, error: BaseException) -> None:
        if isinstance(error, SessionExpired):
            self._live_failed(error)
        elif not isinstance(error, ServerUnreachable):
            self.errors.show(error)
        # Unreachable: the cache stays on screen, the offline banner says so, and the
        # user is confirmed when the connection returns (_connection_changed).

    def _request_answered(self, client: object, answered: bool) -> None:
        """A request of ``client``'s was answered, or found no service."""
        if self.signed_in is not None and self.signed_in.client is client:
            if self.signed_in.client.local_stopped:
                # Its service was given up: "Offline … trying again" would not be so (and
                # while it is started again, the banner says that).
                return
            self.window.live_feed.request_answered(answered)

    def _connection_changed(self, connected: bool) -> None:
        service = self.service
        live = self.live_events
        if connected and live is not None and live.connected is False:
            live.wake()  # a request got through: the stream need not wait out its back-off
        if connected and service is not None:
            service.outbox.flush()  # the connection is back: the outbox goes first
            if self._unconfirmed is not None and self._unconfirmed is self.signed_in:
                self._confirm(self._unconfirmed, service)
            self.tasks.run(service.remember_team(), on_error=lambda _error: None)

    def reconnect_now(self) -> None:
        """Try the service now: the network is back, or the user asked."""
        if not self.settings.server_url and self.local_server is None:
            self.restart_local()  # nothing to wait for: the local service is not running
            return
        if self.live_events is not None:
            self.live_events.wake()
        if self.service is not None:
            self.service.outbox.flush()

    def _live_failed(self, error: BaseException) -> None:
        if isinstance(error, SessionExpired):
            # The stored session is over: the kept token goes and the password is asked
            # for; drafts and the outbox stay in the store for when the same account signs
            # in again. Whichever notices first (the confirmation, the live stream or a
            # request) says so: the dialog must never show while the token is still kept.
            if self.signed_in is not None:
                client = self.signed_in.client
                self.credentials.forget(client.server_url, self.signed_in.user.email)
            self.window.show_signed_out()
            self.open_sign_in(error_text=describe(error).text)
        else:
            self.errors.show(error)

    async def _check_keyring(self) -> None:
        await self.credentials.flush()
        if not self.credentials.available:
            self.window.statusBar().showMessage(
                self.tr("No system keyring: you will have to sign in again next time."), 20_000
            )

    # -- sign-in and sign-out --------------------------------------------------------

    def open_sign_in(self, error_text: str = "") -> None:
        if self.sign_in_dialog is None:
            from desktop.ui.session.sign_in_dialog import SignInDialog

            dialog = SignInDialog(self.window)
            dialog.sign_in_requested.connect(self._sign_in)
            dialog.local_workspace_requested.connect(self._use_local_workspace)
            # What the signed-out page says is covered by the form while it is open.
            page = self.window.signed_out_page
            dialog.finished.connect(lambda _result: page.set_covered(False))
            self.sign_in_dialog = dialog
        dialog = self.sign_in_dialog
        local = not self.settings.server_url and self.local_server is not None
        dialog.prefill(
            server_url=self.settings.server_url,
            email=self._last_email or self.settings.last_email,
            remember=self.settings.keep_signed_in,
            # Named as the local workspace: its address is an internal port.
            local_url=self.local_server.url if local and self.local_server else "",
        )
        if error_text:
            dialog.show_error(error_text)
        self.window.signed_out_page.set_covered(True)
        dialog.open()
        self.tasks.run(self._offer_keep_signed_in(dialog), name="keyring-offer")

    async def _offer_keep_signed_in(self, dialog: SignInDialog) -> None:
        """ "Keep me signed in" only where a system keyring can keep the token (asked off
        the GUI thread: a keyring may answer over D-Bus)."""
        dialog.set_keyring_usable(await self.credentials.usable())

    def _sign_in(self, request: SignInRequest) -> None:
        self.tasks.run(self._do_sign_in(request), on_error=self._sign_in_failed, name="sign-in")

    async def _do_sign_in(self, request: SignInRequest) -> None:
        server_url = normalise_server_url(request.server_url)
        self._last_email = request.email
        await self._drop_session()
        signed_in = await self.sessions.sign_in(
            server_url=server_url,
            email=request.email,
            password=request.password,
            remember=request.remember,
        )
        local = self.local_server is not None and server_url == self.local_server.url
        if not local:
            self.settings.server_url = server_url
            self.settings.last_email = request.email
            self.settings.keep_signed_in = request.remember
            self.settings.sync()
        await self._accept_session(signed_in, local=local)
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.set_busy(False)
            self.sign_in_dialog.accept()

    def _sign_in_failed(self, error: BaseException) -> None:
        message = describe(error)
        if self.sign_in_dialog is not None and self.sign_in_dialog.isVisible() and message.expected:
            self.sign_in_dialog.show_error(message.text)
        else:
            if self.sign_in_dialog is not None:
                self.sign_in_dialog.set_busy(False)
            self.errors.show(error)

    def _use_local_workspace(self) -> None:
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.reject()
        self._switch_server("")

    def ask_sign_out(self) -> None:
        """File → Sign out: asked first when drafts or the outbox hold something."""
        from desktop.ui.session.sign_out_confirmation import confirm_sign_out

        self.sign_out_box = confirm_sign_out(self.store, self.sign_out, self.window)

    def sign_out(self) -> None:
        if self.signed_in is not None:
            # Now, not in the task: quitting before it runs must not leave the token kept.
            self.sessions.forget(self.signed_in)
        self.tasks.run(self._sign_out(), name="sign-out")

    async def _sign_out(self) -> None:
        await self._drop_session()
        self.window.show_signed_out()
        self.open_sign_in()

    async def _drop_session(self) -> None:
        saving = self.window.save_open_draft()
        if saving is not None:
            await asyncio.gather(saving, return_exceptions=True)
        await self._stop_live()
        signed_in, self.signed_in = self.signed_in, None
        await self._close_store()
        if signed_in is None:
            return
        try:
            await self.sessions.sign_out(signed_in)
        except Exception:
            # Signing out locally always works; the server forgets the token
            # when it expires if we could not tell it now.
            log.info("could not tell the server about the sign-out", exc_info=True)

    # -- language ----------------------------------------------------------------------

    def _follow_account_language(self, user: User) -> None:
        """The account's language, unless one was chosen on this machine (or for this run)."""
        if not self.languages.pinned and not self.settings.language:
            self._apply_language(account_language(user.locale))

    def _apply_language(self, code: str) -> None:
        if code != self.languages.current:
            self.languages.apply(code)

    # -- settings ----------------------------------------------------------------------

    def _apply_proxy(self, url: str) -> None:
        """The proxy into the settings file, its password into the keyring."""
        old_account = proxy_account(self.settings.stored_proxy_url)
        stored, password = split_proxy_password(url)
        account = proxy_account(stored)
        if not password and account == old_account:
            password = self.settings.proxy_password  # not typed again: kept
        had_password = "@" in self.settings.stored_proxy_url
        if had_password and (old_account != account or not password):
            self.credentials.forget_proxy_password(old_account)
        self.settings.proxy_url = stored
        self.settings.proxy_password = password
        if password:
            self.credentials.save_proxy_password(account, password)

    async def _load_proxy_password(self) -> None:
        """The password of the proxy named in Settings → Network, from the keyring."""
        stored = self.settings.stored_proxy_url
        if stored and "@" in stored and not self.settings.proxy_password:
            password = await self.credentials.load_proxy_password(proxy_account(stored))
            self.settings.proxy_password = password or ""

    def open_settings(self, focus_server: bool = False) -> None:
        from desktop.ui.settings.settings_dialog import SettingsDialog

        user = self.signed_in.user if self.signed_in is not None else None
        dialog = SettingsDialog(
            language=self.settings.language,
            server_url=self.settings.server_url,
            notify_answers=self.settings.notify_answers,
            # Without its password: the field shows it in clear. Left out, it is kept.
            proxy_url=self.settings.stored_proxy_url,
            ca_file=self.settings.ca_file,
            started_language=self.languages.current if self.languages.pinned else "",
            # Named in "The account's language (…)"; not known when signed out.
            account_language=account_language(user.locale) if user is not None else "",
            parent=self.window,
        )
        dialog.settings_accepted.connect(self._apply_settings)
        dialog.finished.connect(dialog.deleteLater)
        if focus_server:
            dialog.focus_server()
        self.settings_dialog = dialog
        dialog.open()

    def _apply_settings(self, change: SettingsChange) -> None:
        self.settings.notify_answers = change.notify_answers
        self._apply_proxy(change.proxy_url)
        self.settings.ca_file = change.ca_file
        # Given at start, the language holds until one is chosen here, even the saved one.
        repinned = self.languages.pinned and change.language_chosen
        if change.language != self.settings.language or repinned:
            self.settings.language = change.language
            self.languages.pinned = False  # chosen now: that choice holds from here on
            user = self.signed_in.user if self.signed_in is not None else None
            account = account_language(user.locale) if user is not None else system_language()
            self._apply_language(change.language or account)
        if change.server_url != self.settings.server_url:
            self._switch_server(change.server_url)
        elif not change.server_url and self.local_server is None:
            self.restart_local()  # the local workspace chosen again, and it is not running
        self.settings.sync()

    def _switch_server(self, server_url: str) -> None:
        if server_url:
            try:
                server_url = normalise_server_url(server_url)
            except Exception as error:
                self.errors.show(error)
                return
        self.settings.server_url = server_url
        self.settings.sync()
        self.tasks.run(self._reconnect(), on_error=self._connect_failed, name="reconnect")

    async def _reconnect(self) -> None:
        await self._drop_session()
        if self.settings.server_url and self.local_server is not None:
            server, self.local_server = self.local_server, None
            await server.stop()  # leaving local mode: the demo service is not needed
        self.window.show_signed_out()
        await self._connect()

    # -- shutdown ------------------------------------------------------------------------

    async def _stop_live(self) -> None:
        live, self._live = self._live, None
        self.live_events = None
        if live is not None:
            live.cancel()
            await asyncio.gather(live, return_exceptions=True)
        # The unread marks and the stream's place written before the store closes.
        await self.window.unread_keeper.settled()
        cursor, self._cursor = self._cursor, None
        if cursor is not None:
            await cursor.settled()
        service, self.service = self.service, None
        if service is not None:
            await service.outbox.close()

    async def _close_store(self) -> None:
        store, self.store = self.store, None
        self.store_notices.forget()
        if store is not None:
            await store.close()

    async def shutdown(self) -> None:
        # The reply being written is saved before anything is cancelled or closed.
        saving = self.window.save_open_draft()
        if saving is not None:
            await asyncio.gather(saving, return_exceptions=True)
        await self._stop_live()
        await self.tasks.cancel_all()
        await self._close_store()
        cached, self._cached = self._cached, None
        if cached is not None:  # closed before the session was resumed
            cached.database.close_unused()
        signed_in, self.signed_in = self.signed_in, None
        if signed_in is not None:
            await signed_in.client.aclose()  # stay signed in: the keyring keeps the token
        if self.local_server is not None:
            await self.local_server.stop()
            self.local_server = None
        await self.credentials.flush()

    def _dialog_parent(self) -> MainWindow | None:
        return getattr(self, "window", None)
