#!/usr/bin/env python3
"""Measures a built Polku against a prepared database; called by bench/run (see there and the README).

Starts `polku serve` on a free loopback port with the environment it is given (SQLITE_PATH or DATABASE_URL),
signs in through the real login form as each role and takes an API token, checks that every URL answers 200
with its page (not the login form), then runs wrk on each URL in turn and prints a Markdown table. The
server's resident memory is sampled from /proc while wrk runs.

Exit status: 0 measured; 1 the measurement is not valid (a URL failed, a non-2xx answer or socket error
under load, the server died); 2 with --check, valid but a target missed.
"""
import argparse, html, http.cookiejar, json, os, platform, re, socket, subprocess, sys, threading, time
import urllib.error, urllib.parse, urllib.request

HERE = os.path.dirname(os.path.realpath(__file__))
PASSWORD = "demo"
LOGINS = {"worker": "social.worker@demo.polku.fi", "coach": "coach@demo.polku.fi", "manager": "manager@demo.polku.fi",
          "client": "client@demo.polku.fi"}
# The targets for the county dataset at 16 connections.
MAX_P99_MS, MIN_RATIO, MAX_RSS_MB = 50.0, 0.30, 300.0


def fail(message):
    print(f"bench: {message}", file=sys.stderr)
    sys.exit(1)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer to check, not to follow (a lost session is a 303 to /login)


class Client:
    """HTTP against the server with its own cookies; never follows redirects."""

    def __init__(self, base, headers=None):
        self.base, self.headers, self.jar = base, dict(headers or {}), http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect)

    def request(self, path, form=None, json_body=None):
        data, headers = None, dict(self.headers)
        if form is not None:
            data = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif json_body is not None:
            data = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        req = urllib.request.Request(self.base + path, data=data, headers=headers)
        try:
            with self.opener.open(req, timeout=60) as r:
                return r.status, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def cookie(self, name):
        return next((c.value for c in self.jar if c.name == name), None)


def sign_in(base, email):
    """The login form as a browser uses it: GET for the session and CSRF token, POST, keep the new cookie."""
    client = Client(base)
    status, _, page = client.request("/login")
    tag = re.search(r'<input[^>]*name="_csrf"[^>]*>', page)
    token = re.search(r'value="([^"]*)"', tag.group(0)) if tag else None
    if status != 200 or not token:
        fail(f"GET /login: HTTP {status}, no CSRF field")
    status, headers, _ = client.request("/login", form={"email": email, "password": PASSWORD, "_csrf": html.unescape(token.group(1))})
    location = headers.get("Location", "")
    if status not in (302, 303) or location.startswith("/login") or not client.cookie("polku_session"):
        hint = " (throttled: too many failed sign-ins; wait 15 minutes or use a fresh dataset)" if status == 429 else ""
        fail(f"sign-in as {email} failed: HTTP {status}{hint}")
    return client.cookie("polku_session")


def api_token(base, email):
    status, _, body = Client(base).request("/api/v1/auth/token", json_body={"email": email, "password": PASSWORD})
    if status != 200:
        fail(f"POST /api/v1/auth/token as {email}: HTTP {status}: {body[:200]}")
    return json.loads(body)["token"]


def first_decision(base, token):
    """The page of a decision document: the first of the first clients in the worker's list that has one."""
    api = Client(base, {"Authorization": f"Bearer {token}"})
    status, _, body = api.request("/api/v1/clients?perPage=50")
    for item in json.loads(body).get("items", []) if status == 200 else []:
        status, _, body = api.request(f"/api/v1/clients/{item['id']}/decisions")
        decisions = json.loads(body).get("items", []) if status == 200 else []
        if decisions:
            return f"/clients/{item['id']}/decisions/{decisions[0]['id']}"
    fail("none of the worker's first 50 clients has a decision to open")


