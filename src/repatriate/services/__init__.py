"""Use cases, one module each. Every call is one unit of work and returns frozen domain objects."""
