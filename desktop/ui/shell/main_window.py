"""The main window: navigation, the pages, the status bar. Pages appear when they work."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.ui.live.live_feed import LiveFeed
from desktop.ui.live.touched_tickets import TouchedTickets
from desktop.ui.look.theme import TextRole, set_text_role
from desktop.ui.notices.connection_indicator import ConnectionIndicator, ConnectionState
from desktop.ui.settings.app_settings import AppSettings
from desktop.ui.shell.chat_windows import ChatWindows
from desktop.ui.shell.first_paint import FirstPaintWatch, after_the_first_paint
from desktop.ui.shell.lazy_page import LazyPage
from desktop.ui.shell.menus import MainMenus
from desktop.ui.shell.navigation import (
    NAV_BILLING,
    NAV_DRAFTS,
    NAV_GET_HELP,
    NAV_INSIGHTS,
    NAV_MY_TICKETS,
    NAV_RECOMMENDATIONS,
    NAV_TEAM_TICKETS,
    Navigation,
)
from desktop.ui.shell.navigation_split import NavigationSplit
from desktop.ui.shell.page_stack import PageStack
from desktop.ui.shell.reading_pane import DEFAULT_WINDOW_WIDTH, ReadingPane
from desktop.ui.shell.window_banners import WindowBanners
from desktop.ui.tickets.list.ticket_list_page import TicketListPage
from desktop.ui.tickets.list.unread import UnreadAnswers
from desktop.ui.tickets.list.unread_keeper import UnreadKeeper

# Only what shows My tickets is imported with the window: it is built and painted
# before asyncio, the services and the other pages are imported (bootstrap/app.py,
# bench/bench_offline.py). The rest is imported when first used.
if TYPE_CHECKING:
    from desktop.api.list_models import User
    from desktop.api.models import Ticket
    from desktop.services.billing import BillingService
    from desktop.services.insights import DrillDown, InsightsService
    from desktop.services.local_server import LocalServerFailed
    from desktop.services.tickets import TicketService
    from desktop.store.tickets import TicketStore
    from desktop.ui.billing.billing_page import BillingPage
    from desktop.ui.help.get_help_page import GetHelpPage
    from desktop.ui.insights.insights_page import InsightsPage
    from desktop.ui.notices.answer_notifier import AnswerNotifier
    from desktop.ui.notices.local_banner import LocalModeBanner
    from desktop.ui.notices.local_stopped_banner import LocalStoppedBanner
    from desktop.ui.notices.offline_banner import OfflineBanner
    from desktop.ui.recommendations.recommendations_page import RecommendationsPage
    from desktop.ui.session.signed_out_page import SignedOutPage
    from desktop.ui.shell.going_back import GoingBack
    from desktop.ui.shell.tasks import TaskRunner
    from desktop.ui.tickets.chat.chat_window import ChatWindow
    from desktop.ui.tickets.compose.contact_support_dialog import ContactSupportDialog
    from desktop.ui.tickets.compose.drafts_page import DraftsPage
    from desktop.ui.tickets.compose.new_ticket_flow import NewTicketFlow
    from desktop.ui.tickets.ticket.ticket_page import TicketPage

# The navigation's entry for each list a ticket page goes back to.
BACK_ENTRIES = {
    "mine": NAV_MY_TICKETS,
    "team": NAV_TEAM_TICKETS,
    "drill_down": NAV_TEAM_TICKETS,  # the tickets behind an Insights chart, on Team tickets
    "drafts": NAV_DRAFTS,
    "help": NAV_GET_HELP,
}
# A new window's size where the screen has room: the least that shows the reading pane.
DEFAULT_SIZE = (DEFAULT_WINDOW_WIDTH, 900)
# How long the status bar says a reply left behind was kept as a draft.
DRAFT_KEPT_MS = 8_000


class MainWindow(QMainWindow):
    settings_requested = Signal()
    server_settings_requested = Signal()
    sign_out_requested = Signal()
    sign_in_requested = Signal()
    window_closed = Signal()
    reconnect_requested = Signal()  # the user pressed "Try again now" while offline
    local_restart_requested = Signal()  # "Start it again": the local workspace is not running

    def __init__(self, tasks: TaskRunner, settings: AppSettings) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.first_paint = FirstPaintWatch(self)
        self._settings = settings
        self.user: User | None = None
        self.local_mode = False
        self._tasks = tasks
        self._service: TicketService | None = None
        self._new_ticket: NewTicketFlow | None = None  # made when first used
        self.chat_windows = ChatWindows(
            self, tasks, self._ticket_changed, self._chat_handover_changed
        )

        # The local service gave up: nothing the window reads from it can succeed until
        # "Start it again" (F5 is then not offered; remote, offline, it retries and may).
        self.local_stopped = False
        self._was_offline = False

        self.navigation = Navigation()
        self.navigation.target_chosen.connect(self.navigate_to)
        self.navigation.entered.connect(self._enter_page)

        # Live updates: the controller feeds the event stream in; pages update their rows.
        self.live_feed = LiveFeed(self)
        self.unread = UnreadAnswers(self)
        self.unread.changed.connect(lambda _ticket_id: self._show_unread())
        # The marks outlive a restart: the controller attaches the session's store.
        self.unread_keeper = UnreadKeeper(self.unread, lambda job: tasks.run(job, name="unread"))
        self.my_tickets = self._build_list(tasks, "mine")
        self.my_tickets.new_ticket_button.clicked.connect(self.contact_support)
        self.pages = PageStack()  # only the page shown sets the window's least height
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.my_tickets)
        # Every other page is built when first needed (Drafts when a session starts).
        self._team_tickets = LazyPage(self.pages, lambda: self._build_list(tasks, "team"))
        self._ticket_page = LazyPage(self.pages, lambda: self._build_ticket_page(tasks))
        self._get_help = LazyPage(self.pages, lambda: self._build_get_help(tasks))
        self._drafts = LazyPage(self.pages, self._build_drafts)
        self._billing = LazyPage(self.pages, lambda: self._build_billing(tasks))
        self._insights = LazyPage(self.pages, lambda: self._build_insights(tasks))
        self._recommendations = LazyPage(self.pages, lambda: self._build_recommendations(tasks))
        # While no one is signed in: that, and Sign in…, where My tickets would be.
        self._signed_out_page = LazyPage(self.pages, self._build_signed_out_page)
        self._signed_out = False
        # The list a ticket was opened from, where Back returns: mine, team, help or drafts.
        self._back_target = "mine"

        # Each ticket an event names is read into the store once; the lists follow the store.
        self._touched = TouchedTickets(self, tasks, lambda: self._service, self._show_refreshed)
        self.live_feed.ticket_touched.connect(self._touched.touched)
        self.live_feed.agent_answered.connect(self._agent_answered)
        self.live_feed.reset.connect(self._reload_everything)
        self.live_feed.addon_updated.connect(self._addon_updated)
        self._notifier: AnswerNotifier | None = None  # made with the first answer

        self.split = NavigationSplit(
            self.navigation,
            self.pages,
            {
                NAV_TEAM_TICKETS: self._team_tickets,
                NAV_GET_HELP: self._get_help,
                NAV_DRAFTS: self._drafts,
                NAV_BILLING: self._billing,
                NAV_INSIGHTS: self._insights,
                NAV_RECOMMENDATIONS: self._recommendations,
            },
            self.ticket_lists,
        )
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.split, 1)
        self.setCentralWidget(central)

        self.connection = ConnectionIndicator()
        self.statusBar().addWidget(self.connection, 1)
        self.banners = WindowBanners(
            layout,
            self.split,
            self.navigation,
            self.connection,
            server_settings_requested=self.server_settings_requested,
            reconnect_requested=self.reconnect_requested,
            restart_local=self._restart_local,
        )
        self.live_feed.connection_changed.connect(self.connection.set_live)
        self.live_feed.connection_changed.connect(self._connection_changed)
        self._version = QLabel(f"v{__version__}")
        set_text_role(self._version, TextRole.SECONDARY)
        self.statusBar().addPermanentWidget(self._version)

        self.menus = MainMenus(self)
        self.menus.trend_chart_action.setChecked(settings.trend_chart)  # as last left
        self.my_tickets.show_trend_chart(settings.trend_chart)
        self.pages.currentChanged.connect(lambda _index: self._update_refresh())
        self._update_refresh()
        self.reading_pane = ReadingPane(self)
        self.reading_pane.watch(self.my_tickets)
        self.going_back: GoingBack | None = None  # Esc and Back: no key comes sooner
        after_the_first_paint(self._keys_to_go_back)
        self.navigation.select(NAV_MY_TICKETS)
        self.retranslate_ui()
        # The default size: wide enough for the reading pane beside the list where the
        # screen has room (a 1366 × 768 laptop's too), within the screen where it has not (at
        # 150% scaling a small laptop's screen is narrower than 1100 × 720 logical pixels).
        room = self.screen().availableGeometry()
        self.resize(
            min(DEFAULT_SIZE[0], room.width() * 95 // 100),
            min(DEFAULT_SIZE[1], room.height() * 90 // 100),
        )
        geometry = settings.geometry(self.objectName())
        if geometry is not None:
            self.restoreGeometry(geometry)

    @property
    def tasks(self) -> TaskRunner:
        """Runs the window's async work (the controller shows what fails)."""
        return self._tasks

    @property
    def service(self) -> TicketService | None:
        """The signed-in session's tickets (None when signed out)."""
        return self._service

    # -- pages built on first use ----------------------------------------------------

    @property
    def offline_banner(self) -> OfflineBanner:
        return self.banners.offline

    @property
    def local_stopped_banner(self) -> LocalStoppedBanner:
        return self.banners.local_stopped

    def _restart_local(self) -> None:
        """Start it again: the keyboard goes back into the page before the pressed button
        hides (Qt gave it to the next control in the chain, the local banner's "Settings →
        Server…" link at the window's top), as the page itself comes back (window_place.py)."""
        banner = self.banners.local_stopped_built
        focus = self.focusWidget()
        if banner is not None and focus is not None and banner.isAncestorOf(focus):
            self.focus_page()
        self.local_restart_requested.emit()

    def _hide_local_stopped(self) -> None:
        if self.banners.local_stopped_built is not None:
            self.banners.local_stopped_built.hide()
        self._set_local_stopped(False)

    def _set_local_stopped(self, stopped: bool) -> None:
        """Whether the local service gave up: F5 and the lists' Refresh, a ticket's and
        Billing's actions, a chat's End chat are offered only while something can answer
        them (a reply still waits in the outbox, saying for what)."""
        self.local_stopped = stopped
        self._update_refresh()
        for page in self.ticket_lists():
            page.set_local_stopped(stopped)
        if (help_page := self._get_help.built) is not None:  # Send, its requests' Refresh
            help_page.set_local_stopped(stopped)
        ticket_page = self._ticket_page.built
        if ticket_page is not None:
            ticket_page.set_local_stopped(stopped)
        billing = self._billing.built
        if billing is not None:
            billing.set_local_stopped(stopped)
        drafts = self._drafts.built
        if drafts is not None:
            drafts.set_local_stopped(stopped)
        for chat in self.chat_windows.values():
            chat.set_local_stopped(stopped)

    def add_banner(self, banner: QWidget) -> None:
        self.banners.add_above(banner)

    def add_notice_below(self, notice: QWidget) -> None:
        self.banners.add_below(notice)

    def ticket_lists(self) -> list[TicketListPage]:
        """My tickets, and Team tickets once it was built."""
        team = self._team_tickets.built
        return [self.my_tickets] if team is None else [self.my_tickets, team]

    @property
    def notifier(self) -> AnswerNotifier:
        if self._notifier is None:
            from desktop.ui.notices.answer_notifier import AnswerNotifier

            notifier = AnswerNotifier(self, lambda: self._settings.notify_answers)
            notifier.notified.connect(
                lambda title, text: self.statusBar().showMessage(f"{title}: {text}", 15_000)
            )
            notifier.open_requested.connect(self._open_from_notification)
            self._notifier = notifier
        return self._notifier

    def _build_list(self, tasks: TaskRunner, scope: str) -> TicketListPage:
        """My tickets or Team tickets, with its columns and order as the user last left them."""
        page = TicketListPage(tasks, scope, unread=self.unread)
        page.least_changed.connect(lambda: self.split.list_least_changed(page))
        widths = self._settings.geometry(page.table.objectName())
        if widths is not None:
            page.restore_column_widths(widths)
        page.remember_sort_in(self._settings)
        page.ticket_open_requested.connect(self.open_ticket)
        page.ticket_reply_requested.connect(self.open_reply)
        page.rows_shown.connect(self._focus_content)
        page.follow_live(self.live_feed)  # "Up to date" while live, else when last synced
        page.set_local_stopped(self.local_stopped)  # Team tickets built while it is stopped
        if scope == "team":  # My tickets is watched once the pane exists (__init__)
            self.reading_pane.watch(page)
            # A drill-down's "← Insights": back to Insights, its period and place as they were.
            page.insights_requested.connect(self.show_insights)
        return page

    def _build_ticket_page(self, tasks: TaskRunner) -> TicketPage:
        from desktop.ui.tickets.ticket.ticket_page import TicketPage

        page = TicketPage(tasks)
        page.back_requested.connect(self.leave_ticket)
        page.ticket_changed.connect(self._ticket_changed)
        page.ticket_shown.connect(self.unread.mark_read)
        page.chat_window_requested.connect(self.open_chat_window)
        page.new_request_requested.connect(lambda key: self.new_ticket.send_as_new_request(key))
        page.follow_up_requested.connect(lambda ticket_id: self.new_ticket.follow_up(ticket_id))
        page.set_chat_windows(self.chat_windows.lookup())
        # The page says what the status bar says, and follows the connection back at once.
        page.set_offline(self.connection.offline)
        self.connection.offline_changed.connect(page.set_offline)
        page.set_local_stopped(self.local_stopped)  # Retry only where it can succeed
        return page

    def _build_drafts(self) -> DraftsPage:
        from desktop.ui.tickets.compose.drafts_page import DraftsPage

        page = DraftsPage()
        page.ticket_open_requested.connect(self.open_ticket)
        page.reply_draft_open_requested.connect(self.open_reply)
        page.count_changed.connect(self._drafts_counted)
        page.new_ticket_requested.connect(self.contact_support)
        page.outbox_edit_requested.connect(lambda key: self.new_ticket.edit_refused(key))
        page.new_request_requested.connect(lambda key: self.new_ticket.send_as_new_request(key))
        page.set_local_stopped(self.local_stopped)  # its outbox rows say what sends them
        return page

    def save_open_draft(self) -> Awaitable[None] | None:
        """The reply being written on the open ticket, saved now (before a sign-out or quit)."""
        page = self._ticket_page.built
        return page.save_draft() if page is not None else None

    @property
    def banner(self) -> LocalModeBanner:
        return self.banners.local_mode

    def _build_get_help(self, tasks: TaskRunner) -> GetHelpPage:
        from desktop.ui.help.get_help_page import GetHelpPage

        page = GetHelpPage(tasks)
        page.requests.ticket_open_requested.connect(self.open_ticket)
        page.requests.ticket_reply_requested.connect(self.open_reply)
        page.requests.follow_live(self.live_feed)
        page.set_local_stopped(self.local_stopped)  # built while it is stopped
        return page

    def _build_billing(self, tasks: TaskRunner) -> BillingPage:
        from desktop.ui.billing.billing_page import BillingPage

        page = BillingPage(tasks)
        page.follow_connection(self.connection)  # offline as the status bar says it
        page.set_local_stopped(self.local_stopped)  # built while it is stopped
        return page

    def _build_insights(self, tasks: TaskRunner) -> InsightsPage:
        from desktop.ui.insights.insights_page import InsightsPage

        page = InsightsPage(tasks)
        page.periods.remember_in(self._settings)
        page.scopes.remember_in(self._settings)
        page.last_synced.follow(self.connection)  # offline: "as last synced", and when
        page.drill_down_requested.connect(self._drill_down)
        return page

    def _build_signed_out_page(self) -> SignedOutPage:
        from desktop.ui.session.signed_out_page import SignedOutPage

        page = SignedOutPage()
        page.sign_in_requested.connect(self.sign_in_requested)
        return page

    @property
    def signed_out_page(self) -> SignedOutPage:
        return self._signed_out_page.get()

    def _build_recommendations(self, tasks: TaskRunner) -> RecommendationsPage:
        from desktop.ui.recommendations.recommendations_page import RecommendationsPage

        page = RecommendationsPage(tasks)
        page.last_synced.follow(self.connection)  # offline: "as last synced", no verdicts
        return page

    @property
    def team_tickets(self) -> TicketListPage:
        return self._team_tickets.get()

    def _keys_to_go_back(self) -> None:
        # Imported here: it names Qt's enums, which the first paint must not pay for.
        from desktop.ui.shell.going_back import GoingBack

        self.going_back = GoingBack(self)

    @property
    def built_team_tickets(self) -> TicketListPage | None:
        """Team tickets if something needed the page already (not built to find out)."""
        return self._team_tickets.built

    @property
    def ticket_page(self) -> TicketPage:
        return self._ticket_page.get()

    @property
    def built_ticket_page(self) -> TicketPage | None:
        """The ticket page if something needed it already (not built to find out)."""
        return self._ticket_page.built

    @property
    def drafts(self) -> DraftsPage:
        return self._drafts.get()

    @property
    def get_help(self) -> GetHelpPage:
        return self._get_help.get()

    @property
    def billing(self) -> BillingPage:
        return self._billing.get()

    @property
    def insights(self) -> InsightsPage:
        return self._insights.get()

    @property
    def recommendations(self) -> RecommendationsPage:
        return self._recommendations.get()

    # -- session -------------------------------------------------------------------

    def show_connecting(self, *, server: str, local: bool) -> None:
        self._signed_out = False
        self.local_mode = local
        self.banners.show_local_mode(local)
        self._hide_local_stopped()
        self.connection.set_state(ConnectionState.CONNECTING, server=server, local=local)
        if local:
            self.my_tickets.show_starting()
            if self._signed_out_page.is_current():
                self.show_my_tickets()  # "Starting the local demo workspace…", not "Sign in"

    def show_cached(self, user: User, tickets: TicketStore) -> None:
        """An admin's stored session, before it is resumed: My tickets as the store has them.

        Shown, and painted, before the app imports what talks to the service
        (bootstrap/app.py), after :meth:`show_connecting`; :meth:`show_session`
        follows with the same rows.
        """
        self._signed_out = False
        self.user = user
        self._update_refresh()
        self.navigation.show_session(admin=True, billing=True, insights=True)
        self.my_tickets.new_ticket_button.setVisible(True)
        self.my_tickets.show_cached(tickets, user.id)
        self._show_list(self.my_tickets)

    def show_confirmed(self, user: User, *, server: str, local: bool = False) -> None:
        """The service knows who is signed in: the status bar says so."""
        self.connection.set_state(
            ConnectionState.CONNECTED, server=server, user=user.name, local=local
        )

    def show_session(
        self,
        user: User,
        service: TicketService,
        *,
        server: str,
        local: bool,
        billing: BillingService | None = None,
        insights: InsightsService | None = None,
        confirmed: bool = True,
    ) -> None:
        """``confirmed``: the service said who is signed in (not so for a session kept from
        the last run, until it answers: the status bar says "Connecting" until then)."""
        self._signed_out = False
        self.user = user
        self._update_refresh()
        self.local_mode = local
        self.banners.show_local_mode(local)
        self._hide_local_stopped()
        if local:
            self.banner.set_user_name(user.name)
        if confirmed:
            self.show_confirmed(user, server=server, local=local)
        else:
            self.connection.set_state(ConnectionState.CONNECTING, server=server, local=local)
        self.chat_windows.close_all()
        # The same service again (the user as the service confirmed them): its listeners stay.
        new_service = service is not self._service
        self._service = service
        self.menus.show_session(admin=user.is_admin)
        # R13: only admins open premium tickets.
        self.my_tickets.new_ticket_button.setVisible(user.is_admin)
        admin = user.is_admin
        self.navigation.show_session(
            admin=admin, billing=billing is not None, insights=insights is not None
        )
        self.my_tickets.bind(service if admin else None)
        team_service = service if admin else None
        self._team_tickets.bind(lambda page: page.bind(team_service))
        member_service = None if admin else service
        self._get_help.bind(lambda page: page.bind(member_service, user.champion))
        self._ticket_page.bind(lambda page: page.bind(service))
        self._drafts.bind(lambda page: page.bind(service))
        self._drafts.get()  # built (and bound) now: the navigation counts the drafts
        admin_billing = billing if admin else None
        self._billing.bind(lambda page: page.bind(admin_billing))
        admin_insights = insights if admin else None
        self._insights.bind(lambda page: page.bind(admin_insights))
        self._recommendations.bind(lambda page: page.bind(admin_insights))
        if admin and insights is not None and new_service:
            # R19: every ticket submitted changes what is recommended.
            service.outbox.on_sent(lambda _item, _ticket: self._ticket_submitted(service))
        if admin:
            self.show_my_tickets()
        else:
            self.show_get_help()
        self.first_paint.rearm(self.content())  # requests wait until the rows are on screen

    def content(self) -> QWidget:
        """What shows the current page's content: a list's rows, or else the page."""
        page = self.pages.currentWidget()
        if isinstance(page, TicketListPage) and page.table.isVisible():
            return page.table.viewport()
        return page if page is not None else self

    def show_signed_out(self) -> None:
        self._signed_out = True
        self.user = None
        self._update_refresh()
        self._service = None
        if self.banners.offline_built is not None:
            self.banners.offline_built.hide()
        self._hide_local_stopped()
        self._was_offline = False
        self.chat_windows.close_all()
        if self._new_ticket is not None:
            self._new_ticket.signed_out()  # the next admin never sees this one's form or notice
        self.unread_keeper.detach()  # the marks stay kept for the account's next session
        self.unread.clear()
        self.connection.set_live(True)
        self.live_feed.forget_connection()
        self.menus.show_signed_out()
        self.my_tickets.new_ticket_button.hide()
        self.connection.set_state(ConnectionState.DISCONNECTED)
        self.banners.show_local_mode(False)
        self.my_tickets.bind(None)
        self._team_tickets.bind(lambda page: page.bind(None))
        self._get_help.bind(lambda page: page.bind(None, None))
        self._ticket_page.bind(lambda page: page.bind(None))
        self._drafts.bind(lambda page: page.bind(None))
        self.navigation.show_signed_out()
        self._billing.bind(lambda page: page.bind(None))
        self._insights.bind(lambda page: page.bind(None))
        self._recommendations.bind(lambda page: page.bind(None))
        self.show_my_tickets()

    def show_connection_failed(
        self, *, server: str, local: bool, failure: LocalServerFailed | None = None
    ) -> None:
        """``failure``: why the local service stopped, when its end was seen (the banner
        says it)."""
        self.connection.set_state(ConnectionState.FAILED, server=server, local=local)
        if local:  # nothing retries the app's own service by itself: the way back is offered
            self.my_tickets.show_not_started()
            self.local_stopped_banner.show_stopped(failure)
            self._set_local_stopped(True)

    # -- navigation ---------------------------------------------------------------

    def show_my_tickets(self) -> None:
        self._show_list(self.my_tickets)

    def show_team_tickets(self) -> None:
        self._show_list(self.team_tickets)

    def show_get_help(self) -> None:
        self.pages.setCurrentWidget(self.get_help)
        self.navigation.select(NAV_GET_HELP)
        self.get_help.subject_edit.setFocus()

    def _show_list(self, page: TicketListPage) -> None:
        if self._signed_out:
            # No list without a session: the page that says so and offers Sign in….
            self.pages.setCurrentWidget(self.signed_out_page)
            self.navigation.select_none()  # no page of a session is open
            self.signed_out_page.action.setFocus()
            return
        self.pages.setCurrentWidget(page)
        self.navigation.select(NAV_MY_TICKETS if page is self.my_tickets else NAV_TEAM_TICKETS)
        page.table.setFocus()
        self.reading_pane.arrange()

    def open_ticket(self, ticket_id: str) -> None:
        if self.reading_pane.open(ticket_id):
            return  # beside the list, in a wide window
        current = self.pages.currentWidget()
        if current is self.my_tickets:
            self._back_target = "mine"
        elif self._team_tickets.is_current():
            # Back names the list it returns to: "← Tickets from Insights" from a drill-down.
            self._back_target = "drill_down" if self.team_tickets.drill_down else "team"
        elif self._drafts.is_current():
            self._back_target = "drafts"
        elif self._get_help.is_current():
            self._back_target = "help"
        elif not self._ticket_page.is_current():
            # From another page (a notification of an answer, Insights): the admin's own
            # ticket, back to their list; the navigation says where it is, as Back does.
            self._back_target = "mine"
        self.navigation.select(BACK_ENTRIES[self._back_target])
        self.ticket_page.set_back_target(self._back_target)
        # Opened from a searched list: its words marked in the thread (else none).
        searched = current.search_text if isinstance(current, TicketListPage) else ""
        self.ticket_page.set_search(searched)
        self.ticket_page.load(ticket_id)
        self.pages.setCurrentWidget(self.ticket_page)
        self.ticket_page.thread_scroll.setFocus()

    def open_reply(self, ticket_id: str) -> None:
        """A reply draft chosen in Drafts and outbox, or R on a list's row: its ticket
        (beside the list where the reading pane is), the keyboard in its reply box."""
        self.open_ticket(ticket_id)
        self.ticket_page.focus_reply_when_shown(ticket_id)

    # -- live chat ---------------------------------------------------------------------

    def open_chat_window(self, ticket: Ticket) -> None:
        if self._service is not None:
            # Built while the local workspace is stopped: End chat off, saying why.
            self.chat_windows.open(self._service, ticket, local_stopped=self.local_stopped)

    def _chat_handover_changed(self, window: ChatWindow) -> None:
        """One box per live chat: the ticket page gives way to the window, or takes over."""
        page = self._ticket_page.built
        if page is not None:
            page.chat_window_changed(window)

    # -- contact support (desktop/ui/tickets/compose/new_ticket_flow.py) -----------------------

    @property
    def new_ticket(self) -> NewTicketFlow:
        if self._new_ticket is None:
            from desktop.ui.tickets.compose.new_ticket_flow import NewTicketFlow

            flow = NewTicketFlow(
                self,
                self._tasks,
                self._session,
                self._ticket_created,
                self.add_notice_below,
                billing=self._billing_if_shown,
                local_stopped=lambda: self.local_stopped,
            )
            self._new_ticket = flow
        return self._new_ticket

    def _billing_if_shown(self) -> Callable[[], None] | None:
        """How to open Billing, where this admin's navigation has it."""
        return self.show_billing if NAV_BILLING in self.navigation.visible_targets() else None

    def _session(self) -> tuple[TicketService, User] | None:
        return (self._service, self.user) if self._service and self.user else None

    @property
    def contact_dialog(self) -> ContactSupportDialog | None:
        return self._new_ticket.dialog if self._new_ticket is not None else None

    @contact_dialog.setter
    def contact_dialog(self, dialog: ContactSupportDialog | None) -> None:
        self.new_ticket.dialog = dialog

    def contact_support(self) -> None:
        self.new_ticket.open()

    def _ticket_created(self, ticket: Ticket | None) -> None:
        self.show_my_tickets()
        if ticket is not None:
            # Selected in My tickets (Back or Esc comes back to it; a pane beside shows it).
            self.my_tickets.select_when_listed(ticket.id)
            self.open_ticket(ticket.id)
            if ticket.channel == "chat":
                self.open_chat_window(ticket)

    def leave_ticket(self) -> None:
        """Back (Esc): to the list, saying so when the reply begun there is kept as a draft
        (the sidebar's "(1)" alone went unnoticed)."""
        page = self._ticket_page.built
        kept = page is not None and page.holds_unsent_reply()
        self._back_to_list()
        if kept:
            self.statusBar().showMessage(
                self.tr("Your reply is kept as a draft, in Drafts and outbox."), DRAFT_KEPT_MS
            )

    def _back_to_list(self) -> None:
        if self._back_target == "help":
            self.show_get_help()
        elif self._back_target == "drafts":
            self.show_drafts()
        elif self._back_target in ("team", "drill_down"):
            self._show_list(self.team_tickets)
        else:
            self._show_list(self.my_tickets)

    def _page_reload(self) -> Callable[[], None] | None:
        """How the page shown is brought up to date with the service, if it can be."""
        reload = getattr(self.pages.currentWidget(), "reload", None)
        return reload if callable(reload) and self.user is not None else None

    def _update_refresh(self) -> None:
        self.menus.set_refreshable(
            self._page_reload() is not None, local_stopped=self.local_stopped
        )

    def refresh_page(self) -> None:
        """F5: the page shown, read again from the service."""
        reload = self._page_reload()
        if reload is not None and not self.local_stopped:
            reload()

    def go_to(self, number: int) -> None:
        """Ctrl+1, Ctrl+2 …: the n-th visible entry of the navigation."""
        if self.user is not None:
            self.navigation.go_to(number)

    def show_drafts(self) -> None:
        self.drafts.refresh()
        self.pages.setCurrentWidget(self.drafts)
        self.navigation.select(NAV_DRAFTS)
        self.drafts.setFocus()

    def show_billing(self) -> None:
        self.pages.setCurrentWidget(self.billing)
        self.navigation.select(NAV_BILLING)
        self.billing.reload()  # money is shown as the service has it now, never stale
        self.billing.tabs.setFocus()

    def show_insights(self) -> None:
        self.pages.setCurrentWidget(self.insights)
        self.navigation.select(NAV_INSIGHTS)
        self.insights.reload()  # counts change with every ticket: read them when shown
        # Back from the tickets a tile or chart opened: on it again; else on the period.
        if not self.insights.focus_where_left():
            self.insights.periods.combo.setFocus()

    def show_recommendations(self) -> None:
        self.pages.setCurrentWidget(self.recommendations)
        self.navigation.select(NAV_RECOMMENDATIONS)
        self.recommendations.reload()
        self.recommendations.kind_filter.setFocus()

    def show_trend_chart(self, shown: bool) -> None:
        """View → Issue trend chart: My tickets' chart where the rows leave it room, or
        never; remembered."""
        if self._settings.trend_chart != shown:
            self._settings.trend_chart = shown
        self.my_tickets.show_trend_chart(shown)

    def _ticket_submitted(self, service: TicketService) -> None:
        page = self._recommendations.built  # one not built yet reads them when shown
        if service is self._service and page is not None:  # not an earlier session's listener
            page.reload()

    def _drill_down(self, drill_down: DrillDown) -> None:
        """From an Insights chart to the tickets behind it, on Team tickets (R20)."""
        self.team_tickets.show_drill_down(drill_down)
        self._show_list(self.team_tickets)

    def _addon_updated(self, _product: str) -> None:
        # Another admin's purchase or removal shows at once (the page reads it when shown).
        if self._billing.is_current():
            self.billing.reload()

    def _drafts_counted(self, count: int) -> None:
        self.navigation.set_counts(drafts=count)

    def _ticket_changed(self, ticket_id: str) -> None:
        # The service keeps what an action returned in the store: the lists follow it.
        page = self._ticket_page.built
        if page is not None:
            page.ticket_touched(ticket_id)
        self.chat_windows.ticket_touched(ticket_id)

    def _show_refreshed(self, ticket: Ticket) -> None:
        """A ticket read again after events: on its page and in its chat, if open."""
        page = self._ticket_page.built
        if page is not None and page.ticket is not None and page.ticket.id == ticket.id:
            page.show_ticket(ticket)
        self.chat_windows.show_ticket(ticket)

    def _connection_changed(self, connected: bool) -> None:
        """Offline: say so, keep working on the store; back: catch up on everything."""
        if self.connection.offline and self.banners.offline_built is None:
            self.offline_banner.show()  # made now; from now on it follows the indicator
        if connected and self._was_offline:
            self._reload_everything()
        self._was_offline = not connected

    def _reload_everything(self) -> None:
        """The event stream lost its place: sync every list, and read the open ticket again."""
        help_page = self._get_help.built
        requests = [help_page.requests] if help_page is not None else []
        team = [self._team_tickets.built] if self._team_tickets.built is not None else []
        for page in (self.my_tickets, *team, *requests):
            page.reload()  # unbound pages (a member's team list) do nothing
        ticket_page = self._ticket_page.built
        if ticket_page is not None and ticket_page.ticket is not None:
            ticket_page.ticket_touched(ticket_page.ticket.id)

    def _ticket_on_screen(self) -> str | None:
        """The ticket shown in the reading pane or on the ticket page, if any."""
        page = self._ticket_page.built
        if page is None or page.ticket is None:
            return None
        shown = page.ticket.id
        return shown if self.reading_pane.showing(shown) or self._ticket_page.is_current() else None

    def _agent_answered(self, ticket_id: str, submitter_id: str) -> None:
        """An agent wrote on a ticket: unread unless the user is reading it right now."""
        reading = self.isActiveWindow() and self._ticket_on_screen() == ticket_id
        if self.chat_windows.is_being_read(ticket_id):
            reading = True  # in its chat window, where the admin is writing
        own = self.user is not None and submitter_id == self.user.id
        if not reading:
            self.unread.mark_unread(ticket_id, mine=own)
        if not own or reading:
            return
        # The list usually holds the ticket already: tell at once, with no read that a
        # busy or flaky connection could delay or lose.
        model = self.my_tickets.model
        row = model.row_of(ticket_id)
        if row is not None:
            self.notifier.answer_arrived(model.ticket_at(row))
        elif self._service is not None:
            self._tasks.run(self._notify_answer(self._service, ticket_id))

    async def _notify_answer(self, service: TicketService, ticket_id: str) -> None:
        self.notifier.answer_arrived((await service.ticket(ticket_id)).summary)

    def _open_from_notification(self, ticket_id: str) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        # An answer to the admin's own ticket (no other notifies): opened from My tickets,
        # selected there, as a ticket link opens it. Opened over Team tickets, the
        # navigation and Back named Team tickets, where the ticket is not listed.
        if self.user is not None:
            self.show_my_tickets()
            self.my_tickets.reveal(ticket_id)
        self.open_ticket(ticket_id)

    def navigate_to(self, target: str) -> None:
        """A navigation entry (or its Go menu item) was chosen: open its page. Also the
        way back to where the admin was (window_place.py)."""
        if self.user is None and target != NAV_MY_TICKETS:
            return
        shows: dict[str, tuple[LazyPage[Any], Callable[[], None]]] = {
            NAV_GET_HELP: (self._get_help, self.show_get_help),
            NAV_DRAFTS: (self._drafts, self.show_drafts),
            NAV_RECOMMENDATIONS: (self._recommendations, self.show_recommendations),
            NAV_INSIGHTS: (self._insights, self.show_insights),
            NAV_BILLING: (self._billing, self.show_billing),
        }
        if target in shows:
            lazy, show = shows[target]
            if not lazy.is_current():
                show()
            return
        page = self.team_tickets if target == NAV_TEAM_TICKETS else self.my_tickets
        if page.drill_down is not None:
            # Team tickets itself, not the tickets behind an Insights chart it last showed
            # (a newcomer came back to them under "Team tickets", a status filter set):
            # the drill-down lasts while the admin is in it, from Insights or Back.
            page.end_drill_down()
            if self.pages.currentWidget() is page:
                page.table.setFocus()
        if self.pages.currentWidget() is not page:
            self._show_list(page)

    def _enter_page(self, target: str) -> None:
        """Enter on a navigation entry: its page (shown already, as the arrows reached
        it), the keyboard in it where its show puts it."""
        self.navigate_to(target)
        self.focus_page()

    def focus_page(self) -> None:
        """The keyboard in the page shown, where its show puts it (a list's rows, a
        ticket's conversation, a form's first field)."""
        page = self.pages.currentWidget()
        into: QWidget | None = page
        if isinstance(page, TicketListPage):
            into = page.table
        elif self._ticket_page.is_current():
            into = self.ticket_page.thread_scroll
        elif self._get_help.is_current():
            into = self.get_help.subject_edit
        elif self._drafts.is_current():
            into = self.drafts
        elif self._billing.is_current():
            into = self.billing.tabs
        elif self._insights.is_current():
            into = self.insights.periods.combo
        elif self._recommendations.is_current():
            into = self.recommendations.kind_filter
        elif self._signed_out_page.is_current():
            into = self.signed_out_page.action
        if into is not None:
            into.setFocus()

    # -- text and lifecycle --------------------------------------------------------

    def _show_unread(self) -> None:
        """New answers: counted in the navigation (own and the team's) and the title."""
        self.navigation.set_counts(
            unread=self.unread.count(mine=True), team_unread=self.unread.count(mine=False)
        )
        self._show_title()

    def _show_title(self) -> None:
        unread = len(self.unread)
        self.setWindowTitle(
            self.tr("(%n new) Premium Support Desk", "", unread)
            if unread
            else self.tr("Premium Support Desk")
        )

    def retranslate_ui(self) -> None:
        self._show_title()
        self.menus.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            # A passing message is a plain text in the language it was said in: cleared
            # rather than left in the old one (a newcomer read Japanese in a Dutch window).
            self.statusBar().clearMessage()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            self.split.measure_pages_later()
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._focus_content()
            # An answer that came while the window was behind another, on the ticket shown:
            # read now that the admin is back at it (it stayed bold and counted "(1 new)").
            shown = self._ticket_on_screen()
            if shown is not None:
                self.unread.mark_read(shown)
        super().changeEvent(event)

    def _focus_content(self) -> None:
        """The keyboard starts in the page's content (the list), not on a banner's link.

        Focus given while the list was still hidden (local mode starting) is
        lost; the first activation puts it where the arrow keys make sense.
        """
        focused = self.focusWidget()
        local_banner = self.banners.local_mode_built
        banner_link = local_banner.link if local_banner is not None else None
        if focused is not None and focused not in (banner_link, self.navigation):
            return
        page = self.pages.currentWidget()
        if isinstance(page, TicketListPage) and page.table.isVisible():
            page.table.setFocus()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.split.fit_window(self.width())  # the navigation a third of it at most
        self.reading_pane.arrange()  # wide enough for the reading pane, or no longer

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._settings.set_geometry(self.objectName(), self.saveGeometry())
        team = self._team_tickets.built
        for page in (self.my_tickets, *([team] if team is not None else [])):
            widths = page.column_widths()
            if widths is not None:
                self._settings.set_geometry(page.table.objectName(), widths)
        self._settings.sync()
        super().closeEvent(event)
        self.window_closed.emit()
