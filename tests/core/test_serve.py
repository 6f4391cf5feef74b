"""`make serve` runs the production settings under gunicorn, static files included."""

import http.client
import os
import socket
import subprocess
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path):
    """A request as nginx passes it on: the site's host name, and HTTPS said in a header."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request(
            "GET", path, headers={"Host": "bactria.example", "X-Forwarded-Proto": "https"}
        )
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


@pytest.fixture
def served(tmp_path):
    port = free_port()
    env = {
        **os.environ,
        "SECRET_KEY": "a-test-secret-key-" + "x" * 40,
        "ALLOWED_HOSTS": "bactria.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "BIND": f"127.0.0.1:{port}",
        "WORKERS": "1",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    server = subprocess.Popen(
        ["make", "--no-print-directory", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        try:
            get(port, "/healthz")
            break
        except OSError:
            assert server.poll() is None, server.stdout.read().decode()[-3000:]
            time.sleep(0.1)
    yield port
    os.killpg(server.pid, 15)
    server.wait(timeout=30)


def test_make_serve_answers_with_production_settings(served):
    status, headers, body = get(served, "/healthz")
    assert status == 200
    assert b'"database": "ok"' in body

    status, headers, _body = get(served, "/static/css/site.css")
    assert status == 200
    assert "max-age" in headers["Cache-Control"]  # whitenoise, hashed file names aside

    _status, headers, _body = get(served, "/robots.txt")
    assert "max-age=31536000" in headers["Strict-Transport-Security"]
