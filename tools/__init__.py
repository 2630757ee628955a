"""Project maintenance scripts (run from the Makefile)."""
