"""Every demo role signs in and finds exactly its own menu, its main pages (axe-clean, no error page), its own
records, and a page it may not open answered as forbidden (403 with the error page); then signs out."""
import pytest
from selenium.webdriver.common.by import By

from ui import check_page, find_qa, login, logout, new_client, qa, status, wait_qa

# The menu of each role, by link target, in order (Layout's NavigationItem.items).
CASE_WORKER_MENU = ["/", "/clients", "/referrals", "/queues", "/places"]
MENUS = {
    "admin": ["/", "/admin/organizations", "/admin/users", "/admin/policies", "/admin/organizer-documents", "/admin/places",
              "/admin/contracts", "/admin/audit", "/statistics", "/feedback-results"],
    "social.worker": CASE_WORKER_MENU + ["/statistics", "/feedback-results"],
    "counsellor": CASE_WORKER_MENU + ["/feedback-results"],
    "employment": CASE_WORKER_MENU + ["/feedback-results"],
    "coach": ["/", "/coach/week", "/clients", "/queues", "/places", "/feedback-results"],
    "manager": ["/", "/statistics", "/feedback-results"],
    "client": ["/", "/me", "/me/access-log"],
}
# A page each role may not open.
FORBIDDEN = {
    "admin": "/clients",  # the admin runs the service but never sees client records
    "social.worker": "/admin/users",
    "counsellor": "/statistics",
    "employment": "/statistics",
    "coach": "/clients/new",  # a coach registers no clients
    "manager": "/clients",  # no identities for a manager
    "client": "/statistics",
}


def check_page_at(d, base, path, name, expected_status=200):
    d.get(base + path)
    return check_page(d, name, expected_status)


def menu(d):
    nav = d.find_element(By.CSS_SELECTOR, "header nav")
    return [a.get_attribute("pathname") for a in nav.find_elements(By.TAG_NAME, "a")]


def case_worker(d, base, rng):
    check_page_at(d, base, "/clients", "client-list")
    url, name, _ = new_client(d, base, rng)
    assert find_qa(d, "client-name").text == name
    d.get(base + "/clients?q=" + name.split()[0])
    rows = check_page(d, "client-list").find_elements(By.CSS_SELECTOR, qa("client-row"))
    assert [r.find_element(By.TAG_NAME, "a").text for r in rows] == [name], "the new client is in the worker's list"
    rows[0].find_element(By.TAG_NAME, "a").click()
    check_page(d, "client-page")
    find_qa(d, "access-log-link").click()
    log = check_page(d, "access-log")
    assert log.find_elements(By.CSS_SELECTOR, "tbody tr"), "the worker's own reading is logged"


def admin(d, base, rng):
    check_page_at(d, base, "/admin/organizations", "organization-list")
    check_page_at(d, base, "/admin/users", "user-list")
    assert "coach@demo.polku.fi" in find_qa(d, "user-list").text
    check_page_at(d, base, "/admin/audit", "audit-list")


def coach(d, base, rng):
    check_page_at(d, base, "/coach/week", "coach-week")
    check_page_at(d, base, "/clients", "client-list")  # only the coach's own clients: may be few
    assert not d.find_elements(By.CSS_SELECTOR, qa("client-new")), "no new client for a coach"


def manager(d, base, rng):
    table = check_page_at(d, base, "/statistics", "statistics")
    assert table.find_elements(By.CSS_SELECTOR, "tbody tr"), "counts per municipality"


def client(d, base, rng):
    page = check_page_at(d, base, "/me", "client-page")
    # Today comes first; the personal facts are folded at the end (issue 13, item 7) and open with one click.
    assert "Tänään" in page.text
    details = find_qa(d, "my-details")
    details.find_element(By.TAG_NAME, "summary").click()
    assert "Kalle" in details.text, "the demo client Kalle Asiakas sees their own data"
    check_page_at(d, base, "/me/access-log", "access-log")


ROLES = {
    "admin": admin,
    "social.worker": case_worker,
    "counsellor": case_worker,
    "employment": case_worker,
    "coach": coach,
    "manager": manager,
    "client": client,
}


@pytest.mark.parametrize("role", ROLES)
def test_role_menu_main_pages_and_a_forbidden_page(browser, base_url, role, rng):
    login(browser, base_url, f"{role}@demo.polku.fi")
    check_page(browser, "front-page")
    assert menu(browser) == MENUS[role]
    ROLES[role](browser, base_url, rng)

    browser.get(base_url + FORBIDDEN[role])
    wait_qa(browser, "error-page")
    assert status(browser) == 403, f"{FORBIDDEN[role]} for {role}"
    assert menu(browser) == MENUS[role], "the error page keeps the role's menu"
    logout(browser)
