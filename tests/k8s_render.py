"""Render the Kubernetes overlays with the tools deploy/local/k8s-tools.sh builds (tests/unit/deploy)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
K8S = ROOT / "deploy" / "k8s"
TOOLS = ROOT / ".run" / "tools" / "bin"


def tool(name: str) -> str:
    """Return the path of a tool from .run/tools/bin or the PATH; fail the test when it is missing."""
    found = TOOLS / name if (TOOLS / name).exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: run deploy/local/k8s-tools.sh (builds it into {TOOLS})")
    return str(found)


def build(overlay: str) -> str:
    """Return an overlay's ``kustomize build`` output."""
    result = subprocess.run(
        [tool("kustomize"), "build", str(K8S / "overlays" / overlay)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout
