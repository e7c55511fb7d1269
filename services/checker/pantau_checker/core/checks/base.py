"""What a page check is, what it judges, and how the configured checks run over one attempt."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar
from urllib.parse import urlsplit

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding, TlsFacts
from pantau_contracts.vocabulary import Category

from ..page import Page
from ..structure import Structure

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

S = TypeVar("S", bound="DataclassInstance")
View = Literal["googlebot", "mobile"]  # the page as Googlebot gets it, and as a phone's browser does
Phone = Literal["Android", "iPhone"]  # the phone the mobile view asks as: its Chrome, or its Safari
PHONES: tuple[Phone, ...] = ("Android", "iPhone")  # by turns, from one view to the next (``core.state``)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Observed:
    """What one attempt fetched of an application: all a check may judge."""

    app: AppSpec
    tls: TlsFacts | None = None  # also after a failed handshake
    page: Page | None = None  # None when the page was not fetched or could not be analysed
    sitemap_urls: tuple[str, ...] = ()  # the addresses the sitemap lists, when it was read
    googlebot_page: Page | None = None  # the same page fetched as Googlebot, when a check asked
    mobile_page: Page | None = None  # the same page fetched as a phone's browser, when a check asked
    phone: Phone = "Android"  # the phone that asked for it
    baseline: Structure | None = None  # what the checker remembers of the page's structure

    @cached_property  # read by several checks an attempt
    def host(self) -> str:
        """Return the host name of the application's address."""
        return urlsplit(self.app.url).hostname or ""


@dataclass(frozen=True)
class Check(Generic[S]):
    """One check: a pure judgement of what an attempt observed, with its default settings."""

    name: str  # PANTAU_CHECKER_CHECK_<NAME>=0 switches it off
    category: Category  # of every finding it makes
    codes: tuple[str, ...]  # the finding codes it makes, each labelled in the vocabulary
    judge: Callable[[Observed, S], tuple[Finding, ...]]
    settings: S  # PANTAU_CHECKER_<NAME>_<FIELD> (or a field's metadata "env") overrides a field
    per_app: Mapping[str, str] = field(default_factory=dict)  # settings field -> registry column
    app_switch: str | None = None  # registry column that switches it on or off per application
    views: frozenset[View] = frozenset()  # fetches the shell makes only for this check


@dataclass(frozen=True)
class NoSettings:
    """The settings of a check that has none besides its switch."""


@dataclass(frozen=True)
class Switched(Generic[S]):
    """A check as configured: on or off, with its settings."""

    check: Check[S]
    on: bool
    settings: S


def switched(checks: Iterable[Check[Any]], off: Iterable[str] = ()) -> tuple[Switched[Any], ...]:
    """Return ``checks`` with their default settings, on except those named in ``off``."""
    names = set(off)
    return tuple(Switched(c, c.name not in names, c.settings) for c in checks)


def judge_all(setups: Iterable[Switched[Any]], seen: Observed) -> tuple[Finding, ...]:
    """Return the findings of every check switched on for the observed application, in order."""
    found: tuple[Finding, ...] = ()
    for setup in setups:
        if is_on(setup, seen.app):
            found += _judged(setup, seen)
    return found


def views_wanted(setups: Iterable[Switched[Any]], app: AppSpec) -> frozenset[View]:
    """Return the extra views of the page that the checks switched on for ``app`` need."""
    return frozenset(v for s in setups if is_on(s, app) for v in s.check.views)


def view_codes(setups: Iterable[Switched[Any]], app: AppSpec) -> frozenset[str]:
    """Return the finding codes of the checks switched on for ``app`` that judge an extra view."""
    return frozenset(code for s in setups if s.check.views and is_on(s, app) for code in s.check.codes)


def is_on(setup: Switched[Any], app: AppSpec) -> bool:
    """Return whether a check runs for ``app``: the application's own switch wins."""
    switch = setup.check.app_switch
    return bool(app.setting(switch, setup.on)) if switch else setup.on


def for_app(setup: Switched[S], app: AppSpec) -> S:
    """Return the check's settings with the application's own values over them."""
    if not setup.check.per_app or not app.config:  # most checks, most applications
        return setup.settings
    own = {name: app.config[column] for name, column in setup.check.per_app.items() if column in app.config}
    own = {name: value for name, value in own.items() if value is not None}
    return replace(setup.settings, **own) if own else setup.settings


def _judged(setup: Switched[Any], seen: Observed) -> tuple[Finding, ...]:
    # A check that fails on a hostile page must not cost the other checks their findings.
    try:
        return setup.check.judge(seen, for_app(setup, seen.app))
    except Exception:
        log.exception("check %s of %s failed", setup.check.name, seen.app.id)
        return ()
