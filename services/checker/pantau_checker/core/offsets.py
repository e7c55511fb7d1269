"""Which offsets may be committed while checks finish out of order.

Records of a partition are started in offset order but finish in any order (a slow
application must not hold up the others). The committable position of a partition is its
lowest offset still in flight, or one past the highest started when none is: everything
before it is done, so a restart redelivers only unfinished work.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field


@dataclass
class InFlightOffsets:
    pending: dict[Hashable, set[int]] = field(default_factory=dict)
    highest: dict[Hashable, int] = field(default_factory=dict)

    def started(self, partition: Hashable, offset: int) -> None:
        self.pending.setdefault(partition, set()).add(offset)
        self.highest[partition] = max(self.highest.get(partition, -1), offset)

    def finished(self, partition: Hashable, offset: int) -> None:
        self.pending.get(partition, set()).discard(offset)

    def in_flight(self, partition: Hashable) -> bool:
        return bool(self.pending.get(partition))

    def committable(self, partitions: Iterable[Hashable] | None = None) -> dict[Hashable, int]:
        """Return the position to commit per partition (the next offset to be consumed)."""
        chosen = self.highest.keys() if partitions is None else [p for p in partitions if p in self.highest]
        return {p: min(self.pending[p]) if self.pending.get(p) else self.highest[p] + 1 for p in chosen}

    def forget(self, partitions: Iterable[Hashable]) -> None:
        """Drop partitions this worker no longer owns."""
        for partition in partitions:
            self.pending.pop(partition, None)
            self.highest.pop(partition, None)
