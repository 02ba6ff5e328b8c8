import Plot

/// The one script Polku serves (`/print.js`, decision 206): it shows the print buttons and prints on a click. The
/// content security policy allows scripts from Polku's own origin only and none inline, so it is a file of its own.
/// Without JavaScript the button stays hidden and the browser's own print prints the same page.
enum PrintScript {
    static let source = """
    "use strict";
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
    """
}

/// A "Print" button for a page that prints as documents; hidden until the script shows it, never printed itself.
func PrintButton(_ t: Texts) -> Node<HTML.BodyContext> {
    div([("class", "actions no-print")]) {
        Tag("button", [("type", "button"), ("class", "primary"), ("data-print", ""), ("data-qa", "print-button"), ("hidden", "")]) {
            Txt(t[.adocPrintButton])
        }
        Tag("script", [("src", SiteRoute.printScript.path), ("defer", "")])
    }
}
