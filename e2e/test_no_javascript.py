import pytest

from ui import assert_no_error_page, chromium, login, wait_qa


@pytest.fixture
def browser_without_js():
    driver = chromium(javascript=False)
    yield driver
    driver.quit()


def test_works_without_javascript(browser_without_js, base_url):
    d = browser_without_js
    d.get("data:text/html,<title>off</title><script>document.title = 'on'</script>")
    assert d.title == "off", "JavaScript is not disabled"
    login(d, base_url, "social.worker@demo.polku.fi")
    d.get(base_url + "/clients")
    wait_qa(d, "client-list")
    assert_no_error_page(d)
