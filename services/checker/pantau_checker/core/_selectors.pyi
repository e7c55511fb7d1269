from collections.abc import Callable
from typing import TypeVar

from selectolax.lexbor import LexborHTMLParser, LexborNode

_V = TypeVar("_V")

def select(searched: LexborNode | LexborHTMLParser, query: str) -> list[LexborNode]: ...
def select_first(searched: LexborNode | LexborHTMLParser, query: str) -> LexborNode | None: ...
def named(
    body: LexborNode, judge: Callable[[str | None, str | None], _V], nothing: _V
) -> list[tuple[LexborNode, _V]]: ...
