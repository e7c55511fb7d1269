"""What `pantau-checker once` shows while it runs: JSON lines for programs, progress for people.

Piped, the one-shot mode prints one JSON line per check and nothing else on standard output.
On a terminal it prints one short line per check and keeps a progress line below them (checks
done, aktif and tidak aktif, serious findings, rate, time left), redrawn a few times a second.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol, TextIO, cast

from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked

from .core._selectors import JsonLine

SERIOUS = ("tinggi", "kritis")
_CLEAR = "\r\x1b[2K"
_BAR = 20
_REDRAW_S = 0.1


@dataclass
class Tally:
    """How far a round has come."""

    total: int
    done: int = 0
    aktif: int = 0
    serious: int = 0
    started: float = field(default_factory=time.monotonic)

    def add(self, event: ApplicationChecked) -> None:
        self.done += 1
        self.aktif += event.availability == "aktif"
        self.serious += any(f.severity in SERIOUS for f in event.findings)


def render(tally: Tally, elapsed_s: float, width: int | None = None) -> str:
    """Return the progress line of ``tally`` after ``elapsed_s`` seconds, cut to ``width`` if given."""
    share = tally.done / tally.total if tally.total else 1.0
    filled = round(share * _BAR)
    rate = tally.done / elapsed_s if elapsed_s > 0 else 0.0
    left = (tally.total - tally.done) / rate if rate > 0 else None
    parts = [
        f"[{'#' * filled}{'.' * (_BAR - filled)}] {tally.done}/{tally.total} {share:4.0%}",
        f"aktif {tally.aktif}",
        f"tidak aktif {tally.done - tally.aktif}",
        f"temuan serius {tally.serious}",
        f"{rate:.0f} cek/dtk" if rate >= 10 else f"{rate:.1f} cek/dtk",
        f"sisa {_duration(left)}" if left is not None and tally.done < tally.total else _duration(elapsed_s),
    ]
    line = " · ".join(parts)
    return line[: max(10, width - 1)] if width else line


def summary_line(event: ApplicationChecked) -> str:
    """Return one check as a short line for a person: mark, application, result, reason, findings."""
    serious = [f for f in event.findings if f.severity in SERIOUS]
    mark = "✗" if event.availability != "aktif" else ("!" if serious else "✓")
    status = event.availability.replace("_", " ")
    if event.reason:
        status += f" ({event.reason}: {event.reason_detail})" if event.reason_detail else f" ({event.reason})"
    parts = [f"{mark} {event.app_id:<24}", status, f"HTTP {event.http_status or '-'}"]
    parts.append(f"{event.timings.total_ms:.0f} ms")
    parts.append(f"isi {event.content.result.replace('_', ' ')}")
    if event.findings:
        parts.append("temuan: " + ", ".join(f"{f.code} ({f.severity})" for f in event.findings[:3]))
    return "  ".join(parts)


def json_line(event: ApplicationChecked) -> str:
    """Return the event as the one JSON line the piped output carries: ``json.dumps(to_jsonable(event),
    ensure_ascii=False)``, written without making ``to_jsonable``'s copy of it first.

    The encoder writes the strings, numbers, tuples and None it meets itself, and asks ``_plain`` for the rest: a
    dataclass's fields by name, in their order, anything else as ``to_jsonable`` makes it (a time as its ISO text).
    Its text is the same wherever the event holds no dict: no contract of the event's has a mapping among its fields
    (a test walks them), and a dict's keys are what the two ways write differently (``True``, ``None``).

    The compiled writer (``_selectors.JsonLine``) writes the same text in one buffer, its times and numbers from their
    values; where it meets what it leaves to json (a lone surrogate, a subclass of a list or dict), the encoder writes
    the line.
    """
    line = _WRITE(event)
    return "".join(_ENCODE(event, False)) if line is None else line  # its indentation's level: none


@cache
def _field_names(kind: type[Any]) -> tuple[str, ...] | None:
    return tuple(f.name for f in dataclasses.fields(kind)) if dataclasses.is_dataclass(kind) else None


def _plain(value: Any) -> Any:
    """Return what the JSON encoder writes in the place of a value that is no JSON of its own."""
    names = _field_names(cast(Any, type(value)))
    if names is not None:
        # Its ``__init__`` set its fields in its ``__dict__``, in their order: that dict is written as it is (the
        # encoder only reads it), unless it holds another name or another order (a value cached in it) or is none.
        held = getattr(value, "__dict__", None)
        if held is not None and tuple(held) == names:
            return held
        return {name: getattr(value, name) for name in names}
    made = to_jsonable(value)
    if made is value:  # as json.dumps refuses it, not asked again without end
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")
    return made


def _encoder(make: Any) -> Callable[[Any, bool], Iterable[str]]:
    """Return the JSON lines' encoder, given json's C ``c_make_encoder`` (None without json's C module): json.dumps's
    with ``ensure_ascii=False``. Made once: json.dumps makes a JSONEncoder for each line, and its ``encode`` makes the
    C encoder again each time. No check for a circular reference: what it is given is a tree of dataclasses, which
    ``to_jsonable`` could not have walked either."""
    if make is None:
        return json.JSONEncoder(ensure_ascii=False, check_circular=False, default=_plain).iterencode
    encode: Callable[[Any, bool], Iterable[str]] = make(
        None, _plain, json.encoder.encode_basestring, None, ": ", ", ", False, False, True
    )
    return encode


_ENCODE = _encoder(getattr(json.encoder, "c_make_encoder", None))
_WRITE = JsonLine(_plain, _field_names)


class JsonLines:
    """Print each event as a JSON line, flushed at once (a reader may be waiting on the pipe)."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def __call__(self, event: ApplicationChecked) -> None:
        print(json_line(event), file=self._out, flush=True)

    def close(self) -> None:
        return None


class TerminalProgress:
    """Draw the round on a terminal: a line per check (``lines``) above a live progress line."""

    def __init__(
        self,
        out: TextIO,
        total: int,
        lines: Callable[[ApplicationChecked], str] | None = summary_line,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._out, self._lines, self._clock = out, lines, clock
        self.tally = Tally(total, started=clock())
        self._drawn = 0.0

    def __call__(self, event: ApplicationChecked) -> None:
        self.tally.add(event)
        now = self._clock()
        if self._lines is not None:
            self._out.write(f"{_CLEAR}{self._lines(event)}\n")
        if self._lines is not None or now - self._drawn >= _REDRAW_S or self.tally.done == self.tally.total:
            self._draw(now)

    def close(self) -> None:
        """Leave the final progress line in place."""
        self._draw(self._clock())
        self._out.write("\n")
        self._out.flush()

    def _draw(self, now: float) -> None:
        self._drawn = now
        width = shutil.get_terminal_size().columns
        self._out.write(_CLEAR + render(self.tally, now - self.tally.started, width))
        self._out.flush()


class Display(Protocol):
    def __call__(self, event: ApplicationChecked) -> None: ...
    def close(self) -> None: ...


def choose(out: TextIO, err: TextIO, total: int, json_on_terminal: bool = False) -> Display:
    """Return the display for these streams: JSON lines on a pipe, progress where a person looks."""
    if out.isatty():
        return JsonLines(out) if json_on_terminal else TerminalProgress(out, total)
    if err.isatty():
        return Both(JsonLines(out), TerminalProgress(err, total, lines=None))
    return JsonLines(out)


class Both:
    """Send each event to several displays (JSON lines to a pipe, progress to the terminal)."""

    def __init__(self, *displays: Display) -> None:
        self._displays = displays

    def __call__(self, event: ApplicationChecked) -> None:
        for display in self._displays:
            display(event)

    def close(self) -> None:
        for display in self._displays:
            display.close()


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    whole = round(seconds)
    return f"{whole // 60} mnt {whole % 60} dtk" if whole >= 60 else f"{whole} dtk"
