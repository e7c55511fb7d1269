"""Local mail sink for ``make up``: an SMTP server on 127.0.0.1 that keeps each message as a file.

Pantau's notifier delivers here (plain SMTP, no AUTH) so that the demo's notices and SLA warnings
can be read without any mail leaving the machine. Each message becomes
``DIR/<UTC time>-<recipient>-<id>.eml``, which any mail client opens.

    .venv/bin/python deploy/local/mail_sink.py --port 18025 --dir .run/dev/mail
"""

from __future__ import annotations

import argparse
import asyncio
import re
import signal
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope


class EmlFiles:
    """aiosmtpd handler that writes each message it accepts to one ``.eml`` file."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        name = eml_name(datetime.now(UTC), envelope.rcpt_tos[0] if envelope.rcpt_tos else "")
        await asyncio.to_thread(self.save, name, envelope.original_content or b"")
        return f"250 2.0.0 Ok: disimpan sebagai {name}"

    def save(self, name: str, message: bytes) -> None:
        """Write one message; a reader never sees half of it."""
        draft = self.directory / f".{name}.tmp"
        draft.write_bytes(message)
        draft.replace(self.directory / name)


def eml_name(at: datetime, recipient: str) -> str:
    """Return a file name that sorts by time and shows who the message was for."""
    safe = re.sub(r"[^A-Za-z0-9@._-]", "_", recipient)[:80]
    return f"{at:%Y%m%dT%H%M%SZ}-{safe}-{uuid.uuid4().hex[:8]}.eml"


async def serve(port: int, directory: Path) -> None:
    """Accept mail on 127.0.0.1:``port`` until SIGTERM or SIGINT."""
    loop = asyncio.get_running_loop()
    handler = EmlFiles(directory)
    server = await loop.create_server(lambda: SMTP(handler, hostname="pantau-mail-sink"), "127.0.0.1", port)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    print(f"mail sink: smtp://127.0.0.1:{port} -> {directory}", flush=True)
    async with server:
        await stop.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--port", type=int, required=True, help="on 127.0.0.1 only")
    parser.add_argument("--dir", type=Path, required=True, help="where the .eml files go")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    asyncio.run(serve(args.port, args.dir))


if __name__ == "__main__":
    main()
