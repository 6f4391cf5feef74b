"""The demo accounts' passwords: generated on first use, never fixed, kept in a
git-ignored file readable by its owner only (settings.LOCAL_DIR)."""

import secrets


def stored_password(path):
    """The password kept in `path`, or "" if there is none."""
    return path.read_text().strip() if path.exists() else ""


def new_password(path):
    """A new random password, kept in `path`."""
    password = secrets.token_urlsafe(12)
    path.parent.mkdir(exist_ok=True)
    path.write_text(password + "\n")
    path.chmod(0o600)
    return password
