"""Fixtures: the built polku server on a fresh SQLite database, headless Chromium, the one shared "today" and
a seeded random generator.

The server migrates and seeds the demo data by itself on an empty database. Tests make the records they change
(through the UI or the API as a signed-in demo user) instead of taking the demo's first ones.
Env: POLKU_BIN (default: $(swift build --show-bin-path)/polku), AXE_JS (another axe.min.js),
E2E_SEED (the seed of every random choice; printed in the header, so that a failure can be repeated).
Helpers for the tests (login, axe_check, new_client, ...) are in ui.py.
"""
import email.utils
import os
import random
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import ui

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT = 120  # seconds until GET /health answers 200
server_log = None  # path, shown in the summary when a test failed
SEED = int(os.environ.get("E2E_SEED", "20261207"))


def pytest_report_header(config):
    return f"e2e seed: {SEED} (repeat a run with E2E_SEED={SEED})"


def polku_bin():
    if os.environ.get("POLKU_BIN"):
        return os.environ["POLKU_BIN"]
    swift = shutil.which("swift") or "/opt/swift/usr/bin/swift"
    out = subprocess.run([swift, "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return os.path.join(out.stdout.strip(), "polku")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200
    except OSError:  # refused, reset, timeout, HTTP errors
        return False


@pytest.fixture(scope="session")
def base_url(tmp_path_factory):
    global server_log
    binary = polku_bin()
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no polku executable at {binary}: run `swift build` or set POLKU_BIN", pytrace=False)
    tmp = tmp_path_factory.mktemp("polku")
    server_log = tmp / "server.log"
    port = free_port()
    env = dict(os.environ, SQLITE_PATH=str(tmp / "polku.sqlite"), LOG_LEVEL="warning")
    env.pop("DATABASE_URL", None)  # always a fresh SQLite database
    with open(server_log, "wb") as log:
        proc = subprocess.Popen([binary, "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                                cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not healthy(base + "/health"):
            if proc.poll() is not None:
                pytest.fail(f"polku exited with {proc.returncode} before answering /health (its log is below)", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(f"GET {base}/health did not answer 200 in {START_TIMEOUT} s (the log is below)", pytrace=False)
            time.sleep(0.25)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def today(base_url):
    """The server's date in Helsinki (from its HTTP Date header), the one "today" of every test."""
    with urllib.request.urlopen(base_url + "/health", timeout=10) as r:
        now = email.utils.parsedate_to_datetime(r.headers["Date"])
    return now.astimezone(ZoneInfo("Europe/Helsinki")).date()


@pytest.fixture
def rng(request):
    """Random choices seeded by E2E_SEED and the test's name: the same in every run and whatever runs before."""
    return random.Random(f"{SEED}/{request.node.nodeid}")


@pytest.fixture
def api(base_url):
    """The JSON API as a signed-in demo user: api("social.worker").post(path, body)."""
    return lambda who, password="demo": ui.Api(base_url, f"{who}@demo.polku.fi", password)


@pytest.fixture(scope="module")
def module_browser():
    driver = ui.chromium()
    yield driver
    driver.quit()


@pytest.fixture
def browser(module_browser, request):
    """One Chromium per test module, with no cookies at the start of each test."""
    module_browser.execute_cdp_cmd("Network.clearBrowserCookies", {})
    yield module_browser
    if getattr(request.node, "failed", False):
        try:
            body = module_browser.find_element("tag name", "body").text
            print(f"browser at {module_browser.current_url} ({module_browser.title!r}):\n{body[:3000]}")
        except Exception as e:  # the browser itself may be gone
            print(f"browser state unavailable: {e!r}")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed:
        item.failed = True
    return report


def pytest_terminal_summary(terminalreporter, exitstatus):
    terminalreporter.write_line(f"e2e seed: {SEED} (repeat with E2E_SEED={SEED})")
    if exitstatus != 0 and server_log is not None and server_log.exists():
        lines = server_log.read_text(errors="replace").splitlines()
        terminalreporter.section(f"polku server log ({server_log}, last 200 of {len(lines)} lines)")
        terminalreporter.write_line("\n".join(lines[-200:]) or "(empty)")
