"""The names a kit's mark makes a brand's (``term_scan.marked_brand``), and a box placed ten thousand pixels right of
its block's edge (``css.hides``) (session 32)."""

from __future__ import annotations

import pytest

from pantau_checker.core.css import hides
from pantau_checker.core.term_scan import capital_brand, marked_brand


@pytest.mark.parametrize("name", ["mawartoto", "suhartoto", "koitoto", "dewajp", "hokijaya88", "tokojaya88", "koin138"])
def test_a_name_ending_as_a_persons_or_a_shops_may_is_marked(name: str) -> None:
    assert marked_brand(name)
    assert not capital_brand(name)  # a brand's alone only with a kit's mark


@pytest.mark.parametrize(
    "name",
    [
        "toto",  # the word alone: a dog's name
        "jp",
        "ajp",  # initials
        "jaya88x",
        "88jaya",
        "tokoalfabet",
        "sipelan",
        "jaya1988",  # not a lucky number but a year
    ],
)
def test_other_names_are_not_marked(name: str) -> None:
    assert not marked_brand(name)


@pytest.mark.parametrize(
    "style",
    [
        "position:absolute;right:9999px",
        "position:fixed;right: 99999px;top:0",
        "right:calc(10000px)",
        "right:12000.5px",
    ],
)
def test_a_box_ten_thousand_pixels_right_of_its_edge_is_hidden(style: str) -> None:
    assert hides(style)


@pytest.mark.parametrize(
    "style",
    [
        "position:absolute;right:200%",  # a flyout opening to the left of its menu
        "position:absolute;right:999px",
        "position:absolute;right:0",
        "margin-right:9999px",
        "padding-right:10000px",
        "border-right:10000px solid",
    ],
)
def test_a_box_placed_nearer_or_only_spaced_at_the_right_is_not(style: str) -> None:
    assert not hides(style)
