"""What every route of one store process shares: settings, database, blobs, events, clock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from meetings_app.server.events import FeedBroker
from meetings_app.server.group_commit import PushBatcher
from meetings_app.server.polls import close_due_polls, due_polls_exist
from meetings_app.server.pull_cache import PullCache
from meetings_app.server.settings import ServerSettings
from meetings_app.server.throttle import SignInThrottle
from meetings_app.server.token_cache import TokenCache
from meetings_app.server.uploads import UploadSlots
from meetings_app.store.blobs import BlobStore
from meetings_app.store.feed import write_session


@dataclass
class Store:
    """The settings, the engine, the blob folder and the event broker of one process."""

    settings: ServerSettings
    engine: Engine
    blobs: BlobStore
    broker: FeedBroker
    signing_key: str
    """The store's Ed25519 private key (audit heads, ballot boards)."""
    throttle: SignInThrottle = field(init=False)
    uploads: UploadSlots = field(init=False)
    tokens: TokenCache = field(init=False)
    """Recent sign-ins of pushes (checked again in each batch's transaction)."""
    pushes: PushBatcher = field(init=False)
    """The writer that applies pushes in batches (group commit)."""
    pulls: PullCache = field(init=False)
    """What the pulls at one feed head share (``server.pull_cache``)."""

    def __post_init__(self) -> None:
        self.throttle = SignInThrottle(self.settings.clock)
        self.uploads = UploadSlots(self.settings.uploads_per_person)
        self.tokens = TokenCache()
        self.pushes = PushBatcher(self.engine, self.now, self.broker.publish, self.tokens)
        self.pulls = PullCache()

    def now(self) -> dt.datetime:
        """The store's time (``ServerSettings.clock``): the only clock the store decides by."""
        return self.settings.clock()

    def reader(self) -> Session:
        """A read-only session whose reads all see one snapshot of the database."""
        engine = self.engine
        if engine.dialect.name == "postgresql":
            # one snapshot for the whole read, so "skip to the head" never skips a change
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        return Session(engine, expire_on_commit=False)

    def close_due_polls(self) -> None:
        """Close every poll past its deadline by the store's clock and announce the change."""
        now = self.now()
        with Session(self.engine) as s:
            if not due_polls_exist(s, now):
                return
        seqs: list[int] = []
        with write_session(self.engine) as s:
            close_due_polls(s, now, seqs)
        if seqs:
            self.broker.publish(max(seqs))
