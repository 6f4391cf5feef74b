"""A private PostgreSQL cluster for one run, on 127.0.0.1:8202, restarted at will.

The machine's own PostgreSQL is shared with other people and is never touched. The
cluster lives in a temporary folder that is removed at the end. PostgreSQL refuses to
run as root, so as root the server runs as the `postgres` system user.
"""

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path


def server_binaries():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise SystemExit("No PostgreSQL server binaries in /usr/lib/postgresql/*/bin.")
    return Path(found[-1]).parent


class Cluster:
    def __init__(self, port=8202):
        self.port = port
        self.bin = server_binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="bactria-loadtest-pg-"))
        self.data = self.folder / "data"
        self.run_as = []
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            os.chown(self.folder, owner.pw_uid, owner.pw_gid)
            self.run_as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args):
        subprocess.run([*self.run_as, *args], check=True, capture_output=True, text=True)  # noqa: S603

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def start(self):
        if not self.data.exists():
            self._run(
                str(self.bin / "initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-sync",
            )
        self._pg_ctl("start")

    def _pg_ctl(self, action, *extra):
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"),
            action,
            "-D",
            str(self.data),
            "-w",
            "-t",
            "60",
            "-l",
            str(self.folder / "server.log"),
            "-o",
            options,
            *extra,
        )

    def restart(self):
        """Stop at once (open connections are cut), then start again."""
        self._pg_ctl("restart", "-m", "fast")

    def _client(self, program, *args):
        self._run(str(self.bin / program), "-h", "127.0.0.1", "-p", str(self.port), *args)

    def create_database(self, name):
        self._client("createdb", "-U", "postgres", name)

    def drop_database(self, name):
        self._client("dropdb", "-U", "postgres", "--force", name)

    def destroy(self):
        if (self.data / "postmaster.pid").exists():
            self._pg_ctl("stop", "-m", "immediate")
        shutil.rmtree(self.folder, ignore_errors=True)
