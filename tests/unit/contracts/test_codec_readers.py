"""The codec's compiled readers and writers give what its careful field-by-field walk gives.

The samples are the real events ``pantau-checker once`` wrote for the demo fleet, each line as
the codec wrote it; every field of each is also replaced by values of every JSON shape.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pantau_contracts import MalformedMessageError, codec, decode, encode, envelope
from pantau_contracts.codec import from_jsonable, to_jsonable
from pantau_contracts.status import ApplicationChecked

SAMPLES = Path(__file__).parents[2] / "bench/workflow/demo_events.jsonl"
LINES = [line for line in SAMPLES.read_text().splitlines() if line.strip()]
SHAPES = (None, True, 0, 7, 1.5, "", "tinggi", "2026-12-01T10:00:00Z", "2026-12-01T10:00:00", [], [{}], {}, {"a": 1})


def test_the_checkers_events_are_written_as_the_codec_always_wrote_them():
    for line in LINES:
        assert json.dumps(to_jsonable(from_jsonable(ApplicationChecked, json.loads(line))), ensure_ascii=False) == line


def test_a_decoded_event_encodes_to_the_same_message():
    for line in LINES:
        raw = encode(envelope(from_jsonable(ApplicationChecked, json.loads(line)), source="/c", subject="a"))
        assert encode(decode(raw)) == raw


def variants(doc: Any) -> Iterator[Any]:
    """Yield ``doc`` with one value replaced by each shape, or one key left out, at every depth."""
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield {k: v for k, v in doc.items() if k != key}
            for other in (*SHAPES, *variants(value)):
                yield {**doc, key: other}
    elif isinstance(doc, list):
        for n, value in enumerate(doc):
            for other in (*SHAPES, *variants(value)):
                yield [*doc[:n], other, *doc[n + 1 :]]


def outcome(read: Any, doc: Any) -> str:
    try:
        return repr(read(doc))  # repr: 114 and 114.0 are equal, but not the same field value
    except MalformedMessageError:
        return "refused"


@pytest.mark.parametrize("line", LINES)
def test_the_compiled_reader_accepts_what_the_careful_walk_accepts_and_builds_the_same(line):
    fast = codec._reader(ApplicationChecked)
    careful = lambda doc: codec._from_jsonable_checked(ApplicationChecked, doc, "data")  # noqa: E731
    docs = list(variants(json.loads(line)))
    assert len(docs) > 300
    for doc in docs:
        assert outcome(fast, doc) == outcome(careful, doc), doc


def test_a_refused_field_is_still_named_with_its_reason():
    doc = json.loads(LINES[1])
    doc["findings"][0]["severity"] = "parah"
    with pytest.raises(MalformedMessageError, match=r"data\.findings\[0\]\.severity: 'parah' is not one of"):
        from_jsonable(ApplicationChecked, doc)


def made_by_its_class(value: Any) -> Any:
    """Return ``value`` made again by its classes' own constructors, all the way down."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: made_by_its_class(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return type(value)(**fields)
    if isinstance(value, tuple):
        return tuple(made_by_its_class(v) for v in value)
    return value


def attributes(value: Any) -> Any:
    """Return an object's attributes, in their order, all the way down."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [(name, attributes(v)) for name, v in vars(value).items()]
    if isinstance(value, tuple):
        return [attributes(v) for v in value]
    return value


def test_a_decoded_event_is_what_its_classes_make_with_its_attributes_in_the_same_order():
    for line in LINES:
        raw = encode(envelope(from_jsonable(ApplicationChecked, json.loads(line)), source="/c", subject="a"))
        decoded = decode(raw)
        assert attributes(decoded) == attributes(made_by_its_class(decoded))


def test_a_finding_decoded_without_its_category_gets_it_from_its_code():
    doc = json.loads(next(line for line in LINES if '"findings": [{' in line))
    del doc["findings"][0]["category"]
    finding = from_jsonable(ApplicationChecked, doc).findings[0]
    assert finding.category is not None and finding == dataclasses.replace(finding)
