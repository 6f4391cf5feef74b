"""The simulated people: visitors who browse, applicants who fill in a call's form, and
people who book a place at an event with its booking form.

They talk to the site as a browser behind the site's nginx would: plain HTTP on
loopback with `X-Forwarded-Proto: https` and `X-Forwarded-For` (TRUSTED_PROXY_COUNT=1),
cookies kept by hand (the production cookies are Secure, which a client library would
not send over plain HTTP), CSRF token and form fields read from the page.
"""

import hashlib
import io
import random
import re
import threading
import time
from dataclasses import dataclass, field

import requests
from bs4 import BeautifulSoup
from PIL import Image

REFERENCE = re.compile(r"\b[A-Z]{2,8}-\d{4}-\d{4}\b")
APPLICATION_FORM = "form[enctype='multipart/form-data']"
BOOKING_FORM = "main form[method=post]"


@dataclass
class Tally:
    """What one kind of user saw; shared by its threads."""

    latencies: list = field(default_factory=list)
    statuses: dict = field(default_factory=dict)
    server_errors: list = field(default_factory=list)  # (started, finished, what)
    connection_errors: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, started, response=None, error=None, what=""):
        with self.lock:
            finished = time.monotonic()
            if error is not None:
                what = f"{what}: {type(error).__name__}"
                self.connection_errors.append((started, finished, what))
                return
            self.latencies.append(finished - started)
            self.statuses[response.status_code] = self.statuses.get(response.status_code, 0) + 1
            if response.status_code >= 500:
                self.server_errors.append((started, finished, f"{what}: {response.status_code}"))


class Browser:
    def __init__(self, base, tally, address):
        self.base = base
        self.tally = tally
        self.session = requests.Session()
        self.cookies = {}
        self.headers = {
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": address,
            "User-Agent": "bactria-loadtest",
        }

    def request(self, method, path, **kwargs):
        started = time.monotonic()
        try:
            response = self.session.request(
                method,
                self.base + path,
                headers={**self.headers, **kwargs.pop("headers", {})},
                cookies=self.cookies,
                allow_redirects=False,
                timeout=30,
                **kwargs,
            )
        except requests.RequestException as error:
            self.tally.record(started, error=error, what=f"{method} {path}")
            return None
        self.session.cookies.clear()
        self.cookies.update(response.cookies.get_dict())
        self.tally.record(started, response, what=f"{method} {path}")
        return response


def site_links(base, tally, limit=80):
    """The public pages a visitor can reach from the three home pages (and some searches)."""
    browser = Browser(base, tally, "10.0.0.1")
    found = ["/en/", "/ru/", "/tg/", "/en/search/?q=jazz", "/ru/search/?q=джаз"]
    for home in ("/en/", "/ru/", "/tg/"):
        response = browser.request("GET", home)
        if response is None or response.status_code != 200:
            raise SystemExit(f"The site does not serve {home}: {response}")
        for link in BeautifulSoup(response.text, "html.parser").select("a[href]"):
            href = link["href"].split("#")[0]
            if re.match(r"^/(en|ru|tg)/", href) and href not in found:
                found.append(href)
    return found[:limit]


def visitor(base, links, tally, deadline, budget, think, seed):
    """Open random pages until the time or the shared request budget runs out."""
    chance = random.Random(seed)  # noqa: S311 (not for security)
    browser = Browser(base, tally, f"10.1.{seed // 250}.{seed % 250 + 1}")
    while time.monotonic() < deadline and budget.take():
        browser.request("GET", chance.choice(links))
        time.sleep(chance.uniform(0, 2 * think))


class Budget:
    """A fixed number of requests shared by every visitor."""

    def __init__(self, requests_allowed):
        self.left = requests_allowed
        self.lock = threading.Lock()

    def take(self):
        with self.lock:
            self.left -= 1
            return self.left >= 0


def pdf(text):
    body = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    return (
        b"%PDF-1.4\n1 0 obj<< /Type /Catalog /Pages 2 0 R >>endobj\n"
        b"2 0 obj<< /Type /Pages /Kids [3 0 R] /Count 1 >>endobj\n"
        b"3 0 obj<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>endobj\n"
        + f"4 0 obj<< /Length {len(body)} >>stream\n".encode()
        + body
        + b"\nendstream endobj\ntrailer<< /Root 1 0 R >>\n%%EOF\n"
    )


