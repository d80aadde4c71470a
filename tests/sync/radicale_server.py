"""A real Radicale server on 127.0.0.1, started and stopped by the tests (never mocked):
a temporary storage folder, htpasswd authentication (alice:secret), owner-only rights."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

USER, PASSWORD = "alice", "secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Radicale:
    def __init__(self, folder: Path, port: int | None = None, tls: bool = False) -> None:
        self.folder = folder
        self.port = port or free_port()
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}/"
        ssl = ""
        if tls:  # a self-signed certificate: what a client must refuse
            subprocess.run(
                ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                 "-subj", "/CN=127.0.0.1", "-keyout", str(folder / "key.pem"),
                 "-out", str(folder / "cert.pem")],
                check=True, capture_output=True,
            )  # fmt: skip
            ssl = f"ssl = True\ncertificate = {folder / 'cert.pem'}\nkey = {folder / 'key.pem'}\n"
        self.process: subprocess.Popen[bytes] | None = None
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        (folder / "config").write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n{ssl}"
            f"[auth]\ntype = htpasswd\nhtpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = plain\ndelay = 0\n"
            "[rights]\ntype = owner_only\n"
            f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
            "[web]\ntype = none\n[logging]\nlevel = warning\n",
            encoding="utf-8",
        )

    def start(self) -> Radicale:
        with (self.folder / "log").open("ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(self.folder / "config")],
                stdout=subprocess.DEVNULL,
                stderr=log,
            )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError((self.folder / "log").read_text()) from None
                time.sleep(0.05)
        raise RuntimeError("Radicale did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:  # busy serving a long request
                self.process.kill()
                self.process.wait(10)
        self.process = None

    def book_folder(self, name: str) -> Path:
        return self.folder / "collections" / "collection-root" / USER / name
