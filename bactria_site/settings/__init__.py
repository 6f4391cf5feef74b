"""Settings package: `base` (shared, safe), `dev` (make run), `test` (pytest), `production`."""
