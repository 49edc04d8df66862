"""A minimal LSP client over stdio (JSON-RPC with Content-Length framing), as editors speak it.

Written by hand, without the server's own library, so that the tests and the benchmark exercise
the protocol as a real editor sends it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path
from queue import Empty, Queue
from typing import Any

Message = dict[str, Any]


class StdioClient:
    """Starts ``disclosurelint lsp`` and exchanges messages with it."""

    def __init__(self, cwd: Path, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "disclosurelint", "lsp", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=cwd,
        )
        self._next_id = 0
        self._inbox: Queue[Message] = Queue()
        self.notifications: list[Message] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            headers: dict[str, str] = {}
            while True:
                line = stream.readline()
                if not line:
                    return
                text = line.decode("ascii").strip()
                if not text:
                    break
                name, _, value = text.partition(":")
                headers[name.lower()] = value.strip()
            body = stream.read(int(headers["content-length"]))
            self._inbox.put(json.loads(body))

    def send(self, message: Message) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        stream = self.process.stdin
        assert stream is not None
        stream.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stream.flush()

    def notify(self, method: str, params: Any) -> None:
        self.send({"method": method, "params": params})

    def _next(self, timeout: float) -> Message:
        try:
            return self._inbox.get(timeout=timeout)
        except Empty:
            raise TimeoutError("the server did not answer in time") from None

    def request(self, method: str, params: Any, timeout: float = 30.0) -> Any:
        self._next_id += 1
        ident = self._next_id
        self.send({"id": ident, "method": method, "params": params})
        while True:
            message = self._next(timeout)
            if message.get("id") == ident and "method" not in message:
                if "error" in message:
                    raise RuntimeError(message["error"])
                return message.get("result")
            self._handle(message)

    def _handle(self, message: Message) -> None:
        if "method" in message and "id" in message:  # a request from the server: accept it
            self.send({"id": message["id"], "result": {"success": True}})
        self.notifications.append(message)

    def diagnostics(self, uri: str, timeout: float = 30.0) -> list[Message]:
        """The next diagnostics published for ``uri`` (earlier ones already received first)."""
        for index, message in enumerate(self.notifications):
            if _is_diagnostics(message, uri):
                del self.notifications[index]
                return list(message["params"]["diagnostics"])
        while True:
            message = self._next(timeout)
            if _is_diagnostics(message, uri):
                return list(message["params"]["diagnostics"])
            self._handle(message)

    def initialize(self, root: Path) -> Any:
        result = self.request(
            "initialize",
            {"processId": None, "rootUri": root.as_uri(), "capabilities": {}},
        )
        self.notify("initialized", {})
        return result

    def open(self, path: Path, text: str, version: int = 1) -> None:
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": path.as_uri(),
                    "languageId": "yaml",
                    "version": version,
                    "text": text,
                }
            },
        )

    def change(self, path: Path, text: str, version: int) -> None:
        self.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": path.as_uri(), "version": version},
                "contentChanges": [{"text": text}],
            },
        )

    def close(self) -> int:
        """shutdown, exit, and the server's exit code."""
        self.request("shutdown", None)
        self.notify("exit", None)
        code = self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        return code


def _is_diagnostics(message: Message, uri: str) -> bool:
    return bool(
        message.get("method") == "textDocument/publishDiagnostics"
        and message["params"]["uri"] == uri
    )
