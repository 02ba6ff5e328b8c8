/// The one stylesheet, served at /styles.css. Colours meet WCAG AA contrast (text ≥ 4.5:1).
enum Stylesheet {
    static let css = """
    :root { --ink: #1b1f24; --muted: #4a5360; --line: #c9d1da; --bg: #f6f8fa; --brand: #0b5394; --brand-dark: #083d6e;
            --error: #b00020; --ok: #1e6b35; --focus: #ffbf47; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5; font-size: 1rem; }
    a { color: var(--brand); }
    /* A phone or an e-mail to tap (issue 13, item 8): kept on one line, with room for a finger. */
    a.contact-link { white-space: nowrap; display: inline-block; padding: .2rem 0; }
    a:hover { color: var(--brand-dark); }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .skip-link { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem 1rem; z-index: 10; }
    .skip-link:focus { left: .5rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .site-header { background: var(--brand); color: #fff; }
    .header-inner { max-width: 72rem; margin: 0 auto; padding: .5rem 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
    .site-header a { color: #fff; }
    .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; }
    nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
    .language-switcher { list-style: none; display: flex; gap: .75rem; margin: 0 0 0 auto; padding: 0; }
    .language-switcher a { font-size: .875rem; }
    .language-switcher a[aria-current="true"] { font-weight: 700; text-decoration: none; border-bottom: 3px solid #fff; }
    .logout button { background: transparent; color: #fff; border: 1px solid #fff; border-radius: 4px;
            padding: .2rem .5rem; font: inherit; font-size: .875rem; cursor: pointer; }
    .language-switcher button[aria-pressed="true"] { background: #fff; color: var(--brand); }
    .logout { display: flex; gap: .5rem; align-items: center; }
    .user-name { font-size: .875rem; }
    main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; display: block; }
    main:focus { outline: none; }
    .site-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .875rem; }
    .site-footer p { max-width: 72rem; margin: 0 auto; padding: 1rem; }
    h1 { font-size: 1.75rem; line-height: 1.2; margin: .5rem 0 1rem; }
    .lead { font-size: 1.125rem; color: var(--muted); }
    .muted { color: var(--muted); }
    .narrow { max-width: 28rem; }
    .page-head { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 1rem; }
    .back-link { display: inline-block; margin-bottom: .5rem; }
    .stack { display: flex; flex-direction: column; gap: 1rem; max-width: 36rem; }
    .field label { display: block; font-weight: 700; margin-bottom: .25rem; }
    .field .hint { margin: 0 0 .25rem; color: var(--muted); font-size: .875rem; }
    .field input, .field select { width: 100%; max-width: 100%; font: inherit; padding: .5rem; border: 2px solid #6b7785; border-radius: 4px; background: #fff; color: var(--ink); }
    .field textarea { width: 100%; font: inherit; padding: .5rem; border: 2px solid #6b7785; border-radius: 4px; background: #fff; color: var(--ink); }
    .has-error textarea { border-color: var(--error); }
    fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem 1rem; margin: 0; display: flex; flex-direction: column; gap: .75rem; }
    legend { font-weight: 700; padding: 0 .25rem; }
    .inline-fields { display: flex; flex-wrap: wrap; gap: 1rem; }
    .inline-fields .field { flex: 1 1 10rem; }
    .pre-line { white-space: pre-line; }
    .document { max-width: 48rem; }
    .document + .document { margin-top: 2.5rem; padding-top: 1.5rem; border-top: 2px solid #d0d7de; }
    .document-issuer { font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; margin: 0; }
    /* The certificate's signature: a line to sign on, above the signer's name (issue 13 item 9). */
    .certificate .signature { margin-top: 2.5rem; }
    .certificate .signature-line { margin-top: 3.5rem; border-top: 1px solid #1f2328; max-width: 22rem; padding-top: .3rem; }
    .certificate .signature-line p { margin: 0; }
    /* The administrative decision and its contract (decisions 204, 205): the case number and the day at the top
       right, a line to sign for each party. */
    .document-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem 1.5rem; align-items: flex-start; }
    .document-reference { display: grid; grid-template-columns: max-content max-content; gap: 0 .75rem; margin: 0; }
    .document-reference dt { font-weight: 700; }
    .document-reference dd { margin: 0; }
    .signature { margin-bottom: 1rem; break-inside: avoid; }
    .signature-party { font-weight: 700; margin: 0; }
    .signature-lines { display: grid; grid-template-columns: 1fr 1.4fr 1.2fr; gap: 0 1.25rem; }
    .signature-line { padding-top: 1.9rem; }
    .signature-line span { display: block; border-top: 1px solid currentColor; font-size: .85em; padding-top: .1rem; }
    .inline-form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; }
    .badge { display: inline-block; margin-left: .5rem; padding: 0 .4rem; border-radius: 4px; background: #e7f0f8; color: var(--brand-dark); font-size: .8rem; }
    .row-actions { display: flex; flex-wrap: wrap; gap: .5rem; }
    .row-actions form { margin: 0; }
    button.small { padding: .15rem .5rem; font-size: .875rem; }
    .path-section { border-top: 1px solid var(--line); margin-top: 1.5rem; padding-top: .5rem; }
    .field.checkbox { display: flex; gap: .5rem; align-items: center; }
    .field.checkbox input { width: auto; }
    .field.checkbox label { margin: 0; }
    .has-error input, .has-error select, .has-error textarea { border-color: var(--error); }
    fieldset.field { border: none; margin: 0; padding: 0; }
    fieldset.field legend { font-weight: 700; margin-bottom: .25rem; padding: 0; }
    .radio { display: flex; gap: .5rem; align-items: center; margin: .25rem 0; }
    .radio input { width: 1.25rem; height: 1.25rem; margin: 0; }
    .radio label { font-weight: 400; margin: 0; }
    .field.checkbox { align-items: flex-start; }
    .field.checkbox input { margin-top: .3rem; }
    .prewrap { white-space: pre-wrap; overflow-wrap: anywhere; }
    .badge { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 .35rem; font-size: .8rem;
            font-weight: 700; margin-left: .35rem; }
    .badge.urgent { color: var(--error); }
    .match-list .match-name { font-size: 1.2rem; margin-bottom: .25rem; }
    .match-list .reasons { list-style: none; padding-left: 0; }
    .reason-minus { color: var(--error); }
    .tabs { margin: 0 0 1rem; }
    .tabs ul { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 0; padding: 0; border-bottom: 1px solid var(--line); }
    .tabs a { display: inline-block; padding: .35rem 0; }
    .tabs a[aria-current="page"] { font-weight: 700; text-decoration: none; border-bottom: 3px solid var(--brand); }
    .alert.ok { border-color: var(--ok); }
    section.related { margin-top: 2rem; }
    .has-error input, .has-error select { border-color: var(--error); }
    fieldset.field { border: none; margin: 0; padding: 0; }
    fieldset.field legend { font-weight: 700; margin-bottom: .25rem; padding: 0; }
    .radio { display: flex; gap: .5rem; align-items: center; margin: .25rem 0; }
    .radio input { width: 1.25rem; height: 1.25rem; margin: 0; flex: none; }
    .radio label { font-weight: 400; margin: 0; }
    /* The evaluation form: one block per goal and topic; a topic's five choices side by side where they fit. */
    .goal-rating, .topic-rating { border-top: 1px solid var(--line); padding-top: .75rem; display: flex; flex-direction: column; gap: .5rem; }
    .topic-rating fieldset.field { flex-direction: row; flex-wrap: wrap; column-gap: 1.25rem; row-gap: .25rem; }
    /* A 1–5 scale reads as one row where there is room. */
    .stack.scale { max-width: 64rem; }
    .scale fieldset.radios { flex-direction: row; flex-wrap: wrap; gap: .25rem 1.25rem; }
    .scale fieldset.radios > .field-error { flex-basis: 100%; }
    .badge { display: inline-block; border: 1px solid currentColor; border-radius: 3px; padding: 0 .35rem; font-size: .8rem;
            font-weight: 700; margin-left: .35rem; }
    .state-due { color: var(--error); font-weight: 700; }
    .state-done { color: var(--ok); }
    .plain-list { list-style: none; margin: 0; padding: 0; }
    /* What the form that led here saved (issue 13, item 3). */
    .next-step { border: 1px solid var(--line); border-left: 4px solid var(--brand); border-radius: 4px; padding: .5rem 1rem 1rem; margin: 1.5rem 0; }
    .saved-notice { margin: 0 0 1rem; padding: .5rem .75rem; border-left: 4px solid #1a7f37; background: #eef8f0; color: #1a4d2a; font-weight: 600; }
    /* The client page's summary (issue 13, item 5): what a worker reads first. */
    .client-summary { border: 1px solid var(--line); border-left: 4px solid var(--brand); border-radius: 4px; padding: .75rem 1rem; margin: 0 0 1.5rem; }
    .client-summary .facts { margin: 0; }
    .field-error { color: var(--error); font-weight: 700; margin: .25rem 0 0; }
    .required { color: var(--error); }
    .alert { border-left: 6px solid var(--brand); background: var(--bg); padding: .75rem 1rem; margin: 1rem 0; }
    .alert.error { border-color: var(--error); }
    .alert.warning { border-color: #b35c00; }
    .week-nav { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
    th.holiday, td.holiday { background: #fbeee6; }
    th.today, td.today { outline: 2px solid var(--brand); outline-offset: -2px; }
    .alert p { margin: 0; }
    button, .button { display: inline-block; font: inherit; padding: .5rem 1rem; border-radius: 4px; border: 2px solid var(--brand);
            background: #fff; color: var(--brand); cursor: pointer; text-decoration: none; }
    button.primary, .button.primary { background: var(--brand); color: #fff; }
    button.primary:hover, .button.primary:hover { background: var(--brand-dark); color: #fff; }
    .actions { display: flex; gap: 1rem; align-items: center; }
    .stack > button { align-self: flex-start; }
    .search-form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; }
    .search-form .field { flex: 1 1 14rem; }
    .search-form .field .hint { font-size: .8rem; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    thead th { background: var(--bg); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .mono { font-family: "DejaVu Sans Mono", monospace; font-size: .8rem; word-break: break-all; }
    caption { text-align: left; font-weight: 700; padding: .5rem 0; }
    .pager { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .5rem 1.5rem; }
    .facts dt { font-weight: 700; }
    .facts dd { margin: 0; }
    .cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 1rem; }
    .card { border: 1px solid var(--line); border-radius: 6px; padding: 1rem; }
    .card a { font-weight: 700; font-size: 1.125rem; }
    .error-page { max-width: 40rem; }
    .path-steps { list-style: none; counter-reset: step; padding: 0; display: grid; gap: .25rem; }
    .path-steps li { counter-increment: step; display: flex; gap: .75rem; align-items: center; padding: .35rem .5rem; border-left: 4px solid var(--line); }
    .path-steps li::before { content: counter(step); font-weight: 700; width: 1.5rem; }
    .path-steps li.done { color: var(--muted); border-left-color: var(--ok); }
    .path-steps li.current { border-left-color: var(--brand); background: #e7f0f8; font-weight: 700; }
    .you-are-here, .step-state { margin-left: auto; color: var(--brand-dark); font-size: .875rem; }
    .path-steps li.not-recorded { color: var(--muted); border-left-style: dashed; }
    .reminders { list-style: none; padding: 0; margin: 0 0 1.5rem; border-top: 1px solid var(--line); }
    .reminders li { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: .5rem 0; border-bottom: 1px solid var(--line); }
    .reminder-kind { font-weight: 700; min-width: 18rem; }
    /* Issue 13, item 6: the late ones are marked in words and colour, and listed first. */
    .reminder-group h3 { font-size: 1.05rem; margin: 1.25rem 0 .25rem; }
    .reminders li.late { border-left: 4px solid var(--error); padding-left: .5rem; }
    .badge.late, .late-since, .reminders-late { color: var(--error); }
    .reminders-late { font-weight: 700; }
    /* The client's own page (issue 13, item 7): today first, in large plain type; the week as a list of days. */
    .today { border: 2px solid var(--brand); border-radius: 6px; padding: .75rem 1rem; margin: 1rem 0 1.5rem; }
    .today h2 { margin-top: 0; }
    .today-status { font-size: 1.25rem; font-weight: 700; margin: .25rem 0 .75rem; }
    .today .facts dd a[href^="tel:"] { font-size: 1.125rem; font-weight: 700; }
    .my-week { list-style: none; padding: 0; margin: 0; display: grid; gap: .25rem; }
    .my-week li { display: flex; justify-content: space-between; gap: 1rem; padding: .4rem .6rem; border-left: 6px solid var(--line); }
    .my-week li.day-on { border-left-color: var(--ok); background: #e8f3ec; font-weight: 700; }
    .my-week li.day-today { outline: 2px solid var(--brand); outline-offset: -2px; }
    .my-details summary { cursor: pointer; font-weight: 700; padding: .5rem 0; }
    /* The self-evaluation's words with a face each (decorative; the words are the label). */
    .face-scale .radio { display: flex; align-items: center; gap: .5rem; margin: .35rem 0; }
    .face-scale label { display: flex; align-items: center; gap: .6rem; }
    .face-scale .scale-desc { display: block; color: var(--muted); font-size: .9rem; }
    svg.face { flex: 0 0 auto; width: 2.25rem; height: 2.25rem; }
    .goal-word { display: inline-flex; align-items: center; gap: .4rem; }
    .goal-word svg.face { width: 1.5rem; height: 1.5rem; }
    @media (max-width: 600px) {
      .language-switcher { margin-left: 0; }
      table.data thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      table.data tr { display: block; border-bottom: 1px solid var(--line); padding: .5rem 0; }
      table.data td { display: flex; gap: .75rem; border: none; padding: .15rem 0; text-align: left; }
      table.data td::before { content: attr(data-label); font-weight: 700; flex: 0 0 9rem; }
      .facts { grid-template-columns: 1fr; }
      .facts dd { margin-bottom: .5rem; }
      th, td { padding: .4rem .3rem; }
    }
    @media print {
      .site-header, .site-footer, .skip-link, .pager, .search-form, .button, .actions, .no-print, .back-link, .saved-notice, .next-step { display: none; }
      @page { size: A4; margin: 15mm 16mm; }
      .document { max-width: none; }
      /* A decision and its contract each fit one A4 page with the organizer's own texts (decision 123). */
      .document .facts { gap: .2rem 1.5rem; }
      .document h1 { font-size: 15pt; margin: .3rem 0 .6rem; }
      .document h2 { font-size: 12pt; margin: .8rem 0 .4rem; }
      .document p { margin: .4rem 0; }
      /* The administrative decision and its contract: one A4 page each with the organizer's longest texts. */
      .decision-document, .contract-document { font-size: 9pt; line-height: 1.28; }
      .decision-document h2, .contract-document h2 { font-size: 12pt; margin: .5rem 0 .3rem; }
      .decision-document h3, .contract-document h3 { font-size: 9.5pt; margin: .45rem 0 .1rem; }
      .decision-document p, .contract-document p { margin: .15rem 0; }
      .decision-document .facts, .contract-document .facts { gap: .05rem 1rem; }
      .decision-document .facts-pairs { grid-template-columns: max-content 1fr max-content 1fr; }
      .signature { margin-bottom: .3rem; }
      .signature-line { padding-top: 1.5rem; }
      .document + .document { border-top: none; margin-top: 0; padding-top: 0; }
      .page-break { break-before: page; }
      h2, h3 { break-after: avoid; }
      tr, dt, dd, table { break-inside: avoid; }
      body { font-size: 10pt; line-height: 1.35; }
      /* A row or a heading is not split from its content across pages (the evaluations' side-by-side tables). */
      tr { break-inside: avoid; }
      h1, h2, h3 { break-after: avoid; }
    }
    """
}
