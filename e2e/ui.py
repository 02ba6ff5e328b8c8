"""Helpers for the browser tests: data-qa selectors, waits, login/logout, page checks, axe-core, and the records
a test makes for itself (clients through the form, anything through the API)."""
import importlib.util
import json
import os
import shutil
import urllib.error
import urllib.request
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

import pytest

os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download a driver
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

WAIT = 20  # seconds for an element or a navigation
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def finnish(day):
    """A date as the forms take it and the pages show it: 1.3.2027."""
    return f"{day.day}.{day.month}.{day.year}"


def identity_code(rng):
    """A valid henkilötunnus of someone born in 1950-1999 (century sign '-'), drawn from the seeded rng."""
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(50 * 365))
    ddmmyy, individual = born.strftime("%d%m%y"), f"{rng.randint(2, 899):03d}"
    return f"{ddmmyy}-{individual}{CHECK_CHARS[int(ddmmyy + individual) % 31]}"


def person(rng):
    """A first and a last name no demo client has (the last name carries a seeded number)."""
    return rng.choice(["Testi", "Koe", "Esimerkki", "Malli"]), f"Testaaja{rng.randrange(10**6):06d}"


class Api:
    """The JSON API with a bearer token of one user, issued at construction."""

    def __init__(self, base, email, password="demo"):
        self.base = base
        self.token = None
        answer = self.post("/api/v1/auth/token", {"email": email, "password": password}, expect=200)
        self.token = answer["token"]

    def send(self, method, path, body=None, expect=None):
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=30) as r:
                status, text = r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode()
        if expect is not None and status != expect:
            pytest.fail(f"{method} {path}: HTTP {status}, expected {expect}: {text[:2000]}", pytrace=False)
        return json.loads(text) if text else None

    def get(self, path, expect=200):
        return self.send("GET", path, expect=expect)

    def post(self, path, body, expect=201):
        return self.send("POST", path, body, expect=expect)


def chromium(javascript=True):
    """Headless Debian chromium driven by Debian's chromedriver."""
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900"):
        o.add_argument(a)
    if not javascript:
        o.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    d = webdriver.Chrome(options=o, service=Service(shutil.which("chromedriver")))
    d.set_page_load_timeout(60)
    d.set_script_timeout(60)
    return d


def qa(name):
    return f'[data-qa="{name}"]'


def path(driver):
    return urlsplit(driver.current_url).path


def wait_until(driver, condition, what):
    try:
        return WebDriverWait(driver, WAIT, ignored_exceptions=(StaleElementReferenceException,)).until(condition)
    except TimeoutException:
        pytest.fail(f"timed out waiting for {what}; at {driver.current_url} (title {driver.title!r})", pytrace=False)


def wait_qa(driver, name):
    """The element with data-qa=name, once it is in the page."""
    return wait_until(driver, lambda d: (d.find_elements(By.CSS_SELECTOR, qa(name)) or [None])[0], qa(name))


def find_qa(driver, name):
    return driver.find_element(By.CSS_SELECTOR, qa(name))


def status(driver):
    """HTTP status of the page now shown (the final response after redirects)."""
    return driver.execute_script("return performance.getEntriesByType('navigation')[0].responseStatus")


def html_lang(driver):
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def assert_no_error_page(driver):
    assert not driver.find_elements(By.CSS_SELECTOR, qa("error-page")), f"error page at {driver.current_url}"


def login(driver, base, email, password="demo"):
    driver.get(base + "/login")
    for name, value in (("email", email), ("password", password)):
        field = wait_until(driver, lambda d: d.find_element(By.NAME, name), f"input {name}")
        field.clear()
        field.send_keys(value)
    find_qa(driver, "login-submit").click()
    wait_until(driver, lambda d: path(d).rstrip("/") != "/login", f"leaving /login after logging in as {email}")


def logout(driver):
    find_qa(driver, "logout").click()
    wait_until(driver, lambda d: path(d) == "/login", "/login after logout")


@cache
def axe_source():
    if os.environ.get("AXE_JS"):
        return Path(os.environ["AXE_JS"]).read_text(encoding="utf-8")
    spec = importlib.util.find_spec("axe_playwright_python")  # located, not imported (it imports playwright)
    if spec is None:
        pytest.fail("axe-playwright-python is not installed: pip install --no-deps -r e2e/requirements-nodeps.txt")
    return (Path(spec.submodule_search_locations[0]) / "axe.min.js").read_text(encoding="utf-8")


