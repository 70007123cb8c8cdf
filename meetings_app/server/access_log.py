"""Keep secrets out of the access log.

The store takes tokens only in the ``Authorization`` header, which uvicorn does not log;
a client that still puts ``?token=`` (or ``password=``) in a URL gets a 401, and this
filter makes sure the value never reaches the log line either.
"""

from __future__ import annotations

import logging
import re

_SECRET_PARAM = re.compile(r"([?&](?:token|access_token|password)=)[^&\s]*", re.IGNORECASE)


class RedactSecrets(logging.Filter):
    """Replace secret query values in uvicorn's access-log records with ``[redacted]``."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's arguments in place; never drops a record."""
        if isinstance(record.args, tuple):
            record.args = tuple(
                _SECRET_PARAM.sub(r"\1[redacted]", a) if isinstance(a, str) else a
                for a in record.args
            )
        return True


def install() -> None:
    """Attach the filter to uvicorn's access logger (idempotent)."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactSecrets) for f in logger.filters):
        logger.addFilter(RedactSecrets())
