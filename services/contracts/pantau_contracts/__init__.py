"""Wire contracts shared by every Pantau service: messages, codec, topics, SOP definition.

Pure: imports nothing outside the standard library.
"""

from . import followup, phases, problems, sop, status, vocabulary
from .codec import Envelope, MalformedMessageError, decode, encode, envelope
from .topics import Topics

__all__ = [
    "Envelope",
    "MalformedMessageError",
    "Topics",
    "decode",
    "encode",
    "envelope",
    "followup",
    "phases",
    "problems",
    "sop",
    "status",
    "vocabulary",
]
