"""One full check of one application: availability (with retries), login, content, the page checks.

The decisions are the pure core's; this module only fetches and wires them together. The page
checks are the registered list of ``core.checks``, run over what an attempt fetched.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Protocol
from urllib.parse import unquote, urlsplit

from pantau_common.netguard import AddressPolicy
from pantau_common.registry.maintenance import in_maintenance, parse_windows
from pantau_common.registry.model import AppSpec
from pantau_common.secrets import AppSecrets
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings, TlsFacts

from .config import CheckerConfig
from .content import Content, fetch_page, read_content
from .core import availability, blocked, freshness, page_kind
from .core.checks import Observed, cloaking, defacement, sitemap_gambling, view_codes, views_wanted
from .core.checks.base import Phone, View
from .core.dates import wib_day
from .core.flap import observe
from .core.page import Page, parse_page
from .core.records import made, replaced
from .core.state import (
    AppMemory,
    last_findings,
    phone_due,
    remember_fingerprint,
    remember_looked,
    remember_structure,
    remember_views,
    views_due,
)
from .core.structure import Structure
from .http import (
    GOOGLEBOT_UA,
    IPHONE_UA,
    MOBILE_UA,
    VISITOR_ACCEPT,
    VISITOR_UA,
    FetchError,
    FetchResult,
    Resolver,
    Session,
    system_resolver,
)
from .http.body import readable
from .stylesheets import StylesheetCache
from .unchanged import UnchangedJudgements, UnchangedPages

SOURCE = "/pantau/checker"
log = logging.getLogger(__name__)
_VIEW_AGENTS: dict[View, str] = {"googlebot": GOOGLEBOT_UA, "mobile": MOBILE_UA}
_PHONE_AGENTS: dict[Phone, str] = {"Android": MOBILE_UA, "iPhone": IPHONE_UA}  # the mobile view's, by turns
# The phone comes from a search, as most visitors do: injectors send only those to their site.
_VIEW_REFERERS: dict[View, str | None] = {"googlebot": None, "mobile": "https://www.google.com/"}
_SITEMAP_CODES = frozenset(sitemap_gambling.CHECK.codes)  # what the sitemaps show: found only where they are read
_REFUSED = (403, 406)  # what a server's rule on the user agent answers
# An API's answer read for an error it states under HTTP 200 (Spring's {"status":500,…}); an error's is small, data not.
_API_ANSWER_MAX = 4096
_DEFACED = "isi halaman diganti orang lain (defacement): bukan isi aplikasi"


class StateStore(Protocol):
    async def load(self, app_id: str) -> AppMemory: ...
    async def save(self, app_id: str, memory: AppMemory) -> None: ...


class InMemoryStateStore:
    """Keeps what the checker remembers per application in this process."""

    def __init__(self) -> None:
        self._memory: dict[str, AppMemory] = {}

    async def load(self, app_id: str) -> AppMemory:
        return self._memory.get(app_id, AppMemory())

    async def save(self, app_id: str, memory: AppMemory) -> None:
        self._memory[app_id] = memory


class HostLimiter:
    """Caps concurrent checks per host so the checker never hammers a department's server."""

    def __init__(self, per_host: int) -> None:
        self._per_host = max(1, per_host)
        self._semaphores: dict[str, asyncio.Semaphore] = {}

    def slot(self, host: str) -> asyncio.Semaphore:
        """Return the host's slots, taken by ``async with``: the semaphore itself, not a context manager made around
        it for each check (an async generator's, some 19 k instructions a check), nor one made for nothing."""
        semaphore = self._semaphores.get(host)
        if semaphore is None:
            semaphore = self._semaphores[host] = asyncio.Semaphore(self._per_host)
        return semaphore


@dataclass
class Outcome:
    verdict: availability.Verdict
    timings: Timings
    status: int | None = None
    final_url: str | None = None
    tls: TlsFacts | None = None
    login: LoginResult = field(default_factory=LoginResult)
    content: Content = field(default_factory=Content)
    findings: tuple[Finding, ...] = ()
    kind: page_kind.PageKind = page_kind.APPLICATION  # what answered in the application's place, if not it
    unread: str = "isi tidak dapat diperiksa"  # why its content was not read, where it was not


