"""What other caseworkers change on the clinic's server, as the window hears it (see
`storage.notices`)."""

from __future__ import annotations

from repatriate.storage.notices import EVERY_FILE, Listener
from repatriate.storage.store import Store

__all__ = ["EVERY_FILE", "Listener", "listen"]


def listen(store: Store) -> Listener:
    """A connection that hears the files others change; RepatriateError on a SQLite file."""
    return store.listener()