def wait_for_health(base, server, seconds=300):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            fail(f"the server exited with {server.returncode} before answering")
        try:
            if Client(base).request("/health")[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    fail(f"no answer from {base}/health in {seconds} s")


def memory(pid):
    """VmRSS and VmHWM in MB."""
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


class MemorySampler(threading.Thread):
    """The largest VmRSS seen while `active` is set (that is, under load)."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.active, self.peak, self.stopped = pid, threading.Event(), 0.0, threading.Event()

    def run(self):
        while not self.stopped.is_set():
            if self.active.is_set():
                try:
                    self.peak = max(self.peak, memory(self.pid)[0])
                except OSError:
                    return
            time.sleep(0.2)


def wrk(url, headers, args):
    command = ["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s", "--timeout", "10s"]
    for header in headers:
        command += ["-H", header]
    command += ["-s", os.path.join(HERE, "wrk.lua")]
    result = subprocess.run(command + [url], capture_output=True, text=True, timeout=args.duration + 60)
    line = next((l for l in result.stdout.splitlines() if l.startswith("WRKSTATS ")), None)
    if result.returncode or not line:
        fail(f"wrk failed on {url} (exit {result.returncode}): {result.stderr.strip() or result.stdout.strip()}")
    return {k: float(v) for k, v in (kv.split("=") for kv in line.split()[1:])}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", required=True, help="the polku executable")
    ap.add_argument("--dataset", default="", help="what the database holds, for the report")
    ap.add_argument("--duration", type=int, default=10, help="seconds of load per URL")
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--warmup", type=int, default=2, help="seconds of light load per URL before measuring")
    ap.add_argument("--log", default="", help="the server's output goes here")
    ap.add_argument("--check", action="store_true", help="exit 2 when a target is missed")
    args = ap.parse_args()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    log = open(args.log or os.devnull, "w")
    # --log notice: the request log of every hit would measure the terminal, not the server.
    server = subprocess.Popen([args.bin, "serve", "--hostname", "127.0.0.1", "--port", str(port), "--log", "notice"],
                              stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        wait_for_health(base, server)
        rows, problem, sampler = measure(base, server, args)
    finally:
        # Requests that wrk gave up on may still be running; let them end before the server is stopped.
        time.sleep(3)
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    report(rows, problem, sampler, args)


def measure(base, server, args):
    cookies = {role: sign_in(base, email) for role, email in LOGINS.items()}
    token = api_token(base, LOGINS["worker"])
    status, _, body = Client(base, {"Authorization": f"Bearer {token}"}).request("/api/v1/clients?perPage=1")
    items = json.loads(body).get("items", []) if status == 200 else []
    if not items:
        fail(f"GET /api/v1/clients: HTTP {status}, no client to open")
    client_id, term = items[0]["id"], items[0]["lastName"]

    worker, coach, manager, own = (f"Cookie: polku_session={cookies[r]}" for r in ("worker", "coach", "manager", "client"))
    bearer = f"Authorization: Bearer {token}"
    decision = first_decision(base, token)
    # The client's own pages link their decision and their period's certificate.
    _, _, me = Client(base, {"Cookie": own.split(": ", 1)[1]}).request("/me")
    my_decision = re.search(r'href="(/me/decisions/[0-9A-Fa-f-]{36})"', me)
    my_certificate = re.search(r'href="(/me/periods/[0-9A-Fa-f-]{36}/certificate)"', me)
    if not my_decision or not my_certificate:
        fail("the client user's /me links no decision or no certificate; regenerate the dataset (rm bench/data/SIZE.*)")
    targets = [  # (path, role, header or None)
        ("/health", "anyone", None),
        ("/", "social worker", worker),
        ("/clients", "social worker", worker),
        (f"/clients?q={urllib.parse.quote(term)}", "social worker", worker),
        (f"/clients/{client_id}", "social worker", worker),
        ("/referrals", "social worker", worker),
        ("/queues", "social worker", worker),
        ("/coach/week", "work coach", coach),
        ("/statistics", "manager", manager),
        ("/feedback-results", "manager", manager),
        ("/places", "anyone", None),
        ("/api/v1/clients", "social worker, token", bearer),
        (decision, "social worker", worker),
        ("/me", "client", own),
        (my_decision.group(1), "client", own),
        (my_certificate.group(1), "client", own),
    ]
    # Every URL must answer 200 with its own page before it is loaded: a redirect or the login form would
    # measure the wrong thing.
    for path, role, header in targets:
        headers = dict([header.split(": ", 1)]) if header else {}
        status, _, body = Client(base, headers).request(path)
        if status != 200 or 'name="password"' in body:
            fail(f"GET {path} as {role}: HTTP {status}{' (the login form)' if status == 200 else ''}; not measured")

    sampler = MemorySampler(server.pid)
    sampler.start()
    rows, problem = [], None
    for path, role, header in targets:
        headers = [header] if header else []
        if args.warmup:
            warm = argparse.Namespace(**{**vars(args), "duration": args.warmup, "connections": 2, "threads": 1})
            wrk(base + path, headers, warm)
        sampler.active.set()
        m = wrk(base + path, headers, args)
        sampler.active.clear()
        rps = m["requests"] / (m["duration_us"] / 1e6)
        rows.append(dict(path=path, role=role, p50=m["p50_us"] / 1000, p99=m["p99_us"] / 1000, rps=rps,
                         requests=int(m["requests"]), non2xx=int(m["non2xx"]), errors=int(m["socket_errors"])))
        print(f"  {path:<28} {rps:9.1f} req/s  p99 {m['p99_us'] / 1000:8.1f} ms  non-2xx {int(m['non2xx'])}", file=sys.stderr, flush=True)
        if m["non2xx"] or m["socket_errors"] or not m["requests"]:
            problem = problem or f"{path} answered non-2xx, with socket errors or not at all under load"
        # A server that died or stopped answering makes every later figure meaningless.
        if server.poll() is not None:
            problem = f"the server died under load on {path} (exit {server.returncode}); see the server's log"
            break
        try:
            alive = Client(base).request("/health")[0] == 200
        except OSError:
            alive = False
        if not alive:
            problem = f"the server stopped answering /health after the load on {path}; see the server's log"
            break
    sampler.stopped.set()
    sampler.hwm = memory(server.pid)[1] if server.poll() is None else 0.0
    return rows, problem, sampler


def report(rows, problem, sampler, args):
    health = rows[0]["rps"]
    print(f"\n{time.strftime('%Y-%m-%d %H:%M')}, {platform.node()}, {os.cpu_count()} cores; {args.dataset}; "
          f"wrk {args.connections} connections, {args.threads} threads, {args.duration} s per URL\n")
    print("| page | role | p50 ms | p99 ms | req/s | ratio to /health | non-2xx |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    missed = []
    for r in rows:
        ratio = r["rps"] / health if health else 0
        flags = []
        if r["p99"] > MAX_P99_MS:
            flags.append("p99")
        if r["path"] != "/health" and ratio < MIN_RATIO:
            flags.append("ratio")
        if flags:
            missed.append(r["path"])
        errors = f"{r['non2xx']}" + (f" (+{r['errors']} socket errors)" if r["errors"] else "") + ("" if r["requests"] else " (no answer)")
        print(f"| `{r['path']}` | {r['role']} | {r['p50']:.1f} | {r['p99']:.1f}{' ✗' if 'p99' in flags else ''} | "
              f"{r['rps']:.0f} | {ratio:.2f}{' ✗' if 'ratio' in flags else ''} | {errors} |")
    rss_ok = sampler.peak <= MAX_RSS_MB
    print(f"\nResident memory under load: {sampler.peak:.0f} MB at most (VmRSS sampled every 0.2 s), "
          f"peak {sampler.hwm:.0f} MB (VmHWM){'' if rss_ok else ' ✗'}")
    print(f"Targets (p99 ≤ {MAX_P99_MS:.0f} ms, ≥ {MIN_RATIO:.2f} of /health, ≤ {MAX_RSS_MB:.0f} MB): "
          + ("all met" if not missed and rss_ok else
             f"missed by {len(missed)} of {len(rows)} URLs" + ("" if rss_ok else " and memory")))
    if problem:
        fail(f"{problem}: the figures above are not valid")
    if args.check and (missed or not rss_ok):
        sys.exit(2)


if __name__ == "__main__":
    main()
