"""Pure domain: the prisoner file, dates and rules. No Qt, no SQLAlchemy, no I/O."""
