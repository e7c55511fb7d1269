"""What `pantau-checker once` shows: JSON lines on a pipe, progress on a terminal."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from pantau_checker.progress import Both, JsonLines, Tally, TerminalProgress, choose, render, summary_line
from pantau_contracts.status import ApplicationChecked, Finding, Timings


def event(app_id: str, availability: str = "aktif", severity: str | None = None) -> ApplicationChecked:
    findings = (Finding("judi_online", severity, "slot gacor"),) if severity else ()  # type: ignore[arg-type]
    return ApplicationChecked(
        app_id=app_id,
        pd_id="dinkes",
        url=f"https://{app_id}.bekasikota.go.id/",
        checked_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC),
        availability=availability,  # type: ignore[arg-type]
        timings=Timings(120.0),
        reason=None if availability == "aktif" else "http_5xx",
        http_status=200 if availability == "aktif" else 503,
        findings=findings,
    )


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_counts_results_rate_and_time_left() -> None:
    tally = Tally(total=200, started=0.0)
    for n in range(50):
        tally.add(event(f"app-{n}", "tidak_aktif" if n % 10 == 0 else "aktif", "kritis" if n == 7 else None))
    line = render(tally, elapsed_s=2.0)
    assert "[#####...............] 50/200  25%" in line
    assert "aktif 45 · tidak aktif 5 · temuan serius 1 · 25 cek/dtk · sisa 6 dtk" in line


def test_progress_line_of_a_finished_round_shows_its_duration_and_fits_the_width() -> None:
    tally = Tally(total=3, done=3, aktif=3, started=0.0)
    assert render(tally, elapsed_s=75.0).endswith("1 mnt 15 dtk")
    assert len(render(tally, elapsed_s=75.0, width=40)) == 39


def test_summary_line_marks_down_apps_and_serious_findings() -> None:
    assert summary_line(event("web")).startswith("✓ web")
    down = summary_line(event("siaga", "tidak_aktif"))
    assert down.startswith("✗ siaga") and "tidak aktif (http_5xx)" in down and "HTTP 503" in down
    assert summary_line(event("ppid", severity="kritis")).startswith("! ppid")


def test_a_pipe_gets_json_lines_only() -> None:
    out, err = io.StringIO(), io.StringIO()
    display = choose(out, err, total=2)
    display(event("web"))
    display(event("siaga", "tidak_aktif"))
    display.close()
    assert [json.loads(line)["app_id"] for line in out.getvalue().splitlines()] == ["web", "siaga"]
    assert err.getvalue() == ""


def test_a_terminal_gets_a_line_per_check_and_a_progress_line() -> None:
    out = Terminal()
    display = choose(out, io.StringIO(), total=2)
    assert isinstance(display, TerminalProgress)
    display(event("web"))
    display(event("siaga", "tidak_aktif"))
    display.close()
    shown = out.getvalue()
    assert "✓ web" in shown and "✗ siaga" in shown and "2/2 100%" in shown
    assert "{" not in shown


def test_json_on_a_terminal_when_asked_and_progress_on_a_terminal_stderr_when_piped() -> None:
    assert isinstance(choose(Terminal(), Terminal(), total=1, json_on_terminal=True), JsonLines)
    out, err = io.StringIO(), Terminal()
    display = choose(out, err, total=1)
    assert isinstance(display, Both)
    display(event("web"))
    display.close()
    assert json.loads(out.getvalue())["app_id"] == "web"
    assert "1/1 100%" in err.getvalue() and "✓ web" not in err.getvalue()