@dataclass(frozen=True)
class Recall:
    """What an attempt takes from the memory: the page's remembered structure, whether the views are due,
    and the phone whose turn it is to ask."""

    baseline: Structure | None = None
    views: bool = True
    phone: Phone = "Android"


async def _as_a_visitor(session: Session, url: str, refused: FetchResult) -> FetchResult:
    """Ask once more as a visitor's browser, where a server refused the checker's own name (a rule on the
    user agent, or on a browser's ``Accept``); the attempt's later fetches go so too, where that was let in."""
    headers = {"User-Agent": VISITOR_UA, "Accept": VISITOR_ACCEPT}
    try:
        again = await session.fetch(url, headers=headers, landing=True)
    except FetchError:
        return refused
    if again.status in _REFUSED or again.status >= 500:
        return refused
    session.headers.update(headers)
    return again


def _read_error_page(verdict: availability.Verdict, main: FetchResult, today: date) -> availability.Verdict:
    """Return the verdict of a server error once its page is read: a maintenance notice ("sedang dalam
    perbaikan") or an application's error (its database out of reach) tells the official more than "HTTP 503"."""
    page = parse_page(main.text(), main.final_url, today=today)
    return availability.from_error_page(verdict, main.status, page)


@lru_cache(maxsize=4096)
def _host(url: str) -> str:
    """Return the host of an application's address, as its checks take their turns by (``urlsplit``'s ``hostname``
    is Python's each time it is asked, 7 k instructions, for the address every check of the application asks)."""
    return urlsplit(url).hostname or ""


def now_utc() -> datetime:
    return datetime.now(UTC)


def _replaced(outcome: Outcome) -> bool:
    """Whether the page's body is a defacer's, under the application's title (``defacement.replaced_body``), or the
    whole page a defacer's that signs it (``defacement.signed_whole``)."""
    defaced = [f for f in outcome.findings if f.code == "defacement"]
    if any(f.location == "body" for f in defaced):
        return True
    page = outcome.content.page
    return bool(defaced) and page is not None and defacement.signed_whole(page)


def _recognise(outcome: Outcome, status: int) -> None:
    """Tell the application from a page in its place: a default page, a parked domain, an error."""
    if outcome.content.page is not None:
        outcome.kind = page_kind.classify(outcome.content.page, status)
        outcome.verdict = availability.from_page_kind(outcome.verdict, outcome.kind)


def _unshown(outcome: Outcome, main: FetchResult) -> None:
    """Tell a page no visitor sees as a page: its HTML served as plain text (shown as code) or as a file (downloaded).

    The server answers, the application behind it may be whole, but a visitor gets its code or a download.
    """
    kind = main.markup_unshown if 200 <= main.status < 300 else ""
    if kind:
        outcome.kind = page_kind.served_unshown(kind)
        outcome.verdict = availability.from_page_kind(outcome.verdict, outcome.kind)


# What an answer that is no page is, by a word of its Content-Type, in the official's words.
_NO_PAGE_KINDS = (
    ("json", "jawaban API (JSON)"),
    ("pdf", "dokumen PDF"),
    ("image/", "gambar"),
    ("video/", "video"),
    ("audio/", "audio"),
    ("zip", "berkas arsip"),
    ("msword", "dokumen Office"),
    ("officedocument", "dokumen Office"),
    ("excel", "dokumen Office"),
)
_FILE_NAME = re.compile(r"""filename\*?\s*=\s*(?:[\w-]+'[\w-]*')?"?([^";]{1,80})""", re.IGNORECASE)


def _no_page(main: FetchResult) -> str:
    """Say what an application's answer that is no page is (a file to download, a PDF, an API's JSON, a body in a
    compression the checker does not read): why its content's date cannot be read."""
    coding = main.headers.get("content-encoding", "").strip().lower()
    kind = main.headers.get("content-type", "").split(";")[0].strip().lower()
    named = _FILE_NAME.search(main.headers.get("content-disposition", ""))
    if not readable(coding):
        return f"isi dikirim terkompresi {coding}, yang tidak dibaca pemeriksa: tanggal isinya tidak dapat diperiksa"
    if "attachment" in main.headers.get("content-disposition", "").lower():
        what = f"berkas unduhan \u201c{unquote(named.group(1).strip())}\u201d" if named else "berkas unduhan"
    else:
        what = next((said for word, said in _NO_PAGE_KINDS if word in kind), f"berkas {kind or 'tanpa jenis'}")
    return f"{what}, bukan halaman web: tanggal isinya tidak dapat diperiksa"


