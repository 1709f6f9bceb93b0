"""Print one report HTML to PDF with WeasyPrint (the default engine, as `make report` does)
and with a Chromium kept warm between documents (DevTools protocol, `Page.printToPDF`),
alternating, in one run; print each time, the medians and their ratio.

    python benchmarks/pdf_engines.py [reports/axis-report.html] [--repeats 3]

Needs Debian's `chromium` on PATH (not a project dependency); the DevTools connection uses
tornado, which Jupyter already installs. The browser's start-up is timed apart: a warm
browser pays it once, not per document. Measurement only: no engine but WeasyPrint is wired
into the package.
"""

import argparse
import asyncio
import base64
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

PORT = 9333


async def _bench(html_path: Path, repeats: int) -> int:
    from tornado.websocket import websocket_connect

    from axis_report.render.pdf import html_to_pdf

    profile = tempfile.mkdtemp(prefix="axis-chromium-")
    started = time.perf_counter()
    browser = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}",
         f"--remote-debugging-port={PORT}", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json") as answer:
                    tabs = json.load(answer)
                break
            except OSError:
                await asyncio.sleep(0.05)
        else:
            print("chromium did not start", file=sys.stderr)
            return 1
        print(f"chromium started in {time.perf_counter() - started:.2f} s (paid once)")
        page = next(t for t in tabs if t["type"] == "page")
        ws = await websocket_connect(page["webSocketDebuggerUrl"], max_message_size=1 << 30)
        ids = iter(range(1, 1 << 30))

        async def call(method, **params):
            mid = next(ids)
            ws.write_message(json.dumps({"id": mid, "method": method, "params": params}))
            while True:
                msg = json.loads(await ws.read_message())
                if msg.get("id") == mid:
                    return msg.get("result", msg)

        async def loaded():
            while json.loads(await ws.read_message()).get("method") != "Page.loadEventFired":
                pass

        await call("Page.enable")
        markup = html_path.read_text(encoding="utf-8")
        chromium, weasy = [], []
        for i in range(repeats):
            t = time.perf_counter()
            await call("Page.navigate", url=html_path.resolve().as_uri())
            await loaded()
            out = await call("Page.printToPDF", preferCSSPageSize=True, printBackground=True)
            pdf = base64.b64decode(out["data"])
            chromium.append(time.perf_counter() - t)
            t = time.perf_counter()
            ours = html_to_pdf(markup)
            weasy.append(time.perf_counter() - t)
            print(f"run {i + 1}/{repeats}: warm chromium {chromium[-1]:.2f} s "
                  f"({len(pdf) // 1024} kB), weasyprint {weasy[-1]:.2f} s "
                  f"({len(ours) // 1024} kB)", flush=True)
        c, w = statistics.median(chromium), statistics.median(weasy)
        print(f"median of {repeats}: warm chromium {c:.2f} s, weasyprint {w:.2f} s; "
              f"chromium takes {c / w:.2f} of weasyprint's time")
        return 0
    finally:
        browser.terminate()
        browser.wait(10)
        shutil.rmtree(profile, ignore_errors=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", nargs="?", default="reports/axis-report.html")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    if not shutil.which("chromium"):
        print("chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 1
    if not Path(args.html).is_file():
        print(f"{args.html}: no such file (run make report first)", file=sys.stderr)
        return 1
    return asyncio.run(_bench(Path(args.html), args.repeats))


if __name__ == "__main__":
    sys.exit(main())
