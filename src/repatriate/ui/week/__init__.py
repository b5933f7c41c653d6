"""This week: the follow-ups due with each desk, what nobody is chasing, and the actions on
them (mark done, snooze, close, export), each undoable for a few seconds.

`page` is the page; `agenda` its tree model; `dialogs` what it asks; `writes` what a write
did and how to take it back; `tray` the word in the system tray at start."""

from __future__ import annotations
