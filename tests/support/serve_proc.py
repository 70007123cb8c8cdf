"""Run a store in its own process (for kill -9 tests): python -m tests.support.serve_proc DB BLOBS PORT."""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn

from meetings_app.server.app import create_app
from meetings_app.server.settings import ServerSettings


def main() -> None:
    db, blobs, port = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    app = create_app(ServerSettings(db_url=db, blob_dir=blobs))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", timeout_graceful_shutdown=2)


if __name__ == "__main__":
    main()
