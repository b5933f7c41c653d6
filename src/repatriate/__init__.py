"""Repatriate: case management for getting foreign prisoners home."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("repatriate")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
