"""`axis-report preview`: edit, save, see.

A warm kernel (`render.warm`) renders the report notebook; a watcher polls the project's
inputs (settings, everything under seeds/), its notebooks and the package's code; each
save re-executes the notebook in the warm kernel, in a fresh namespace, and re-exports
the HTML (not the PDF). A small server on 127.0.0.1 serves it, and the page reloads
itself when a newer render is ready (Server-Sent Events, a few lines of inline script;
nothing fetched from elsewhere).

- Inputs that fail validation (the notebook's first cell: the project's own checks)
  show their problems in the page instead of the report; the last good render stays
  one click away at /last-good. So does a notebook cell that fails.
- A change to the package's code restarts the kernel, so the next render uses it.
  The server's own code (the HTML export, this module) is not reloaded: restart the
  preview after changing it.
- /pdf prints the render on show to PDF when asked (WeasyPrint), not on every save.
- Renders go to the project's build/preview/; the kernel runs in build/work/. Both are
  removed when the preview stops (Ctrl-C).

Polling was chosen over an event-based watcher: a project holds a few dozen watched
files and the package under a hundred, so a scan costs about a millisecond (the
benchmark prints it), works the same on every file system, and needs no dependency.
"""

import datetime as dt
import http.server
import json
import os
import shutil
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .config import PACKAGE_DIR, REPORT_NAME, TEMPLATES_DIR, ProjectPaths

__all__ = ["Preview", "Watcher", "classify", "watched_files", "run_preview"]

POLL_SECONDS = 0.05   # how often the watcher looks at the files (a scan: ~2 ms)
SETTLE_SECONDS = 0.02  # after a change, wait this long for the rest of a save
_IGNORED_SUFFIXES = (".pyc", ".swp", ".swx", ".tmp", "~")
_IGNORED_DIRS = {"__pycache__", "_template", ".ipynb_checkpoints", ".git"}


# --- what to watch, and what a change means ------------------------------------------------

def watched_files(paths: ProjectPaths, package_dir: Path = PACKAGE_DIR) -> list:
    """Every file whose change shows in the report: the project's settings, every file
    under seeds/, the notebooks (.py) and the package's code and templates."""
    found = [paths.settings_file] if paths.settings_file.is_file() else []
    found += _walk(paths.seeds)
    found += sorted(paths.notebooks.glob("*.py")) if paths.notebooks.is_dir() else []
    found += [p for p in _walk(package_dir) if p.suffix in (".py", ".j2", ".css")]
    return found


def _walk(root: Path) -> list:
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in _IGNORED_DIRS and not d.startswith("."))
        out += [Path(folder) / f for f in sorted(files)
                if not f.startswith((".", "#")) and not f.endswith(_IGNORED_SUFFIXES)]
    return out


def classify(changed, paths: ProjectPaths, package_dir: Path = PACKAGE_DIR) -> str | None:
    """What a set of changed files calls for: 'package' (restart the kernel, then
    render), 'render' (inputs or notebooks: render again), or None (nothing watched)."""
    kinds = set()
    for path in map(Path, changed):
        if _inside(path, package_dir):
            kinds.add("package")
        elif (_inside(path, paths.seeds) or _inside(path, paths.notebooks)
              or path == paths.settings_file):
            kinds.add("render")
    return "package" if "package" in kinds else "render" if kinds else None


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.relative_to(folder)
    except ValueError:
        return False
    return True