def axe_check(driver):
    """Run axe-core (WCAG 2.1 A and AA) on the page now shown; fail the test on any violation."""
    driver.execute_script(axe_source())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done({violations: r.violations}), e => done({error: String(e)}));",
        AXE_TAGS,
    )
    if "error" in result:
        pytest.fail(f"axe failed on {driver.current_url}: {result['error']}", pytrace=False)
    if result["violations"]:
        lines = [f"axe: {len(result['violations'])} violations on {driver.current_url}"]
        for v in result["violations"]:
            targets = ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:3])
            lines.append(f"  [{v['impact']}] {v['id']} x{len(v['nodes'])}: {v['help']} | e.g. {targets}")
        pytest.fail("\n".join(lines), pytrace=False)


def replaced(page):
    """A wait condition: the document `page` (its <html> element) has been replaced. Chrome says so as a stale element,
    or, while the next document is being attached, as a node that belongs to no document; both mean it is gone."""
    def gone(_driver):
        try:
            page.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
    return gone


def submit_and_wait(driver, name):
    """Click the submit button data-qa=name and wait until the browser has left the page, so that a form that
    returns to a page with the same data-qa is not checked before the new page has loaded."""
    page = driver.find_element(By.TAG_NAME, "html")
    find_qa(driver, name).click()
    WebDriverWait(driver, 10).until(replaced(page))


def check_page(driver, name, expected_status=200):
    """The page shows data-qa=name, answered with the expected status, no error page, and passes axe."""
    element = wait_qa(driver, name)
    assert status(driver) == expected_status, f"HTTP {status(driver)} at {driver.current_url}"
    assert_no_error_page(driver)
    axe_check(driver)
    return element


def fill(driver, name, value):
    element = driver.find_element(By.NAME, name)
    element.clear()
    element.send_keys(value)


def fill_plan(driver, days_per_week, hours_per_day):
    """The plan form with one goal on its five-level scale; submitting is the caller's."""
    fill(driver, "goals[0][text]", "Päivärytmi vakiintuu")
    for level, text in (("minus2", "Ei tule"), ("minus1", "Joskus"), ("zero", "Sovittuina päivinä"), ("plus1", "Ajoissa"), ("plus2", "Lisää päiviä")):
        fill(driver, f"goals[0][{level}]", text)
    fill(driver, "supportAndGuidance", "Työvalmentajan ohjaus")
    fill(driver, "daysPerWeek", days_per_week)
    fill(driver, "hoursPerDay", hours_per_day)
    fill(driver, "nextStepPlan", "Työkokeilu")


def municipality_in_reach(driver, base):
    """The first municipality the signed-in worker's client form offers (only those within their reach)."""
    driver.get(base + "/clients/new")
    options = wait_until(driver, lambda d: d.find_element(By.NAME, "municipalityCode"), "the municipality field") \
        .find_elements(By.TAG_NAME, "option")
    codes = [o.get_attribute("value") for o in options if o.get_attribute("value")]
    assert codes, "the client form offers no municipality"
    return codes[0]


def new_client(driver, base, rng, api=None):
    """A client of the signed-in worker's, made through the client form (or through `api`, the same worker's, when
    given): (client page URL, "Last First", id)."""
    first, last = person(rng)
    code = identity_code(rng)
    municipality = municipality_in_reach(driver, base)
    if api is not None:
        client = api.post("/api/v1/clients", {"firstName": first, "lastName": last, "personalIdentityCode": code,
                                               "municipalityCode": municipality, "language": "fi"})
        return f"{base}/clients/{client['id']}", f"{last} {first}", client["id"]
    fill(driver, "firstName", first)
    fill(driver, "lastName", last)
    fill(driver, "personalIdentityCode", code)
    Select(driver.find_element(By.NAME, "municipalityCode")).select_by_value(municipality)
    find_qa(driver, "client-submit").click()
    wait_until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, qa("client-page")), "the new client's page")
    url = driver.current_url
    return url, f"{last} {first}", urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def give_plan(api, client_id, made_on):
    """An activation plan with one goal, made on `made_on`, as a decision needs (decision 105)."""
    levels = {"minus2": "Ei tule", "minus1": "Joskus", "zero": "Sovittuina päivinä", "plus1": "Ajoissa", "plus2": "Lisää päiviä"}
    return api.post(f"/api/v1/clients/{client_id}/plans", {
        "kind": "activationPlan", "madeOn": made_on.isoformat(), "goals": [{"text": "Päivärytmi vakiintuu", **levels}],
        "supportAndGuidance": "Työvalmentajan ohjaus", "daysPerWeek": 3, "minutesPerDay": 240, "nextStepPlan": "Työkokeilu"})
