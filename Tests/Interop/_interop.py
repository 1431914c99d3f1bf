"""Shared helpers for the interop checkers in this folder.

Exit codes used by every checker:
  0  all checks passed (a one-line JSON summary is printed on stdout)
  1  a check failed (each problem is printed on stderr)
  2  a required tool or Python module is missing, or the command line is wrong
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

REQUIREMENTS = "Tests/Interop/requirements.txt"

# Debian 12 package that provides each external command.
APT_PACKAGES = {
    "rapper": "raptor2-utils",
    "dot": "graphviz",
    "xmllint": "libxml2-utils",
}

# pip distribution that provides each Python module (when the names differ).
PIP_DISTRIBUTIONS = {
    "igraph": "python-igraph",
}

EXIT_FAILED = 1
EXIT_MISSING = 2


def prog() -> str:
    return Path(sys.argv[0]).name


def missing_tool(what: str, install: str) -> NoReturn:
    print(f"{prog()}: missing tool: {what}, install with {install}", file=sys.stderr)
    sys.exit(EXIT_MISSING)


def require_command(name: str) -> str:
    """Returns the path of an external command, or exits 2 naming the Debian package."""
    path = shutil.which(name)
    if path is None:
        package = APT_PACKAGES.get(name, name)
        missing_tool(name, f"`apt-get install -y {package}`")
    return path


def require_module(name: str):
    """Imports a Python module, or exits 2 naming what to pip install."""
    try:
        return importlib.import_module(name)
    except ImportError as error:
        dist = PIP_DISTRIBUTIONS.get(name, name)
        missing_tool(
            f"python module {name} ({error})",
            f"`pip install -r {REQUIREMENTS}` (or `pip install {dist}`)",
        )


def require_file(path: str) -> Path:
    p = Path(path)
    if not p.is_file():
        print(f"{prog()}: no such file: {path}", file=sys.stderr)
        sys.exit(EXIT_MISSING)
    return p


def run(argv: list[str], timeout: float = 600) -> subprocess.CompletedProcess:
    """Runs a command with stdout and stderr captured as text (UTF-8, undecodable bytes replaced)."""
    try:
        return subprocess.run(
            argv,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            timeout=timeout,
            encoding="utf-8",
            errors="replace",
        )
    except subprocess.TimeoutExpired:
        return subprocess.CompletedProcess(argv, 124, "", f"timed out after {timeout:g} s: {' '.join(argv)}\n")


class Problems:
    """Collects failed checks; `finish` prints them (or the summary) and exits."""

    def __init__(self, subject: str) -> None:
        self.subject = subject
        self.items: list[str] = []

    def add(self, message: str) -> None:
        self.items.append(message)

    def add_examples(self, what: str, examples: list[str], limit: int = 10) -> None:
        """Adds one problem listing up to `limit` offending values."""
        if not examples:
            return
        shown = "; ".join(examples[:limit])
        more = f" (and {len(examples) - limit} more)" if len(examples) > limit else ""
        self.add(f"{len(examples)} {what}: {shown}{more}")

    def __bool__(self) -> bool:
        return bool(self.items)

    def finish(self, summary: dict) -> NoReturn:
        if self.items:
            for item in self.items:
                print(f"{prog()}: FAIL: {self.subject}: {item}", file=sys.stderr)
            print(f"{prog()}: {len(self.items)} check(s) failed for {self.subject}", file=sys.stderr)
            sys.exit(EXIT_FAILED)
        print(json.dumps(summary, sort_keys=False, separators=(", ", ": ")))
        sys.exit(0)


def indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.rstrip().splitlines())
