"""Repatriate: case management for getting foreign prisoners home."""

__version__ = "0.1.0"
