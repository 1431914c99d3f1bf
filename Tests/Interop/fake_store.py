#!/usr/bin/env python3
"""A scripted stand-in for a SPARQL store, for the failure-path tests of `resgraph push` / `query`.

    python3 Tests/Interop/fake_store.py --script 500,500,204 --log requests.jsonl

Listens on 127.0.0.1 on a free port and prints `PORT <n>` on stdout once it accepts connections. Each
request gets the next status of --script (the last one repeats); a 401 carries a WWW-Authenticate
challenge; every error body echoes the request's Authorization header and URL back (a careless server),
so a test can check that the client never shows them. With --results FILE, a 2xx answer to a POST
with Content-Type application/sparql-query is that file (SPARQL results JSON). Every request is appended
to --log as one JSON line: method, path, headers (Authorization included, to check what was sent),
body length. Stops on SIGTERM.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


NO_CHALLENGE = os.environ.get("NO_CHALLENGE") == "1"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--script", default="204", help="comma-separated statuses, one per request; the last repeats")
    parser.add_argument("--log", help="append one JSON line per request here")
    parser.add_argument("--results", help="body of 2xx answers to SPARQL queries")
    args = parser.parse_args()
    statuses = [int(s) for s in args.script.split(",") if s.strip()]
    lock = threading.Lock()
    served = [0]

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_: object) -> None:  # quiet
            pass

        def handle_any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            with lock:
                status = statuses[min(served[0], len(statuses) - 1)]
                served[0] += 1
                if args.log:
                    with open(args.log, "a", encoding="utf-8") as log:
                        log.write(json.dumps({"method": self.command, "path": self.path, "status": status,
                                              "headers": {k: v for k, v in self.headers.items()},
                                              "body_length": len(body)}) + "\n")
            content_type = "text/plain; charset=utf-8"
            if 200 <= status < 300:
                if args.results and (self.headers.get("Content-Type") or "").startswith("application/sparql-query"):
                    with open(args.results, "rb") as f:
                        payload = f.read()
                    content_type = "application/sparql-results+json"
                    status = 200
                else:
                    payload = b""
            else:
                echo = f"request {self.command} {self.path} with Authorization: {self.headers.get('Authorization')}"
                payload = f"Error {status}: scripted failure; {echo}".encode()
            self.send_response(status)
            if status == 401 and not NO_CHALLENGE:
                self.send_header("WWW-Authenticate", 'Basic realm="fake"')
            if payload or status != 204:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if payload:
                self.wfile.write(payload)

        do_GET = do_PUT = do_POST = do_DELETE = handle_any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
