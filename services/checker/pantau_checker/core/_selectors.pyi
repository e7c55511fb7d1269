from collections.abc import Callable, Iterable
from typing import TypeVar

from selectolax.lexbor import LexborHTMLParser, LexborNode

_V = TypeVar("_V")
_L = TypeVar("_L", bound=tuple[str, str])

def select(searched: LexborNode | LexborHTMLParser, query: str) -> list[LexborNode]: ...
def select_first(searched: LexborNode | LexborHTMLParser, query: str) -> LexborNode | None: ...
def decompose(node: LexborNode) -> None: ...
def named(
    body: LexborNode, judge: Callable[[str | None, str | None], _V], nothing: _V
) -> list[tuple[LexborNode, _V]]: ...
def text_of(node: LexborNode, separator: str = "", strip: bool = False, deep: bool = True) -> str: ...
def words_of(node: LexborNode, separator: str = "") -> str: ...
def absolute(href: str, base_url: str, scheme: str, root: str) -> str: ...
def links_in(
    nodes: Iterable[LexborNode],
    link: type[_L],
    base_url: str,
    scheme: str,
    root: str,
    titles: list[str] | None,
    images: bool,
    bounds: list[int] | None,
) -> list[_L]: ...
