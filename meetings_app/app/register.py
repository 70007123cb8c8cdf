"""Where the document register is kept: one JSON file per issuing body on this laptop.

The register's rule (one sequence per issuer and year, a number never reused, a reprint
keeps its number) is :mod:`meetings_app.domain.register`; this module keeps its lines.
Each issue reads the file, adds one line and replaces the file atomically (write, fsync,
rename), so a crash leaves the old register or the new one, never half of one, and a
number once written is found again by the next issue.

Why a local file: only the secretariat issues reports, from the Government Office's own
secretariat laptop, and a number must be given even offline (a meeting room without a
network). The register is not yet shared between laptops: two secretariat laptops would
keep two sequences. The store-side register (a server-decided ``register_entry`` entity:
the laptop pushes "issue this", the store assigns the number under a unique key per
issuer and year, and the number reaches every laptop by pull) is the planned next step.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from meetings_app.domain.register import RegisterEntry, next_entry
from meetings_app.store.disk import disk_writes


class DocumentRegister:
    """The register kept in ``path`` (created on the first issue)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def entries(self) -> list[RegisterEntry]:
        """Every line given so far, oldest first (none when the file does not exist)."""
        if not self.path.exists():
            return []
        raw = json.loads(self.path.read_text(encoding="utf-8"))
        return [
            RegisterEntry(
                int(line["number"]),
                str(line["kind"]),
                str(line["issuer_code"]),
                dt.date.fromisoformat(str(line["issued_on"])),
                str(line["subject"]),
            )
            for line in raw
        ]

    def find(self, subject: str, issuer_code: str) -> RegisterEntry | None:
        """The line of ``subject`` if it was issued, else None."""
        for entry in self.entries():
            if entry.subject == subject and entry.issuer_code == issuer_code:
                return entry
        return None

    def issue(self, kind: str, subject: str, issuer_code: str, today: dt.date) -> RegisterEntry:
        """The number and date of ``subject``: its line if issued before, else a new line."""
        entries = self.entries()
        entry = next_entry(entries, kind, issuer_code, subject, today)
        if entry not in entries:
            self._write([*entries, entry])
        return entry

    def _write(self, entries: list[RegisterEntry]) -> None:
        lines = [
            {
                "number": e.number,
                "kind": e.kind,
                "issuer_code": e.issuer_code,
                "issued_on": e.issued_on.isoformat(),
                "subject": e.subject,
            }
            for e in entries
        ]
        tmp = self.path.with_suffix(".tmp")
        with disk_writes(self.path):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "w", encoding="utf-8") as handle:
                json.dump(lines, handle, ensure_ascii=False, indent=1)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
