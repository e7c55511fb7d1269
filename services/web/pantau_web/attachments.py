"""A department's attachment to its answer: a PDF or an image, its real type read from its bytes.

Pure: the name a browser sends and the type it claims are not believed; the first bytes are.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

MAX_BYTES = 5 * 1024 * 1024
# A request holds at most one attachment and a form around it (the registry's import too): the web's
# MAX_CONTENT_LENGTH, and the least the ingress in front of the uploads must let through.
MAX_REQUEST_BYTES = MAX_BYTES + 1024 * 1024

# The file signatures ("magic bytes") of the types a department may attach.
SIGNATURES: dict[str, bytes] = {
    "application/pdf": b"%PDF-",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff",
}
EXTENSIONS: dict[str, str] = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}
_UNSAFE = re.compile(r"[^\w.\- ]+")


class AttachmentRefusedError(ValueError):
    """The file may not be attached; the message says why, in Indonesian."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    media_type: str
    content: bytes

    @property
    def size(self) -> int:
        return len(self.content)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def real_type(content: bytes) -> str | None:
    """Return the media type the bytes really are, among those allowed, or None."""
    return next((media for media, magic in SIGNATURES.items() if content.startswith(magic)), None)


def check_attachment(filename: str, content: bytes, limit: int = MAX_BYTES) -> Attachment:
    """Return the attachment if its size and real type are allowed; raise AttachmentRefusedError if not."""
    if not content:
        raise AttachmentRefusedError("Berkas lampiran kosong.")
    if len(content) > limit:
        raise AttachmentRefusedError(f"Berkas lampiran terlalu besar; ukuran paling besar {limit // (1024 * 1024)} MB.")
    media_type = real_type(content)
    if media_type is None:
        raise AttachmentRefusedError(
            "Jenis berkas lampiran tidak diizinkan. Lampirkan berkas PDF, PNG, atau JPEG yang sebenarnya."
        )
    return Attachment(safe_name(filename, media_type), media_type, content)


def safe_name(filename: str, media_type: str) -> str:
    """Return a display name without paths or odd characters, ending in the real type's extension."""
    base = _UNSAFE.sub("_", filename.replace("\\", "/").rsplit("/", 1)[-1]).strip(" ._")[:80]
    stem = base.rsplit(".", 1)[0] if "." in base else base
    return f"{stem or 'lampiran'}.{EXTENSIONS[media_type]}"
