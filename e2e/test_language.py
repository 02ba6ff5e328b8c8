"""The language switch: every text of a page is in the chosen language, the choice holds on the next pages, and a
form's labels and its error messages follow it."""
from selenium.webdriver.common.by import By

from ui import find_qa, html_lang, login, status, wait_qa, wait_until

# The catalog's texts: the menu's "Clients", the sign-out button, the client form's first-name label, the
# required-field error.
TEXTS = {
    "fi": ("Asiakkaat", "Kirjaudu ulos", "Etunimi", "Pakollinen tieto puuttuu."),
    "sv": ("Klienter", "Logga ut", "Förnamn", "Obligatorisk uppgift saknas."),
    "en": ("Clients", "Sign out", "First name", "This is required."),
}


def test_the_chosen_language_holds_on_every_page_and_in_form_errors(browser, base_url):
    d = browser
    login(d, base_url, "social.worker@demo.polku.fi")
    wait_qa(d, "front-page")
    assert html_lang(d) == "fi", "Finnish is the default"
    for lang in ("sv", "en", "fi"):  # ends in Finnish, the default
        clients, sign_out, first_name, required = TEXTS[lang]
        find_qa(d, f"lang-{lang}").click()
        wait_until(d, lambda d: html_lang(d) == lang, f'<html lang="{lang}">')
        wait_qa(d, "front-page")
        assert d.find_element(By.CSS_SELECTOR, 'nav a[href="/clients"]').text == clients
        assert find_qa(d, "logout").text == sign_out
        assert "⟦" not in d.page_source, f"a text is missing in {lang}"

        # Another page, and a form sent empty: the labels and the errors are in the same language.
        d.get(base_url + "/clients/new")
        wait_qa(d, "client-submit")
        assert html_lang(d) == lang, "the choice is remembered"
        assert d.find_element(By.CSS_SELECTOR, "label[for=firstName]").text.startswith(first_name)
        find_qa(d, "client-submit").click()
        error = wait_qa(d, "error-firstName")
        assert error.text == required, f"{lang}: {error.text!r}"
        assert status(d) == 422
        assert "⟦" not in d.page_source, f"a text is missing in {lang}"
        d.get(base_url + "/")
