"""`make loadtest`: a bounded load and two faults against the production settings (README)."""
