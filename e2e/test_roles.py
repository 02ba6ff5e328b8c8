"""Every demo role logs in, sees its front page and main pages (axe-clean, no error page) and logs out."""
import pytest
from selenium.webdriver.common.by import By

from ui import check_page, find_qa, login, logout, qa, wait_qa


def case_worker(d, base):
    check_page_at(d, base, "/clients", "client-list")
    rows = d.find_elements(By.CSS_SELECTOR, qa("client-row"))
    assert rows, "no client rows in /clients"
    rows[0].find_element(By.CSS_SELECTOR, "a").click()
    check_page(d, "client-page")
    find_qa(d, "access-log-link").click()
    check_page(d, "access-log")


def check_page_at(d, base, path, name, expected_status=200):
    d.get(base + path)
    return check_page(d, name, expected_status)


def admin(d, base):
    check_page_at(d, base, "/admin/organizations", "organization-list")
    check_page_at(d, base, "/admin/users", "user-list")
    check_page_at(d, base, "/admin/audit", "audit-list")


def coach(d, base):
    check_page_at(d, base, "/clients", "client-list")  # only the coach's own clients: may be few


def manager(d, base):
    check_page_at(d, base, "/statistics", "statistics")
    d.get(base + "/clients")  # no identities for a manager
    wait_qa(d, "error-page")
    assert d.execute_script("return performance.getEntriesByType('navigation')[0].responseStatus") == 403


def client(d, base):
    check_page_at(d, base, "/me", "client-page")
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
def test_role_main_pages(browser, base_url, role):
    login(browser, base_url, f"{role}@demo.polku.fi")
    check_page(browser, "front-page")
    ROLES[role](browser, base_url)
    logout(browser)
