"""Desks: the directory of ministries, embassies and offices a file passes through, and how
long each holds files (the evidence for guidelines and reform).

`page` is the page; `directory` and `dwell` declare its two tables; `dialog` adds and edits
a desk and its officers."""

from __future__ import annotations
