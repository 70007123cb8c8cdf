"""The laptop's log file: warnings of the whole program and every remote change applied.

Support reads it to tell when a laptop received what (``sync.client.applied_log``: one
line per change with its feed sequence; the line's time is when it was applied here).
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from meetings_app.sync.client import applied_log

LOG_NAME = "client.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def open_client_log(folder: Path, *, max_bytes: int = 2_000_000, backups: int = 3) -> Path:
    """Log to ``folder/client.log`` (rotated) from now on; returns its path.

    Applied changes are written at INFO to this file only (not to the console, which
    keeps showing warnings); calling it again for the same folder adds nothing.
    """
    path = folder / LOG_NAME
    program = logging.getLogger("meetings_app")
    for handler in program.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.setLevel(logging.INFO)
    program.addHandler(handler)
    applied_log.setLevel(logging.INFO)
    applied_log.propagate = False
    applied_log.addHandler(handler)
    return path
