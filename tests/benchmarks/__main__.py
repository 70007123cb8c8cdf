"""Run every benchmark and rewrite the figures table of ``docs/benchmarks.md``.

    python -m tests.benchmarks [--rounds 3] [--only NAME ...] [--no-write]

Each ``tests/benchmarks/bench_*.py`` module that defines ``figures(rounds: int) ->
list[Figure]`` is one benchmark; it measures the product the way a user runs it (the real
entry point, a signed-in client with its encrypted store) and its floor in the same run.
The table lies between the two marker lines of ``docs/benchmarks.md``; what surrounds it
(explanations, profiles) is left as written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import statistics
import sys
from pathlib import Path

from tests.benchmarks.figures import Figure

HERE = Path(__file__).resolve().parent
DOC = HERE.parents[1] / "docs" / "benchmarks.md"
START = "<!-- figures:start (written by python -m tests.benchmarks) -->"
END = "<!-- figures:end -->"


def _modules(only: list[str]) -> list[str]:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    return [n for n in names if not only or n.removeprefix("bench_") in only or n in only]


def _span(values: list[float], digits: int) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low:.{digits}f} / {mid:.{digits}f} / {high:.{digits}f}"


def _digits(values: tuple[float, ...]) -> int:
    return 0 if min(values, default=0) >= 100 else 1 if min(values, default=0) >= 10 else 2


def _row(figure: Figure) -> str:
    measured = f"{_span(list(figure.values), _digits(figure.values))} {figure.unit}"
    floor = ratio = "—"
    if figure.floors:
        floor = f"{figure.floor_name}: {_span(list(figure.floors), _digits(figure.floors))} {figure.unit}"
        ratio = _span(figure.ratios(), 2) + "×"
    met = {True: "met", False: "**missed**", None: "—"}[figure.met()]
    goal = f"{figure.goal} — {met}" if figure.goal else "—"
    return f"| {figure.name} | {measured} | {floor} | {ratio} | {goal} |"


def _machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{model}, {os.cpu_count()} cores; Python {platform.python_version()}; {platform.platform()}"


def table(figures: list[Figure], rounds: int) -> str:
    """The markdown written between the markers."""
    lines = [
        START,
        f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {_machine()};",
        f"command `python -m tests.benchmarks --rounds {rounds}`. Each cell is min / median / max over",
        "the rounds; each ratio is the product over its floor measured in the same round.",
        "",
    ]
    for section in dict.fromkeys(f.section for f in figures):
        lines += [
            f"### {section}",
            "",
            "| figure | measured | floor | ratio | goal |",
            "| --- | --- | --- | --- | --- |",
        ]
        lines += [_row(f) for f in figures if f.section == section]
        notes = [f"- {f.name}: {f.note}" for f in figures if f.section == section and f.note]
        lines += ["", *notes, ""] if notes else [""]
    return "\n".join([*lines, END])


def write(doc: Path, text: str) -> None:
    """Replace the table between the markers (or put it first when the markers are missing)."""
    old = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    if START in old and END in old:
        head, rest = old.split(START, 1)
        new = head + text + rest.split(END, 1)[1]
    else:
        title, _, body = old.partition("\n")
        new = f"{title}\n\n{text}\n{body}"
    doc.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=[], help="benchmark names (bench_NAME.py)")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    figures: list[Figure] = []
    for name in _modules(args.only):
        module = importlib.import_module(f"tests.benchmarks.{name}")
        if hasattr(module, "figures"):
            print(f"running {name} …", file=sys.stderr, flush=True)
            figures += module.figures(args.rounds)
    text = table(figures, args.rounds)
    print(text)
    if not args.no_write:
        write(DOC, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
