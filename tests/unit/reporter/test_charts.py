"""Server-side SVG charts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from pantau_reporter.render import charts
from pantau_reporter.render.html import initials


def test_bar_labels_are_escaped_and_the_svg_is_well_formed() -> None:
    svg = charts.hbars([("<script>x</script> & Co", 50.0), ("Dinas Sosial", 100.0)])
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and "<script>" not in svg
    assert len(root.findall("{http://www.w3.org/2000/svg}rect")) == 2


def test_lines_and_step_bars_are_well_formed() -> None:
    ET.fromstring(charts.lines(["2026-09", "2026-10"], [("% aktif", [80.0, 90.0], charts.BLUE)]))
    svg = charts.step_bars([("Langkah 2", 10.0, 15.0), ("Langkah 4", 40.0, 15.0)])
    ET.fromstring(svg)
    assert charts.RED in svg and charts.GREEN in svg


def test_jabatan_initials_for_the_paraf_footer() -> None:
    assert initials("Kepala Seksi Tata Kelola E-Government") == "Kasie Tata Kelola E-Government"
    assert initials("Kepala Bidang E-Government") == "Kabid E-Government"
    assert initials("Pelaksana") == "Pelaksana"