class Watcher:
    """Polls a set of files (`files()` lists them afresh on every scan, so new files
    count) and reports which were added, changed or removed since the last look."""

    def __init__(self, files, *, poll: float = POLL_SECONDS, settle: float = SETTLE_SECONDS):
        self.files, self.poll, self.settle = files, poll, settle
        self.seen = self.scan()

    def scan(self) -> dict:
        """{path: (mtime_ns, size, inode)} for every watched file that exists."""
        out = {}
        for path in self.files():
            try:
                st = path.stat()
            except OSError:
                continue
            out[path] = (st.st_mtime_ns, st.st_size, st.st_ino)
        return out

    def changes(self) -> set:
        """The files added, changed or removed since the last call (or construction)."""
        now = self.scan()
        changed = {p for p in now.keys() | self.seen.keys() if now.get(p) != self.seen.get(p)}
        self.seen = now
        return changed

    def wait(self, stop: threading.Event, timeout: float | None = None) -> set:
        """Block until files change (or `stop` is set, or `timeout` passes); return them,
        including any that changed while a save was still being written."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while not stop.is_set():
            changed = self.changes()
            if changed:
                while not stop.wait(self.settle):
                    more = self.changes()
                    if not more:
                        break
                    changed |= more
                return changed
            if deadline is not None and time.monotonic() >= deadline:
                break
            stop.wait(self.poll)
        return set()


# --- the state on show ----------------------------------------------------------------------

@dataclass
class Shown:
    """What the page shows: the latest render or why there is none."""

    version: int = 0
    status: str = "starting"  # starting, ok, invalid, failed
    html: bytes | None = None  # the report, when status is 'ok'
    last_good: bytes | None = None
    last_good_at: str = ""
    problems: list = field(default_factory=list)
    detail: str = ""
    at: str = ""
    seconds: float = 0.0
    timings: dict = field(default_factory=dict)
    pdf: bytes | None = None  # the PDF of last_good, once asked for


def _env():
    import jinja2

    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR / "preview"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)


def input_problems(evalue: str) -> list:
    """The problem lines of an InputError's text ("N problems found:" then one indented
    line per problem), as the kernel reports it."""
    lines = [ln.strip() for ln in str(evalue).splitlines()]
    return [ln for ln in lines[1:] if ln] if len(lines) > 1 else [ln for ln in lines if ln]


# --- the preview ----------------------------------------------------------------------------

class Preview:
    """Watch a project and keep its report rendered in a warm kernel, served on
    http://host:port/ (port 0: any free port; `url` says which)."""

    def __init__(self, paths: ProjectPaths, parameters: dict, *, host: str = "127.0.0.1",
                 port: int = 8000, cell_timeout: float | None = None,
                 timeout: float | None = None, poll: float = POLL_SECONDS, log=print,
                 package_dir: Path = PACKAGE_DIR):
        from .config import CELL_TIMEOUT, RENDER_TIMEOUT
        from .render.warm import WarmKernel

        self.paths, self.parameters, self.log = paths, dict(parameters), log
        self.package_dir = package_dir
        self.cell_timeout = cell_timeout or CELL_TIMEOUT
        self.timeout = timeout or RENDER_TIMEOUT
        self.folder = paths.build / "preview"
        self.kernel = WarmKernel(work_root=paths.work, name="preview-kernel")
        self.watcher = Watcher(lambda: watched_files(paths, package_dir), poll=poll)
        self.shown = Shown()
        self.changed = threading.Condition()
        self.stop_event = threading.Event()
        self.env = _env()
        self.builds = 0
        self.server = _Server((host, port), _Handler)
        self.server.preview = self
        self._threads = []

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/"

    # --- life cycle
    def start(self) -> "Preview":
        """Serve, and render in the background: first now, then on every change."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for target, name in ((self.server.serve_forever, "preview-server"),
                             (self._watch, "preview-watcher")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop serving and watching, shut the kernel down, remove build/preview."""
        self.stop_event.set()
        with self.changed:
            self.changed.notify_all()
        self.server.shutdown()
        self.server.server_close()
        self.kernel.kill()  # a render in progress ends now
        for thread in self._threads:
            thread.join(10)
        self.kernel.shutdown()
        shutil.rmtree(self.folder, ignore_errors=True)

    def wait_for(self, version: int, timeout: float) -> Shown:
        """Block until the page shows `version` or later (tests, benchmark)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while self.shown.version < version and not self.stop_event.is_set():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no render {version} within {timeout:g} s "
                                       f"(showing {self.shown.version}: {self.shown.status})")
                self.changed.wait(left)
            return self.shown

    # --- rendering
    def _watch(self) -> None:
        self.build("start")
        while not self.stop_event.is_set():
            changed = self.watcher.wait(self.stop_event)
            kind = classify(changed, self.paths, self.package_dir)
            if kind is None or self.stop_event.is_set():
                continue
            names = sorted({p.name for p in changed})
            reason = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3
                                             else "")
            if kind == "package":
                self.log(f"{_now()} {reason} changed: the package's code; restarting the kernel")
                served = [p.name for p in changed if p in _loaded_files()]
                if served:
                    self.log(f"{_now()} note: {', '.join(sorted(served))} also runs in the "
                             "preview itself (export, server): restart the preview to use it")
                try:
                    self.kernel.restart()
                except Exception as exc:  # noqa: BLE001 - shown on the page by build()
                    self.log(f"{_now()} the kernel could not be restarted: {exc}")
            self.build(f"{reason} changed")

    def build(self, reason: str) -> Shown:
        """Render the report once in the warm kernel and put the outcome on show."""
        from .render.job import RenderError, RenderJob, render

        job = RenderJob(notebook=self.paths.report_notebook, parameters=self.parameters,
                        name=REPORT_NAME, outputs={"html": self.folder / f"{REPORT_NAME}.html"},
                        failed_notebook=self.folder / f"{REPORT_NAME}.failed.ipynb",
                        work_root=self.paths.work, cell_timeout=self.cell_timeout,
                        timeout=self.timeout)
        started = time.perf_counter()
        timings: dict = {}
        outcome = dict(status="ok", problems=[], detail="", html=None)
        try:
            written = render(job, kernel=self.kernel, timings=timings)
            timings["reset"] = self.kernel.reset_seconds
            outcome["html"] = written["html"].read_bytes()
        except RenderError as err:
            if err.ename == "InputError":
                outcome.update(status="invalid", problems=input_problems(err.evalue))
            else:
                outcome.update(status="failed", detail=str(err))
        except Exception as err:  # noqa: BLE001 - any failure is shown, the preview goes on
            outcome.update(status="failed", detail=f"{type(err).__name__}: {err}")
        seconds = time.perf_counter() - started
        if self.stop_event.is_set():  # stopped mid-render: the kernel was killed for it
            return self.shown
        self.builds += 1
        with self.changed:
            shown = self.shown
            shown.version += 1
            shown.status, shown.problems = outcome["status"], outcome["problems"]
            shown.detail, shown.html = outcome["detail"], outcome["html"]
            shown.at, shown.seconds, shown.timings = _now(), seconds, timings
            if shown.html is not None:
                shown.last_good, shown.last_good_at, shown.pdf = shown.html, shown.at, None
            self.changed.notify_all()
        self.log(f"{shown.at} {reason}: " + {
            "ok": f"rendered in {seconds:.2f} s" + _breakdown(timings),
            "invalid": f"the inputs do not pass validation ({len(shown.problems)} "
                       f"problem{'s' if len(shown.problems) != 1 else ''}); see the page",
            "failed": "the report failed; see the page",
        }[shown.status])
        return shown

    # --- pages
    def page(self, which: str = "current") -> bytes:
        """The page at / ('current') or /last-good, with the live-reload script."""
        with self.changed:
            shown = self.shown
            html = shown.last_good if which == "last-good" else shown.html
            version, status = shown.version, shown.status
            context = dict(version=version, stamp=shown.last_good_at if which == "last-good"
                           else shown.at, pdf=shown.last_good is not None)
            if html is not None:
                bar = self.env.get_template("reload.html.j2").render(pdf_label="PDF",
                                                                     **context)
                return _inject(html, bar.encode("utf-8"))
            context["pdf_label"] = "PDF of the last good render"
            headings = {
                "starting": ("Rendering the report", "The page updates by itself when the "
                             "first render is ready."),
                "invalid": ("The inputs do not pass validation",
                            "Fix these and save: the page updates by itself."),
                "failed": ("The report could not be rendered",
                           "Fix the cause and save: the page updates by itself."),
            }
            heading, lead = headings.get(status, headings["starting"])
            if which == "last-good":
                heading, lead = "No good render yet", "The report has not rendered yet."
            text = self.env.get_template("page.html.j2").render(
                heading=heading, lead=lead, problems=shown.problems if status == "invalid"
                else [], detail=shown.detail if status == "failed" else "",
                last_good=shown.last_good_at if shown.last_good is not None else "",
                when=f"Checked at {shown.at}." if shown.at else "", **context)
            return text.encode("utf-8")

    def pdf(self) -> bytes | None:
        """The last good render printed to PDF (once per render), or None."""
        from .render.export import html_to_pdf

        with self.changed:
            shown = self.shown
            html, pdf, version = shown.last_good, shown.pdf, shown.version
        if html is None:
            return None
        if pdf is None:
            pdf = html_to_pdf(html.decode("utf-8"))
            with self.changed:
                if self.shown.version == version:
                    self.shown.pdf = pdf
        return pdf


def _loaded_files() -> set:
    """The source files of the modules this process (the preview itself) has loaded."""
    return {Path(f).resolve() for m in list(sys.modules.values())
            if isinstance(f := getattr(m, "__file__", None), str)}


def _inject(html: bytes, bar: bytes) -> bytes:
    at = html.rfind(b"</body>")
    return html + bar if at < 0 else html[:at] + bar + html[at:]


def _breakdown(timings: dict) -> str:
    if not timings:
        return ""
    cells = sorted(timings.get("cells", []), key=lambda c: -c[1])
    slowest = (f", of which the kernel's reset {timings.get('reset', 0.0):.2f} s"
               + "".join(f", cell {i} ({line[:30]}) {sec:.2f} s" for i, sec, line in cells[:2]))
    return f" (notebook {timings['execute']:.2f} s{slowest}; export {timings['export']:.2f} s)"


def _now() -> str:
    return dt.datetime.now().strftime("%H:%M:%S")


# --- the server -----------------------------------------------------------------------------

class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "axis-preview"

    def log_message(self, *args):  # the preview prints its own one line per render
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        preview = self.server.preview
        route = self.path.split("?", 1)[0]
        if route in ("/", "/index.html"):
            self._send(200, "text/html; charset=utf-8", preview.page("current"))
        elif route == "/last-good":
            self._send(200, "text/html; charset=utf-8", preview.page("last-good"))
        elif route == "/version":
            shown = preview.shown
            body = json.dumps({"version": shown.version, "status": shown.status,
                               "seconds": round(shown.seconds, 3)}).encode()
            self._send(200, "application/json", body)
        elif route == "/events":
            self._events(preview)
        elif route == "/pdf":
            try:
                pdf = preview.pdf()
            except Exception as exc:  # noqa: BLE001 - say why on the page
                self._send(500, "text/plain; charset=utf-8",
                           f"The PDF could not be made: {type(exc).__name__}: {exc}".encode())
                return
            if pdf is None:
                self._send(404, "text/plain; charset=utf-8", b"No good render yet.")
            else:
                self._send(200, "application/pdf", pdf,
                           {"Content-Disposition": f'inline; filename="{REPORT_NAME}.pdf"'})
        else:
            self._send(404, "text/plain; charset=utf-8", b"Not found.")

    def _send(self, code, ctype, body, headers=None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _events(self, preview):
        """Server-Sent Events: the version on show, now and after each render."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        sent = None
        try:
            while not preview.stop_event.is_set():
                with preview.changed:
                    if preview.shown.version == sent:
                        preview.changed.wait(15)
                    version = preview.shown.version
                if version != sent:
                    self.wfile.write(f"data: {version}\n\n".encode())
                    sent = version
                else:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass


def run_preview(paths: ProjectPaths, parameters: dict, *, host: str = "127.0.0.1",
                port: int = 8000, cell_timeout: float | None = None,
                timeout: float | None = None, open_browser: bool = False, log=print) -> None:
    """Serve the preview until Ctrl-C; then stop the kernel and remove what it made."""
    preview = Preview(paths, parameters, host=host, port=port, cell_timeout=cell_timeout,
                      timeout=timeout, log=log)
    def interrupt(signum, frame):  # `kill` stops it as Ctrl-C does: cleanly
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    preview.start()
    log(f"preview of {paths.root} at {preview.url} (renders on every save; Ctrl-C stops)")
    if open_browser:
        import webbrowser

        webbrowser.open(preview.url)
    try:
        while not preview.stop_event.wait(3600):
            pass
    finally:
        preview.stop()
        signal.signal(signal.SIGTERM, previous)