def _api_answer(main: FetchResult) -> bool:
    """Whether the answer is an API's JSON, of a 2xx and small enough to be an error's."""
    kind = main.headers.get("content-type", "").lower()
    return "json" in kind and 200 <= main.status < 300 and len(main.body) <= _API_ANSWER_MAX


def _read_api_answer(outcome: Outcome, main: FetchResult, today: date) -> None:
    """Tell an API that answers an error under HTTP 200 ({"detail":"Not Found"}, Spring's {"status":500,…}) from
    one that answers: read as a page of its JSON, as when it comes as text/html; its data dates nothing."""
    page = parse_page(main.text(), main.final_url, today=today)
    outcome.kind = page_kind.classify(page, main.status)
    outcome.verdict = availability.from_page_kind(outcome.verdict, outcome.kind)


class Checker:
    """Checks applications; one instance per process, shared by concurrent checks."""

    def __init__(
        self,
        config: CheckerConfig,
        secrets: AppSecrets,
        state: StateStore | None = None,
        clock: Callable[[], datetime] = now_utc,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.config = config
        self._secrets = secrets
        self.state: StateStore = state or InMemoryStateStore()
        self.hosts = HostLimiter(config.per_host)
        self._clock = clock
        self._resolver = resolver
        self.stylesheets = StylesheetCache()
        self.pages = UnchangedPages(config.unchanged_pages)
        self.judgements = UnchangedJudgements(config.unchanged_pages)
        self.views_reused = 0  # extra views that were the page's own bytes, not parsed again
        self._policies: dict[bool, AddressPolicy] = {}  # by whether the application is internal (``_policy``)

    async def checked(self, app: AppSpec, cycle_id: str | None = None) -> ApplicationChecked:
        """Return ``check``'s event, whatever happens in it: a bug of the checker's own is logged with its trace and
        reported as ``galat_lain``, so that one application's check neither stalls a worker's round nor ends a
        one-shot run of the whole registry."""
        try:
            return await self.check(app, cycle_id)
        except Exception:
            log.exception("check of %s failed unexpectedly", app.id)
            return ApplicationChecked(
                app_id=app.id,
                pd_id=app.pd_id,
                url=app.url,
                checked_at=datetime.now(UTC),
                availability="tidak_aktif",
                reason="galat_lain",
                timings=Timings(0.0),
                cycle_id=cycle_id,
            )

    async def check(self, app: AppSpec, cycle_id: str | None = None) -> ApplicationChecked:
        """Check one application and return its status event.

        A check for a cycle round (the SOP's own monthly check) is thorough: it always reads the
        sitemaps, where injected gambling pages show up, and fetches the extra views of the page
        (as Googlebot, as a phone); the frequent scheduled checks read the sitemap only when the
        page gave no other freshness evidence or the sitemaps last showed an intruder's pages (so
        that a follow-up's checks prove them gone), and fetch the views once per
        ``views_every_minutes``, repeating their last findings in between, to keep the load on
        departments light.
        """
        started = self._clock()
        memory = await self.state.load(app.id)
        if cycle_id is not None or last_findings(memory, _SITEMAP_CODES):
            app = replace(app, config={**app.config, "sitemap_always": True})
        every = timedelta(minutes=self.config.views_every_minutes)
        due = views_due(memory, started, every, thorough=cycle_id is not None)
        recall = Recall(memory.structure, due, phone_due(memory))
        async with self.hosts.slot(_host(app.url)):
            outcome, attempts = await self._with_retries(app, recall)
        now = self._clock()
        # A page in the application's place is not its content: its fingerprint would date it. Nor is a body a
        # defacer put under the application's title, nor, once restored, the application's own coming back.
        fingerprint = outcome.content.fingerprint if outcome.kind.is_app and not _replaced(outcome) else None
        memory, findings = self._remembered(app, memory, outcome, recall, fingerprint, now)
        seen = observe(
            memory.flap,
            outcome.verdict.availability,
            int(app.setting("confirm_after", self.config.confirm_after)),
        )
        await self.state.save(app.id, replaced(memory, flap=seen.state))
        # Each of the event's fields, in their order: made in one step (``records.made``), not field by field.
        fields = {
            "app_id": app.id,
            "pd_id": app.pd_id,
            "url": app.url,
            "checked_at": started,
            "availability": outcome.verdict.availability,
            "timings": outcome.timings,
            "cycle_id": cycle_id,
            "reason": outcome.verdict.reason,
            "http_status": outcome.status,
            "final_url": outcome.final_url,
            "login": outcome.login,
            "content": self._freshness(app, outcome, memory, now),
            "tls": outcome.tls,
            "findings": findings,
            "attempts": attempts,
            "confirmed_availability": seen.confirmed,
            "status_changed": seen.changed,
            "in_maintenance": in_maintenance(parse_windows(app.setting("maintenance", [])), now),
            "reason_detail": None if outcome.verdict.up else outcome.verdict.detail,
        }
        return made(ApplicationChecked, fields)

    def _freshness(self, app: AppSpec, outcome: Outcome, memory: AppMemory, now: datetime) -> ContentFreshness:
        # A date on a page in the application's place (a maintenance notice's end) is not content.
        if not outcome.kind.is_app:
            return ContentFreshness("tidak_diketahui", None, None, f"halaman bukan aplikasi: {outcome.kind.detail}")
        if _replaced(outcome):
            return ContentFreshness("tidak_diketahui", None, None, _DEFACED)
        content = outcome.content
        if not content.analysed:
            return ContentFreshness("tidak_diketahui", None, None, outcome.unread)
        return freshness.decide(
            content.evidence, now, app.max_age_days, memory.fingerprint_changed_at, memory.fingerprint_seen_since
        )

    def _remembered(
        self, app: AppSpec, memory: AppMemory, outcome: Outcome, recall: Recall, fingerprint: str | None, now: datetime
    ) -> tuple[AppMemory, tuple[Finding, ...]]:
        """Fold the check into the memory; a check that did not fetch the views or read the sitemap repeats
        their last findings."""
        page = outcome.content.page if outcome.kind.is_app else None
        defaced = any(f.code == "defacement" for f in outcome.findings)
        if self.config.baselines:
            memory = remember_structure(memory, page, fingerprint, defaced)
        memory = remember_fingerprint(memory, fingerprint, now)
        if outcome.content.page is None:
            return memory, outcome.findings
        findings = outcome.findings
        if outcome.content.sitemap_read:
            memory = remember_looked(memory, findings, _SITEMAP_CODES)
        else:
            findings += last_findings(memory, _SITEMAP_CODES)
        codes = view_codes(self.config.checks, app)
        if recall.views:
            findings += cloaking.other_phone(last_findings(memory, codes), findings, recall.phone)
            return remember_views(memory, now, findings, codes), findings
        return memory, findings + last_findings(memory, codes)

    async def _with_retries(self, app: AppSpec, recall: Recall = Recall()) -> tuple[Outcome, int]:
        retries = int(app.setting("retries", self.config.retries))
        attempt = 1
        outcome = await self._attempt(app, recall)
        while attempt <= retries and availability.worth_retrying(outcome.verdict):
            await asyncio.sleep(self.config.retry_delay_s)
            attempt += 1
            outcome = await self._attempt(app, recall)
        return outcome, attempt

    def _session(self, app: AppSpec) -> Session:
        policy = self._policy(app.internal)
        # ``app.resolve`` parses the application's own rules each time it is asked: most have none.
        rules = app.resolve + self.config.resolve if app.config.get("resolve") else self.config.resolve
        ca = app.setting("ca_bundle", None) or self.config.ca_bundle
        limits = self.config.limits
        if app.setting("timeout_s", None):
            total = float(app.config["timeout_s"])
            limits = replace(limits, total_timeout_s=total, check_budget_s=max(limits.check_budget_s, 2 * total))
        return Session(policy, rules, limits, ca, resolver=self._resolver)

    def _policy(self, internal: bool) -> AddressPolicy:
        """Return ``AddressPolicy(config.allow, internal, config.deny)``: one object a kind of application while the
        config's networks are the same, so that the guard's decisions are kept with it (``http.guard._decisions``)."""
        allow, deny = self.config.allow, self.config.deny
        kept = self._policies.get(internal)
        if kept is None or kept.allow is not allow or kept.deny is not deny or kept.internal is not internal:
            kept = self._policies[internal] = AddressPolicy(allow, internal, deny)
        return kept

    async def _attempt(self, app: AppSpec, recall: Recall = Recall()) -> Outcome:
        now = self._clock()  # the attempt's time: what its pages' dates and days are read against
        async with self._session(app) as session:
            try:
                main = await session.fetch(app.url, landing=True)  # where a signpost page sends visitors
                if main.status in _REFUSED and blocked.recognise(main.status, main.headers, main.body) is None:
                    main = await _as_a_visitor(session, app.url, main)
            except FetchError as exc:
                verdict = availability.from_failure(exc.kind, exc.explanation)
                listed = blocked.listed_by_certificate(exc.certificate_names, urlsplit(app.url).hostname or "")
                if listed is not None:  # the provider's certificate tells nothing of the application's
                    verdict, exc.tls = availability.from_protection(verdict, listed), None
                outcome = Outcome(verdict, session.clock.timings(), tls=exc.tls)
                return self._judged(outcome, Observed(app, tls=exc.tls))
            outcome = Outcome(
                availability.from_status(main.status), session.clock.timings(), main.status, main.final_url, main.tls
            )
            guard = blocked.recognise(main.status, main.headers, main.body)
            outcome.verdict = availability.from_protection(outcome.verdict, guard)
            if guard is None and main.status >= 500 and main.is_html:
                outcome.verdict = _read_error_page(outcome.verdict, main, wib_day(now))
            if outcome.verdict.up and app.login is not None:
                # Imported here: most applications have no login, and its many expressions are a twentieth of a start.
                from .login_flow import log_in

                outcome.login = await log_in(session, app.login, self._secrets, wib_day(now))
                outcome.verdict = availability.from_login(
                    outcome.verdict, outcome.login.result == "gagal", outcome.login.reason
                )
            if guard is None and main.status < 400 and main.is_html:
                outcome.content = await read_content(session, app, main, now, self.stylesheets, self.pages)
                _recognise(outcome, main.status)
            elif 200 <= main.status < 300:
                outcome.unread = _no_page(main)
            if guard is None and outcome.verdict.up:
                _unshown(outcome, main)
            if guard is None and outcome.verdict.up and _api_answer(main):
                _read_api_answer(outcome, main, wib_day(now))
            seen = await self._observed(session, app, main, outcome.content, recall, wib_day(now))
        return self._judged(outcome, seen)

    async def _observed(
        self, session: Session, app: AppSpec, main: FetchResult, content: Content, recall: Recall, today: date
    ) -> Observed:
        wanted = views_wanted(self.config.checks, app) if recall.views and content.page is not None else frozenset()
        known = (main, content.page) if content.page is not None else None
        # One after the other, over the connection the page came on: at once, each would open its own.
        agents = {**_VIEW_AGENTS, "mobile": _PHONE_AGENTS[recall.phone]}
        seen = {view: await self._view_page(session, app, view, agents[view], known, today) for view in sorted(wanted)}
        return Observed(
            app,
            main.tls,
            content.page,
            content.sitemap_urls,
            googlebot_page=seen.get("googlebot"),
            mobile_page=seen.get("mobile"),
            phone=recall.phone,
            baseline=recall.baseline,
        )

    async def _view_page(
        self,
        session: Session,
        app: AppSpec,
        view: View,
        agent: str,
        known: tuple[FetchResult, Page] | None,
        today: date,
    ) -> Page | None:
        # The extra views are for the cloaking checks only: no failure of theirs touches the result.
        # Each is a client of its own (no cookie of the browser's) over the attempt's connections.
        # A view served the page's own bytes cannot cloak: it is the page, already parsed.
        try:
            async with session.alongside(agent, _VIEW_REFERERS[view], landing=True) as viewer:
                page = await fetch_page(viewer, app.url, today, known)
        except Exception:
            log.exception("the %s view of %s failed", view, app.id)
            return None
        if known is not None and page is known[1]:
            self.views_reused += 1
        return page

    def _judged(self, outcome: Outcome, seen: Observed) -> Outcome:
        outcome.findings = self.judgements.findings(self.config.checks, seen)
        return outcome
