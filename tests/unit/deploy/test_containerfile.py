"""The Containerfile builds from a pinned base, installs dependencies before the code, compiles nothing."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CONTAINERFILE = (ROOT / "deploy" / "container" / "Containerfile").read_text("utf-8")
INSTRUCTIONS = [line for line in CONTAINERFILE.splitlines() if line and not line.startswith(("#", " "))]


def test_the_base_image_must_be_given_by_digest() -> None:
    assert "ARG PYTHON_IMAGE" in INSTRUCTIONS, "no default: a tag alone is not a pin"
    assert all(line.startswith("FROM ${PYTHON_IMAGE}") for line in INSTRUCTIONS if line.startswith("FROM"))
    assert re.search(r'case "\$PYTHON_IMAGE" in \*@sha256:\*\) ;; \*\) .*exit 1', CONTAINERFILE)


def test_no_compiler_is_installed() -> None:
    assert "build-essential" not in "\n".join(INSTRUCTIONS)
    assert not re.search(r"apt-get install[^\n]*\b(gcc|g\+\+|make)\b", CONTAINERFILE)
    assert "--only-binary=:all:" in CONTAINERFILE


def test_dependencies_are_installed_in_a_layer_before_the_code() -> None:
    code = CONTAINERFILE.index("COPY services")
    dependencies = CONTAINERFILE.index("-c constraints.txt -r /tmp/requirements.txt")
    assert dependencies < code
    assert "pip install --no-deps ." in CONTAINERFILE[code:]


def test_the_build_backend_is_pinned() -> None:
    requires = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["build-system"]["requires"]
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][\w.]*", r) for r in requires), requires
