"""The worker's registry cache: one read of every active application per interval, not one per check."""

from __future__ import annotations

from pantau_checker.kafka_worker import CachedLoader
from pantau_common.registry.model import AppSpec


class FakeRegistry:
    def __init__(self, apps: list[AppSpec]) -> None:
        self.apps = {a.id: a for a in apps}
        self.reads = 0
        self.lookups: list[str] = []

    def active(self) -> list[AppSpec]:
        self.reads += 1
        return list(self.apps.values())

    def load(self, app_id: str) -> AppSpec | None:
        self.lookups.append(app_id)
        return None


def app(app_id: str, url: str = "https://x.bekasikota.go.id/") -> AppSpec:
    return AppSpec(id=app_id, pd_id="dinkes", nama=app_id, url=url)


def test_many_checks_cost_one_read_of_the_registry() -> None:
    registry = FakeRegistry([app(f"app-{n}") for n in range(100)])
    loader = CachedLoader(registry, ttl_s=30, clock=lambda: 0.0)
    assert all(loader.load(f"app-{n}") is not None for n in range(100))
    assert (registry.reads, registry.lookups) == (1, [])


def test_an_application_missing_from_the_read_is_asked_for_once_per_interval() -> None:
    registry = FakeRegistry([app("web")])
    now = [0.0]
    loader = CachedLoader(registry, ttl_s=30, clock=lambda: now[0])
    assert loader.load("baru") is None and loader.load("baru") is None
    assert registry.lookups == ["baru"]
    now[0] = 31.0
    registry.apps["baru"] = app("baru")
    assert loader.load("baru") is not None
    assert registry.reads == 2


def test_an_edit_is_seen_after_the_interval() -> None:
    registry = FakeRegistry([app("web", "https://lama.bekasikota.go.id/")])
    now = [0.0]
    loader = CachedLoader(registry, ttl_s=30, clock=lambda: now[0])
    assert loader.load("web").url == "https://lama.bekasikota.go.id/"  # type: ignore[union-attr]
    registry.apps["web"] = app("web", "https://baru.bekasikota.go.id/")
    now[0] = 29.0
    assert loader.load("web").url == "https://lama.bekasikota.go.id/"  # type: ignore[union-attr]
    now[0] = 30.0
    assert loader.load("web").url == "https://baru.bekasikota.go.id/"  # type: ignore[union-attr]
