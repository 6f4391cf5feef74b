"""
The production settings, with static files collected into the bench's own folder.

`python -m bench` sets the environment these read (SECRET_KEY, ALLOWED_HOSTS,
DATABASE_URL, MEDIA_ROOT...) before Django starts, for itself and for gunicorn.
"""

import os
from pathlib import Path

from bactria_site.settings.production import *  # noqa: F403

STATIC_ROOT = Path(os.environ["BENCH_STATIC_ROOT"])
