"""Sign-in throttling: failed attempts slow down per account and per address.

After a few free failures each further failure doubles the wait before the next attempt
is even checked (exponential backoff), up to a cap. The account's cap is short (a
minute by default), so an attacker guessing a minister's password cannot keep the real
owner out for long; the address's cap is long (15 minutes), so one machine guessing
many accounts is slowed hard. A throttled attempt is answered 429 before any password
hash is computed, so guessing also stops costing the store CPU; at most
``VERIFY_SLOTS`` password checks run at once, so sign-ins cannot starve pulls.

State is in memory, per store process (a restart forgets it; several processes each
count their own share). A success clears the account's and the address's count.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from meetings_app.domain.codes import Code
from meetings_app.domain.errors import AppError

#: password checks (argon2id, 64 MiB each) allowed at once in one process
VERIFY_SLOTS = 2


class SignInThrottled(AppError):
    """A sign-in refused before checking the password; ``Retry-After`` says when to retry."""

    code = Code.SIGN_IN_THROTTLED


@dataclass(frozen=True)
class Backoff:
    """How one kind of key (account or address) slows down."""

    free: int
    """failures allowed without any wait"""
    base: float
    """seconds of the first wait; each further failure doubles it"""
    cap: float
    """longest wait, in seconds"""

    def wait(self, failures: int) -> float:
        """Seconds to wait after ``failures`` failed attempts."""
        if failures < self.free:
            return 0.0
        return float(min(self.base * 2 ** min(failures - self.free, 32), self.cap))


ACCOUNT = Backoff(free=5, base=1.0, cap=60.0)
ADDRESS = Backoff(free=20, base=1.0, cap=900.0)


@dataclass
class _Record:
    failures: int
    last: dt.datetime


class SignInThrottle:
    """Counts failed sign-ins per account and per address (bounded memory)."""

    def __init__(
        self,
        clock: Callable[[], dt.datetime],
        account: Backoff = ACCOUNT,
        address: Backoff = ADDRESS,
        max_keys: int = 100_000,
    ) -> None:
        self._clock = clock
        self._rules = {"account": account, "address": address}
        self._records: OrderedDict[tuple[str, str], _Record] = OrderedDict()
        self._lock = threading.Lock()
        self._max_keys = max_keys
        self.verifying = threading.BoundedSemaphore(VERIFY_SLOTS)
        """Held while a password hash is checked (see ``VERIFY_SLOTS``)."""

    def check(self, username: str, address: str) -> None:
        """Raise :class:`SignInThrottled` when the account or the address must still wait."""
        now = self._clock()
        wait = 0.0
        with self._lock:
            for key in (("account", username), ("address", address)):
                record = self._records.get(key)
                if record is not None:
                    until = record.last + dt.timedelta(
                        seconds=self._rules[key[0]].wait(record.failures)
                    )
                    wait = max(wait, (until - now).total_seconds())
        if wait > 0:
            seconds = int(wait) + (wait % 1 > 0)
            raise SignInThrottled(
                f"Too many failed sign-ins; try again in {seconds} seconds.",
                retry_after=seconds,
                headers={"Retry-After": str(seconds)},
            )

    def failed(self, username: str, address: str) -> None:
        """Count a failed attempt against the account and the address."""
        now = self._clock()
        with self._lock:
            for key in (("account", username), ("address", address)):
                record = self._records.pop(key, None) or _Record(0, now)
                record.failures += 1
                record.last = now
                self._records[key] = record
            while len(self._records) > self._max_keys:
                self._records.popitem(last=False)

    def succeeded(self, username: str, address: str) -> None:
        """A right password: forget the account's and the address's failures."""
        with self._lock:
            self._records.pop(("account", username), None)
            self._records.pop(("address", address), None)
