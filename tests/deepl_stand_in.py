"""A local stand-in for DeepL's API v2 (glossaries and translate), for tests: it keeps the
glossaries it is sent, "translates" by applying the glossary's terms and marking the rest, and
records every request."""

import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs


class DeepLStandIn:
    def __init__(self):
        self.glossaries = {}  # id -> [(source, target)]
        self.requests = []  # (method, path, form)
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def form(self):
                length = int(self.headers.get("Content-Length") or 0)
                return parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)

            def answer(self, status, body=None):
                payload = json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def do_POST(self):
                form = self.form()
                stand_in.requests.append(("POST", self.path, form))
                if not self.headers.get("Authorization", "").startswith("DeepL-Auth-Key "):
                    return self.answer(403, {"message": "Authorization failure"})
                if self.path == "/v2/glossaries":
                    entries = [line.split("\t") for line in form["entries"][0].splitlines()]
                    glossary_id = str(uuid.uuid4())
                    stand_in.glossaries[glossary_id] = entries
                    return self.answer(201, {"glossary_id": glossary_id, "ready": True})
                if self.path == "/v2/translate":
                    entries = stand_in.glossaries.get(form.get("glossary_id", [""])[0], [])
                    texts = []
                    for text in form["text"]:
                        for source, target in entries:
                            text = text.replace(source, target)
                        texts.append(f"[{form['target_lang'][0]}] {text}")
                    return self.answer(200, {"translations": [{"text": text} for text in texts]})
                return self.answer(404, {"message": "Not found"})

            def do_DELETE(self):
                stand_in.requests.append(("DELETE", self.path, {}))
                stand_in.glossaries.pop(self.path.rsplit("/", 1)[-1], None)
                return self.answer(204)

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
