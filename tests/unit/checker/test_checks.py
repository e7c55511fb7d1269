"""The page checks as one list: switches, settings, categories, and the configuration that sets them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.config import checker_config, scheduler_config
from pantau_checker.core import tls as tls_facts
from pantau_checker.core.checks import CHECKS, Check, Observed, judge_all, switched, view_codes, views_wanted
from pantau_checker.core.checks.base import NoSettings
from pantau_checker.core.page import parse_page
from pantau_common.config import ConfigError
from pantau_common.registry.model import AppSpec
from pantau_common.settings import Settings
from pantau_contracts.status import Finding
from pantau_contracts.vocabulary import FINDING_CATEGORIES, FINDING_LABELS

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
SPAM = (
    "<html><head><title>slot gacor maxwin</title><link rel='amphtml' href='https://amp-x.pages.dev/'></head>"
    "<body><p>Dinas</p><div>Dinas</div>"
    "<br />\n<b>Notice</b>:  Undefined index: id in <b>/var/www/html/index.php</b> on line <b>7</b><br />\n"
    "</body></html>"
)
CLEAN = "<html><head><title>Dinas</title></head><body><p>Berita dinas</p></body></html>"
SITEMAP = ("https://x.web.id/berita/1", "https://x.web.id/promo/slot-gacor-maxwin/")


def app(**config: object) -> AppSpec:
    return AppSpec(id="x-web", pd_id="x", nama="X", url="https://kotacerdas.x.web.id/", config=config)


def everything_wrong(**config: object) -> Observed:
    """Return an attempt that every registered check has something to say about."""
    return Observed(
        app(**config),
        tls=tls_facts.facts_from_certificate(NOW + timedelta(days=3), "CA", NOW),
        page=parse_page(CLEAN, "https://kotacerdas.x.web.id/"),
        sitemap_urls=SITEMAP,
        googlebot_page=parse_page(SPAM, "https://kotacerdas.x.web.id/"),
        mobile_page=parse_page(SPAM, "https://kotacerdas.x.web.id/"),
    )


def spam_page(**config: object) -> Observed:
    return replace(everything_wrong(**config), page=parse_page(SPAM, "https://kotacerdas.x.web.id/"))


def codes(findings: tuple[Finding, ...]) -> set[str]:
    return {f.code for f in findings}


def check_named(name: str) -> Check[object]:
    return next(c for c in CHECKS if c.name == name)


def env(**variables: str) -> Settings:
    return Settings.from_env({f"PANTAU_{k}": v for k, v in variables.items()})


# --- the registry -------------------------------------------------------------------------------


def test_every_registered_check_has_a_unique_name_and_its_codes_labelled_in_the_vocabulary() -> None:
    assert len({c.name for c in CHECKS}) == len(CHECKS)
    for check in CHECKS:
        assert check.codes, check.name
        for code in check.codes:
            assert code in FINDING_LABELS, code
            assert FINDING_CATEGORIES[code] == check.category, code


def test_no_finding_code_belongs_to_two_checks() -> None:
    all_codes = [code for check in CHECKS for code in check.codes]
    assert len(all_codes) == len(set(all_codes))


def test_every_check_finds_what_it_is_for_and_each_finding_carries_its_category() -> None:
    found = judge_all(switched(CHECKS), everything_wrong()) + judge_all(switched(CHECKS), spam_page())
    for check in CHECKS:
        own = [f for f in found if f.code in check.codes]
        assert own, check.name
        assert {f.category for f in own} == {check.category}, check.name


def test_findings_come_in_the_order_of_the_list() -> None:
    found = judge_all(switched(CHECKS), everything_wrong())
    owner = [next(i for i, c in enumerate(CHECKS) if f.code in c.codes) for f in found]
    assert owner == sorted(owner)
    assert [f.code for f in found] == [
        "domain_bukan_go_id",
        "tls_segera_kedaluwarsa",
        "judi_online_subpath",
        "cloaking_googlebot",
        "cloaking_seluler",
    ]


@pytest.mark.parametrize("name", [c.name for c in CHECKS])
def test_a_switched_off_check_makes_no_finding_and_the_others_still_do(name: str) -> None:
    check = check_named(name)
    on = judge_all(switched(CHECKS), everything_wrong()) + judge_all(switched(CHECKS), spam_page())
    off = judge_all(switched(CHECKS, off=[name]), everything_wrong()) + judge_all(
        switched(CHECKS, off=[name]), spam_page()
    )
    assert codes(off) & set(check.codes) == set()
    assert codes(off) == codes(on) - set(check.codes)


def test_an_application_can_switch_cloaking_on_or_off_for_itself() -> None:
    assert "cloaking_googlebot" not in codes(judge_all(switched(CHECKS), everything_wrong(googlebot_check=False)))
    off_everywhere = switched(CHECKS, off=["cloaking"])
    assert "cloaking_googlebot" in codes(judge_all(off_everywhere, everything_wrong(googlebot_check=True)))


def test_each_extra_view_is_wanted_only_while_its_cloaking_check_is_on() -> None:
    assert views_wanted(switched(CHECKS), app()) == {"googlebot", "mobile"}
    assert views_wanted(switched(CHECKS, off=["cloaking"]), app()) == {"mobile"}
    assert views_wanted(switched(CHECKS, off=["cloaking", "cloaking_seluler"]), app()) == set()
    assert views_wanted(switched(CHECKS), app(googlebot_check=False)) == {"mobile"}


def test_the_codes_of_the_view_checks_are_those_switched_on() -> None:
    assert view_codes(switched(CHECKS), app()) == {"cloaking_googlebot", "cloaking_seluler"}
    assert view_codes(switched(CHECKS, off=["cloaking_seluler"]), app(googlebot_check=False)) == set()


def test_an_application_setting_overrides_the_check_setting() -> None:
    later = replace(everything_wrong(), tls=tls_facts.facts_from_certificate(NOW + timedelta(days=20), "CA", NOW))
    assert "tls_segera_kedaluwarsa" in codes(judge_all(switched(CHECKS), later))
    assert "tls_segera_kedaluwarsa" not in codes(judge_all(switched(CHECKS), replace(later, app=app(tls_warn_days=10))))
    assert "domain_bukan_go_id" not in codes(
        judge_all(switched(CHECKS), replace(later, app=app(allowed_suffixes=["x.web.id"])))
    )


def test_a_check_that_fails_costs_the_others_nothing() -> None:
    def broken(seen: Observed, settings: NoSettings) -> tuple[Finding, ...]:
        raise ValueError("a hostile page")

    failing = Check("rusak", "keamanan", ("judi_online",), broken, NoSettings())
    found = judge_all(switched((failing, *CHECKS)), everything_wrong())
    assert "domain_bukan_go_id" in codes(found)


def test_an_attempt_that_fetched_nothing_is_judged_on_its_address_and_tls_only() -> None:
    found = judge_all(switched(CHECKS), Observed(app(), tls=tls_facts.facts_from_error("certificate has expired")))
    assert codes(found) == {"domain_bukan_go_id", "tls_tidak_sah"}


@pytest.mark.parametrize(
    ("message", "said"),
    [
        ("certificate verify failed: certificate has expired", "sertifikat TLS sudah kedaluwarsa"),
        ("Hostname mismatch, certificate is not valid for 'x'", "sertifikat TLS diterbitkan untuk nama host lain"),
        ("certificate verify failed: self-signed certificate", "ditandatangani sendiri (self-signed)"),
        ("certificate verify failed: unable to get local issuer certificate", "penerbit sertifikat TLS tidak dikenal"),
        ("tlsv1 alert internal error", "jabat tangan TLS gagal"),
    ],
)
def test_an_invalid_certificate_is_told_to_an_official_in_words_not_a_code(message: str, said: str) -> None:
    [finding] = judge_all(switched(CHECKS, off=["domain"]), Observed(app(), tls=tls_facts.facts_from_error(message)))
    assert finding.code == "tls_tidak_sah" and said in finding.evidence and "_" not in finding.evidence


# --- configuration ------------------------------------------------------------------------------


def test_every_check_is_on_with_its_defaults_unless_configured() -> None:
    config = checker_config(env())
    assert [(s.check.name, s.on, s.settings) for s in config.checks] == [(c.name, True, c.settings) for c in CHECKS]


def test_a_check_is_switched_off_by_its_own_variable() -> None:
    config = checker_config(env(CHECKER_CHECK_TLS="0", CHECKER_CHECK_SITEMAP_GAMBLING="tidak"))
    assert {s.check.name for s in config.checks if not s.on} == {"tls", "sitemap_gambling"}


def test_the_old_googlebot_switch_still_switches_cloaking_off_and_the_new_one_wins() -> None:
    assert not next(s for s in checker_config(env(CHECKER_GOOGLEBOT="0")).checks if s.check.name == "cloaking").on
    both = checker_config(env(CHECKER_GOOGLEBOT="0", CHECKER_CHECK_CLOAKING="1"))
    assert next(s for s in both.checks if s.check.name == "cloaking").on


def test_the_deny_list_comes_from_its_variable_and_a_bad_range_is_named() -> None:
    config = checker_config(env(CHECKER_DENY_ADDRESSES="10.20.0.0/16, 103.147.32.0/24"))
    assert [str(n) for n in config.deny] == ["10.20.0.0/16", "103.147.32.0/24"]
    with pytest.raises(ConfigError, match="PANTAU_CHECKER_DENY_ADDRESSES"):
        checker_config(env(CHECKER_DENY_ADDRESSES="10.20.0.0/33"))


def test_check_settings_come_from_their_variables() -> None:
    config = checker_config(env(CHECKER_TLS_WARN_DAYS="14", CHECKER_ALLOWED_SUFFIXES="go.id, bekasikota.go.id ,x.id"))
    settings = {s.check.name: s.settings for s in config.checks}
    assert settings["tls"].warn_days == 14
    assert settings["domain"].allowed_suffixes == ("go.id", "bekasikota.go.id", "x.id")


def test_the_extra_views_interval_comes_from_its_variable() -> None:
    assert checker_config(env()).views_every_minutes == 60
    assert checker_config(env(CHECKER_VIEWS_EVERY_MINUTES="0")).views_every_minutes == 0
    with pytest.raises(ConfigError, match="PANTAU_CHECKER_VIEWS_EVERY_MINUTES"):
        checker_config(env(CHECKER_VIEWS_EVERY_MINUTES="sejam"))


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"CHECKER_CHECK_TLS": "mungkin"}, "PANTAU_CHECKER_CHECK_TLS"),
        ({"CHECKER_TLS_WARN_DAYS": "sebulan"}, "PANTAU_CHECKER_TLS_WARN_DAYS"),
        ({"CHECKER_ALLOW_ADDRESSES": "bukan-cidr"}, "PANTAU_CHECKER_ALLOW_ADDRESSES"),
        ({"CHECKER_RESOLVE": "tanpa-port"}, "PANTAU_CHECKER_RESOLVE"),
    ],
)
def test_a_bad_checker_variable_is_an_error_naming_it(variables: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        checker_config(env(**variables))


def test_the_scheduler_tick_comes_from_its_variable() -> None:
    assert scheduler_config(env()).tick_s == 5.0
    assert scheduler_config(env(CHECKER_SCHEDULER_TICK_S="0.5")).tick_s == 0.5


@pytest.mark.parametrize("raw", ["sebentar", "0", "-1"])
def test_a_bad_scheduler_tick_is_an_error_naming_its_variable(raw: str) -> None:
    with pytest.raises(ConfigError, match="PANTAU_CHECKER_SCHEDULER_TICK_S"):
        scheduler_config(env(CHECKER_SCHEDULER_TICK_S=raw))