def jpeg(seed):
    colour = (seed * 37 % 256, seed * 91 % 256, seed * 53 % 256)
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\x00" * 64 + b"\xff\xfb\x90\x64" + b"\x00" * 400


def file_for(accept, number):
    """A small real file of a kind the field takes: a PDF, a JPEG, or an MP3 frame."""
    kinds = accept.lower()
    if ".pdf" in kinds:
        return f"cv-{number}.pdf", pdf(f"Application {number}"), "application/pdf"
    if ".jpg" in kinds or ".jpeg" in kinds:
        return f"photo-{number}.jpg", jpeg(number), "image/jpeg"
    return f"song-{number}.mp3", MP3, "audio/mpeg"


def fill_in(form, email, number):
    """The form's fields as a browser would send them: (data, files)."""
    data, files = {}, {}
    for field_ in form.select("input[name], textarea[name], select[name]"):
        name, kind = field_["name"], field_.get("type", field_.name).lower()
        if name == "website":  # the honeypot stays empty, as people leave it
            data[name] = ""
        elif kind == "hidden":
            data[name] = field_.get("value", "")
        elif kind == "file":
            files[name] = file_for(field_.get("accept", ""), number)
        elif kind in ("checkbox", "radio"):
            data.setdefault(name, field_.get("value", "on"))
        elif field_.name == "select":
            options = [option.get("value", "") for option in field_.select("option")]
            data[name] = next(value for value in options if value)
        elif kind == "email":
            data[name] = email
        elif kind == "url":
            data[name] = "https://example.org/band"
        elif kind == "tel":
            data[name] = "+992 93 123 4567"
        elif kind == "date":
            data[name] = "2026-06-01"
        elif kind == "number":
            data[name] = "3"
        else:
            data[name] = f"Load test applicant {number}"
    return data, files


def apply_once(browser, base, call_url, email, number, outcome, form_selector=APPLICATION_FORM):
    """GET the form, POST it (again with the same form after a failure), read the reference.
    Booking forms are sent the same way (`form_selector` BOOKING_FORM; no files)."""
    page = None
    for _attempt in range(20):
        page = browser.request("GET", call_url)
        if page is not None and page.status_code == 200:
            break
        time.sleep(1)
    else:
        outcome["unsent"] += 1
        return
    form = BeautifulSoup(page.text, "html.parser").select_one(form_selector)
    data, files = fill_in(form, email, number)
    sent = {name: hashlib.sha256(content).hexdigest() for name, content, _type in files.values()}
    origin = base.replace("http://", "https://")
    headers = {"Origin": origin, "Referer": origin + call_url}
    for _attempt in range(20):  # a person whose page failed sends the same form again
        response = browser.request("POST", call_url, data=data, files=files, headers=headers)
        if response is not None and response.status_code == 302:
            break
        if response is not None and response.status_code < 500:
            outcome["refused"].append((email, response.status_code))
            return
        time.sleep(1)
    else:
        outcome["unsent"] += 1
        return
    received = None
    for _attempt in range(20):
        received = browser.request("GET", response.headers["Location"])
        if received is not None and received.status_code == 200:
            break
        time.sleep(1)
    match = REFERENCE.search(received.text if received is not None else "")
    outcome["confirmed"].append(
        {
            "email": email,
            "token": data.get("submission_token"),
            "reference": match and match[0],
            "files": sent,
        }
    )


def applicant(base, urls, tally, deadline, prefix, seed, outcome, form=APPLICATION_FORM):
    """Apply to a call again and again (or book a place, `form` BOOKING_FORM: the first
    date offered, one place, the waiting list once the date is full)."""
    chance = random.Random(seed)  # noqa: S311 (not for security)
    network = 2 if form == APPLICATION_FORM else 3
    number = 0
    while time.monotonic() < deadline:
        number += 1
        # Each one from its own address, as different people's would be.
        browser = Browser(base, tally, f"10.{network}.{seed}.{number % 250 + 1}")
        email = f"{prefix}{seed}-{number}@example.org"
        url = chance.choice(urls)
        apply_once(browser, base, url, email, seed * 1000 + number, outcome, form)
        time.sleep(chance.uniform(0.5, 1.5))


def booker(base, form_urls, tally, deadline, prefix, seed, outcome):
    applicant(base, form_urls, tally, deadline, prefix, seed, outcome, BOOKING_FORM)
