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
import re
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


INTRO = (
    "Each cell is min / median / max over the rounds; each ratio is the product over its "
    "floor measured in the same round. Each section says when and with which command it "
    "was measured."
)


def section_block(section: str, figures: list[Figure], rounds: int) -> str:
    """One section's table, with when, where and how it was measured."""
    mine = [f for f in figures if f.section == section]
    lines = [
        f"### {section}",
        "",
        f"Measured {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {_machine()}; "
        f"`python -m tests.benchmarks --rounds {rounds}`.",
        "",
        "| figure | measured | floor | ratio | goal |",
        "| --- | --- | --- | --- | --- |",
        *[_row(f) for f in mine],
    ]
    notes = [f"- {f.name}: {f.note}" for f in mine if f.note]
    return "\n".join([*lines, "", *notes] if notes else lines).rstrip() + "\n"


def _blocks(text: str) -> dict[str, str]:
    """The section blocks of a table written before, by section name."""
    parts = re.split(r"^(?=### )", text, flags=re.M)
    return {p.splitlines()[0][4:].strip(): p.rstrip() + "\n" for p in parts if p.startswith("### ")}


def write(doc: Path, blocks: dict[str, str]) -> None:
    """Put ``blocks`` between the markers, keeping the sections this run did not measure
    (so ``--only`` refreshes its own rows and leaves the others as they were)."""
    old = doc.read_text(encoding="utf-8") if doc.exists() else "# Benchmarks\n"
    if START not in old or END not in old:
        title, _, body = old.partition("\n")
        old = f"{title}\n\n{START}\n{END}\n{body}"
    head, rest = old.split(START, 1)
    inside, tail = rest.split(END, 1)
    merged = {**_blocks(inside), **blocks}
    text = "\n".join([START, INTRO, "", *merged.values(), END])
    doc.write_text(head + text + tail, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", nargs="*", default=[], help="benchmark names (bench_NAME.py)")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    for name in _modules(args.only):
        module = importlib.import_module(f"tests.benchmarks.{name}")
        if not hasattr(module, "figures"):
            continue
        print(f"running {name} …", file=sys.stderr, flush=True)
        figures: list[Figure] = module.figures(args.rounds)
        blocks = {
            section: section_block(section, figures, args.rounds)
            for section in dict.fromkeys(f.section for f in figures)
        }
        print("\n".join(blocks.values()), flush=True)
        if not args.no_write:
            write(DOC, blocks)  # after each benchmark: a later one's failure loses nothing
    return 0


if __name__ == "__main__":
    sys.exit(main())
