"""meetings-app: offline-first paperless meetings (agenda, documents, marks, ballots)."""

__version__ = "0.1.0"
