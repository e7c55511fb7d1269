"""The response-time chart: an accessible SVG, drawn on the server, with data escaped."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pantau_web.charts import Point, response_chart, summary

START = datetime(2026, 12, 1, tzinfo=UTC)


def points(*ms: float | None) -> list[Point]:
    return [Point(START + timedelta(minutes=5 * i), m) for i, m in enumerate(ms)]


def test_the_chart_has_an_accessible_name_and_a_description() -> None:
    svg = str(response_chart(points(120, 80, None, 300), "Waktu respons <SIMPUS>"))
    assert 'role="img"' in svg and 'aria-labelledby="grafik-respons-t grafik-respons-d"' in svg
    assert '<title id="grafik-respons-t">Waktu respons &lt;SIMPUS&gt;</title>' in svg
    assert "<polyline" in svg and svg.count("<circle") == 1  # the check with no answer is marked


def test_the_summary_says_the_fastest_median_and_slowest() -> None:
    assert summary(points(120, 80, None, 300)) == (
        "4 pemeriksaan; waktu respons tercepat 80 ms, median 120 ms, terlama 300 ms; 1 pemeriksaan tanpa respons."
    )


def test_no_data_draws_no_line() -> None:
    svg = str(response_chart([], "Waktu respons"))
    assert "Belum ada data" in svg and "<polyline" not in svg
    assert summary([]) == "Belum ada waktu respons yang tercatat."
