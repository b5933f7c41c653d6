"""Everything Qt. Talks to services only."""
