"""PDF builders (reportlab): fact sheets, embassy batches, registers, and their fonts."""
