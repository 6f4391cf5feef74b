"""A minimal SMTP server that accepts every message and counts it (the 'mail is up' case),
with the addresses each was sent to."""

import socketserver
import threading


class _Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        self.reply("220 loadtest ESMTP")
        recipients = []
        while line := self.rfile.readline():
            text = line.decode("latin-1").strip()
            command = text.upper()
            if command.startswith("RCPT TO:"):
                recipients.append(text[8:].strip().strip("<>").lower())
                self.reply("250 ok")
            elif command.startswith(("MAIL FROM:", "RSET")):
                recipients = []
                self.reply("250 ok")
            elif command.startswith("DATA"):
                self.reply("354 go on")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                with self.server.lock:
                    self.server.received += 1
                    for address in recipients:
                        self.server.sent_to[address] = self.server.sent_to.get(address, 0) + 1
                recipients = []
                self.reply("250 kept")
            elif command.startswith("QUIT"):
                self.reply("221 bye")
                return
            else:  # EHLO, HELO, MAIL, RCPT, RSET, NOOP
                self.reply("250 ok")


class MailSink(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port):
        super().__init__(("127.0.0.1", port), _Session)
        self.received = 0
        self.sent_to = {}  # address: messages received for it
        self.lock = threading.Lock()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def close(self):
        self.shutdown()
        self.server_close()
