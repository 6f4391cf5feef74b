"""
What a first visit on a phone downloads: each page loaded in headless Chromium at
360×740 with an empty cache, summing the bytes transferred (headers and bodies, as
sent: compressed where the server compresses) by kind of resource.
"""

import collections

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
KINDS = {
    "document": "html",
    "stylesheet": "css",
    "script": "js",
    "image": "images",
    "font": "fonts",
}
COLUMNS = ["html", "css", "js", "images", "fonts", "other"]


def transferred(browser, url):
    """Bytes transferred while `url` loads, by kind of resource."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1)
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    response = page.goto(url, wait_until="networkidle")
    if response is None or response.status != 200:
        raise RuntimeError(f"{url} did not load")
    sizes = collections.Counter()
    for request in finished:
        size = request.sizes()
        sizes[KINDS.get(request.resource_type, "other")] += (
            size["responseBodySize"] + size["responseHeadersSize"]
        )
    context.close()
    return sizes


def measure(base_url, pages):
    """[(name, path, limit in KB, sizes)] for each (name, path, limit) in `pages`."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            return [
                (name, path, limit, transferred(browser, base_url + path))
                for name, path, limit in pages
            ]
        finally:
            browser.close()


def format_table(results):
    lines = [
        "first load at 360 px, empty cache, KB transferred (headers included)",
        f"{'page':<22} {'total':>6} " + " ".join(f"{c:>6}" for c in COLUMNS) + "  target",
    ]
    for name, _path, limit, sizes in results:
        total = sum(sizes.values()) / 1000
        verdict = "ok" if total < limit else "OVER"
        lines.append(
            f"{name:<22} {total:>6.1f} "
            + " ".join(f"{sizes[c] / 1000:>6.1f}" for c in COLUMNS)
            + f"  < {limit} {verdict}"
        )
    return "\n".join(lines)
