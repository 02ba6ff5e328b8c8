from ui import find_qa, html_lang, login, wait_qa, wait_until


def test_switch_language(browser, base_url):
    login(browser, base_url, "social.worker@demo.polku.fi")
    wait_qa(browser, "front-page")
    for lang in ("sv", "en", "fi"):  # ends in Finnish, the default
        find_qa(browser, f"lang-{lang}").click()
        wait_until(browser, lambda d: html_lang(d) == lang, f'<html lang="{lang}">')
        wait_qa(browser, "front-page")
