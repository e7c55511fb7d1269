"""One full check of one application: availability (with retries), login, content, security.

The decisions are the pure core's; this module only fetches and wires them together.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

import htmldate

from pantau_contracts.status import (
    ApplicationChecked,
    ContentFreshness,
    Finding,
    LoginResult,
    Timings,
    TlsFacts,
)

from .core import availability, defacement, domain, freshness, login, tls
from .core.flap import observe
from .core.maintenance import in_maintenance, parse_windows
from .core.netguard import AddressPolicy, IPNetwork
from .core.page import Page, parse_page
from .core.registry import AppSpec, LoginSpec, ResolveRule
from .core.state import AppMemory, remember_fingerprint
from .http import GOOGLEBOT_UA, FetchError, FetchLimits, FetchResult, Resolver, Session, system_resolver
from .secrets import SecretUnavailableError, read_secret

SOURCE = "/pantau/checker"
T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CheckerConfig:
    """How the checker behaves; built once by the composition root."""

    allow: tuple[IPNetwork, ...] = ()
    resolve: tuple[ResolveRule, ...] = ()
    limits: FetchLimits = field(default_factory=FetchLimits)
    retries: int = 2
    retry_delay_s: float = 1.0
    confirm_after: int = 2
    allowed_suffixes: tuple[str, ...] = domain.DEFAULT_SUFFIXES
    tls_warn_days: int = tls.DEFAULT_WARN_DAYS
    ca_bundle: str | None = None
    googlebot_check: bool = True
    per_host: int = 2


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

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        semaphore = self._semaphores.setdefault(host, asyncio.Semaphore(self._per_host))
        async with semaphore:
            yield


@dataclass
class Outcome:
    verdict: availability.Verdict
    timings: Timings
    status: int | None = None
    final_url: str | None = None
    tls: TlsFacts | None = None
    login: LoginResult = field(default_factory=LoginResult)
    evidence: list[freshness.Evidence] = field(default_factory=list)
    fingerprint: str | None = None
    findings: tuple[Finding, ...] = ()
    analysed: bool = False


def now_utc() -> datetime:
    return datetime.now(UTC)


class Checker:
    """Checks applications; one instance per process, shared by concurrent checks."""

    def __init__(
        self,
        config: CheckerConfig,
        secret_env: Mapping[str, str],
        state: StateStore | None = None,
        clock: Callable[[], datetime] = now_utc,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.config = config
        self._secret_env = secret_env
        self.state: StateStore = state or InMemoryStateStore()
        self.hosts = HostLimiter(config.per_host)
        self._clock = clock
        self._resolver = resolver

    async def check(self, app: AppSpec, cycle_id: str | None = None) -> ApplicationChecked:
        """Check one application and return its status event.

        A check for a cycle round (the SOP's own monthly check) is thorough: it always reads the
        sitemap, where injected gambling pages show up; the frequent scheduled checks read it only
        when the page gave no other freshness evidence, to keep the load on departments light.
        """
        if cycle_id is not None:
            app = replace(app, config={**app.config, "sitemap_always": True})
        started = self._clock()
        async with self.hosts.slot(urlsplit(app.url).hostname or ""):
            outcome, attempts = await self._with_retries(app)
        now = self._clock()
        memory = remember_fingerprint(await self.state.load(app.id), outcome.fingerprint, now)
        seen = observe(
            memory.flap,
            outcome.verdict.availability,
            int(app.setting("confirm_after", self.config.confirm_after)),
        )
        await self.state.save(app.id, replace(memory, flap=seen.state))
        return ApplicationChecked(
            app_id=app.id,
            pd_id=app.pd_id,
            url=app.url,
            checked_at=started,
            availability=outcome.verdict.availability,
            timings=outcome.timings,
            cycle_id=cycle_id,
            reason=outcome.verdict.reason,
            http_status=outcome.status,
            final_url=outcome.final_url,
            login=outcome.login,
            content=self._freshness(app, outcome, memory, now),
            tls=outcome.tls,
            findings=outcome.findings,
            attempts=attempts,
            confirmed_availability=seen.confirmed,  # type: ignore[arg-type]
            status_changed=seen.changed,
            in_maintenance=in_maintenance(parse_windows(app.setting("maintenance", [])), now),
        )

    def _freshness(self, app: AppSpec, outcome: Outcome, memory: AppMemory, now: datetime) -> ContentFreshness:
        if not outcome.analysed:
            return ContentFreshness("tidak_diketahui", None, None, "isi tidak dapat diperiksa")
        return freshness.decide(
            outcome.evidence, now, app.max_age_days, memory.fingerprint_changed_at, memory.fingerprint_seen_since
        )

    async def _with_retries(self, app: AppSpec) -> tuple[Outcome, int]:
        retries = int(app.setting("retries", self.config.retries))
        attempt = 1
        outcome = await self._attempt(app)
        while attempt <= retries and availability.worth_retrying(outcome.verdict):
            await asyncio.sleep(self.config.retry_delay_s)
            attempt += 1
            outcome = await self._attempt(app)
        return outcome, attempt

    def _session(self, app: AppSpec, user_agent: str | None = None) -> Session:
        policy = AddressPolicy(self.config.allow, app.internal)
        rules = app.resolve + self.config.resolve
        ca = app.setting("ca_bundle", None) or self.config.ca_bundle
        limits = self.config.limits
        if app.setting("timeout_s", None):
            total = float(app.config["timeout_s"])
            limits = replace(limits, total_timeout_s=total, check_budget_s=max(limits.check_budget_s, 2 * total))
        kwargs: dict[str, Any] = {"user_agent": user_agent} if user_agent else {}
        return Session(policy, rules, limits, ca, resolver=self._resolver, **kwargs)

    async def _attempt(self, app: AppSpec) -> Outcome:
        async with self._session(app) as session:
            try:
                main = await session.fetch(app.url)
            except FetchError as exc:
                verdict = availability.from_failure(exc.kind, exc.detail)
                return Outcome(
                    verdict,
                    session.clock.timings(),
                    tls=exc.tls,
                    findings=self._static_findings(app, exc.tls),
                )
            timings = session.clock.timings()
            outcome = Outcome(availability.from_status(main.status), timings, main.status, main.final_url, main.tls)
            if outcome.verdict.up and app.login is not None:
                outcome.login = await self._login(session, app.login)
                outcome.verdict = availability.from_login(
                    outcome.verdict, outcome.login.result == "gagal", outcome.login.reason
                )
            if main.status < 400 and main.is_html:
                await self._analyse_safely(session, app, main, outcome)
            outcome.findings = self._static_findings(app, main.tls) + outcome.findings
            return outcome

    def _static_findings(self, app: AppSpec, facts: TlsFacts | None) -> tuple[Finding, ...]:
        suffixes = tuple(app.setting("allowed_suffixes", self.config.allowed_suffixes))
        found = domain.findings(urlsplit(app.url).hostname or "", suffixes)
        if facts is not None:
            found += tls.findings(facts, int(app.setting("tls_warn_days", self.config.tls_warn_days)))
        return found

    async def _login(self, session: Session, spec: LoginSpec) -> LoginResult:
        try:
            username = read_secret(spec.username_secret, self._secret_env)
            password = read_secret(spec.password_secret, self._secret_env)
        except SecretUnavailableError as exc:
            return LoginResult("gagal", str(exc))
        try:
            page = await session.fetch(spec.url)
            form = login.find_form(page.text(), page.final_url, spec)
        except FetchError as exc:
            return LoginResult("gagal", f"halaman login: {exc.detail}")
        except login.LoginFormMissingError as exc:
            return LoginResult("gagal", str(exc))
        try:
            answer = await self._submit(session, page, form, login.submission(form, spec, username, password))
        except FetchError as exc:
            # Only the kind: the detail of a failed submission may quote the credentials.
            return LoginResult("gagal", f"mengirim formulir login gagal ({exc.kind})")
        return login.decide(spec, answer.status, answer.final_url, answer.text())

    async def _submit(
        self, session: Session, page: FetchResult, form: login.LoginForm, pairs: list[tuple[str, str]]
    ) -> FetchResult:
        fields = _as_form_data(pairs)
        headers = {"Referer": page.final_url, "Origin": "{0.scheme}://{0.netloc}".format(urlsplit(page.final_url))}
        if form.method == "get":
            return await session.fetch(form.action + "?" + _query(fields), headers=headers)
        return await session.fetch(form.action, method="POST", data=fields, headers=headers)

    async def _analyse_safely(self, session: Session, app: AppSpec, main: FetchResult, outcome: Outcome) -> None:
        # A hostile or broken page must never lose the availability result.
        try:
            await self._analyse(session, app, main, outcome)
        except Exception:
            log.exception("content analysis of %s failed", app.id)
            outcome.analysed = False

    async def _analyse(self, session: Session, app: AppSpec, main: FetchResult, outcome: Outcome) -> None:
        html = main.text()
        page = parse_page(html, main.final_url)
        now = self._clock()
        outcome.findings = defacement.scan(page)
        outcome.evidence = await self._evidence(session, app, main, page, html, now)
        sitemap = await self._sitemap(session, app, main, outcome.evidence)
        outcome.evidence += _opt(freshness.newest("sitemap", sitemap.lastmods, now))
        outcome.findings += defacement.scan_urls(sitemap.urls)
        outcome.fingerprint = freshness.fingerprint(page.main_text)
        outcome.analysed = True
        if app.setting("googlebot_check", self.config.googlebot_check):
            outcome.findings += await self._cloaking(app, outcome.findings)

    async def _evidence(
        self, session: Session, app: AppSpec, main: FetchResult, page: Page, html: str, now: datetime
    ) -> list[freshness.Evidence]:
        found = [
            freshness.newest("page_date", _page_dates(page, html), now),
            freshness.newest("last_modified", _opt(freshness.http_date(main.headers.get("last-modified"))), now),
        ]
        feed = app.setting("feed_url", None) or (page.feed_urls[0] if page.feed_urls else None)
        if feed:
            found.append(freshness.newest("feed", freshness.feed_dates(await _body(session, feed)), now))
        return [e for e in found if e is not None]

    async def _sitemap(
        self, session: Session, app: AppSpec, main: FetchResult, evidence: list[freshness.Evidence]
    ) -> freshness.Sitemap:
        url = app.setting("sitemap_url", None)
        if url is None and (not evidence or app.setting("sitemap_always", False)):
            url = "{0.scheme}://{0.netloc}/sitemap.xml".format(urlsplit(main.final_url))
        if not url:
            return freshness.Sitemap((), ())
        return freshness.read_sitemap(await _body(session, url))

    async def _cloaking(self, app: AppSpec, browser: tuple[Finding, ...]) -> tuple[Finding, ...]:
        async with self._session(app, GOOGLEBOT_UA) as session:
            try:
                answer = await session.fetch(app.url)
            except FetchError:
                return ()
        if answer.status >= 400 or not answer.is_html:
            return ()
        crawler = defacement.scan(parse_page(answer.text(), answer.final_url))
        return defacement.cloaking(browser, crawler)


def _page_dates(page: Page, html: str) -> list[datetime]:
    dates = freshness.dates_in_text(page.main_text)
    dates += [d for d in (freshness.parse_date(v) for v in page.time_values) if d]
    if not dates:
        dates += _opt(_htmldate(html))
    return dates


def _htmldate(html: str) -> datetime | None:
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        return None
    return freshness.parse_date(found) if found else None


async def _body(session: Session, url: str) -> bytes:
    try:
        result = await session.fetch(url)
    except FetchError:
        return b""
    return result.body if result.status < 400 else b""


def _opt(value: T | None) -> list[T]:
    return [value] if value is not None else []


def _as_form_data(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, value in pairs:
        if name in data:
            data[name] = [*(data[name] if isinstance(data[name], list) else [data[name]]), value]
        else:
            data[name] = value
    return data


def _query(fields: dict[str, Any]) -> str:
    from urllib.parse import urlencode

    return urlencode(fields, doseq=True)
