/// The report's look: one inline style sheet (no external file, font or image) and the Content Security
/// Policy that forbids everything else — no script, no network, only this style sheet and `data:` images.
///
/// Kinds keep the palette of the graph pictures (``GraphStyle``: actor blue, instrument orange, theme
/// green) as light backgrounds for highlights, with a dark shade of each behind the white kind tag
/// (contrast above 6:1); the kind is always also written as text.
enum ReportStyle {
    /// The text of the page's `<style>` element, exactly.
    static let styleElementText = "\n" + css + "\n"

    /// Nothing but the page's own style sheet, identified by its hash: no script, no other style (not even
    /// a `style` attribute), no connection, no frame, no font or image but `data:` images.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'sha256-\(SHA256.base64(SHA256.digest(Array(styleElementText.utf8))))'; img-src data:; base-uri 'none'; form-action 'none'"

    /// The kind tag's text, also the CSS class of highlights and chips.
    static func tag(_ kind: EntityKind) -> String { kind.rawValue }

    /// The style sheet. It contains no `<`, `>`, `&` or `"` (a `<style>` element's text is not decoded, and
    /// libxml2 escapes those).
    static let css = """
        :root { --actor: #4c78a8; --actor-bg: #dbe7f3; --actor-dark: #1f4e79;
          --instrument: #f58518; --instrument-bg: #fce5cd; --instrument-dark: #8a4300;
          --theme: #54a24b; --theme-bg: #dcefd8; --theme-dark: #2d6a27;
          --ink: #1b1b1b; --muted: #4a4a4a; --line: #d0d0d0; --paper: #ffffff; --page: #f4f4f2; --focus: #111111; }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        body { margin: 0; background: var(--page); color: var(--ink);
          font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Liberation Sans', sans-serif; line-height: 1.55; }
        a { color: #0b4f8a; }
        a:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
        .skip { position: absolute; left: 0.5rem; top: -4rem; background: var(--ink); color: #fff; padding: 0.5rem 0.9rem; z-index: 10; }
        .skip:focus { top: 0.5rem; }
        header.page { background: #22313f; color: #fff; padding: 1.2rem 1.5rem 0.8rem; }
        header.page h1 { margin: 0 0 0.2rem; font-size: 1.6rem; line-height: 1.25; }
        header.page p { margin: 0.2rem 0; color: #e6e6e6; }
        header.page a { color: #fff; }
        nav.toc ul { list-style: none; margin: 0.7rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; }
        main { max-width: 76rem; margin: 0 auto; padding: 0.5rem 1.5rem 3rem; }
        main:focus { outline: none; }
        h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.6rem 0 0.6rem; }
        h4 { font-size: 1rem; margin: 0 0 0.4rem; }
        .muted, .note { color: var(--muted); }
        .note { font-style: italic; }
        .legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; align-items: center; margin: 0.6rem 0 1rem; padding: 0; list-style: none; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0 1rem; }
        dl.meta dt { font-weight: 600; }
        dl.meta dd { margin: 0; }
        .text { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 0.6rem 1.4rem; }
        .para { margin: 0.9rem 0; line-height: 2.15; max-width: 52rem; }
        .para.sub { margin-left: 2.2rem; }
        .para.footnote { font-size: 0.92rem; line-height: 2; }
        .pid { display: inline-block; min-width: 3.4rem; font: 600 0.72rem/1 ui-monospace, 'DejaVu Sans Mono', monospace; color: var(--muted);
          background: #ececec; border-radius: 3px; padding: 0.2rem 0.3rem; margin-right: 0.4rem; text-align: center; vertical-align: 0.1em; }
        .num { font-weight: 600; margin-right: 0.2rem; }
        .opening { font-style: italic; }
        sup.fn a { text-decoration: none; font-weight: 600; padding: 0 0.1em; }
        mark.m { color: var(--ink); padding: 0.12em 0.3em; margin: 0 0.06em; border-radius: 0.35em; border: 1px solid transparent;
          -webkit-box-decoration-break: clone; box-decoration-break: clone; unicode-bidi: isolate; }
        mark.m a { color: inherit; text-decoration: none; }
        mark.m a:hover .label, mark.m a:focus .label { text-decoration: underline; }
        mark.m mark.m { border-color: rgba(0, 0, 0, 0.3); }
        mark.actor { background: var(--actor-bg); border-bottom: 2px solid var(--actor); }
        mark.instrument { background: var(--instrument-bg); border-bottom: 2px solid var(--instrument); }
        mark.theme { background: var(--theme-bg); border-bottom: 2px solid var(--theme); }
        mark.clipped { border-right-style: dashed; border-right-color: var(--muted); }
        .tag { display: inline-block; font-size: 0.62rem; line-height: 1.3; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase;
          color: #ffffff; border-radius: 0.25rem; padding: 0.05rem 0.3rem; margin-left: 0.3rem; vertical-align: 0.12em; text-decoration: none; }
        .tag.actor { background: var(--actor-dark); }
        .tag.instrument { background: var(--instrument-dark); }
        .tag.theme { background: var(--theme-dark); }
        ul.actions { list-style: none; margin: -0.5rem 0 1rem 3.8rem; padding: 0.35rem 0.7rem; border-left: 3px solid #e45756;
          background: #fbf1f1; font-size: 0.92rem; max-width: 48rem; }
        ul.actions li { margin: 0.2rem 0; line-height: 1.9; }
        .verb { font-weight: 700; }
        .arrow { color: var(--muted); margin: 0 0.3rem; }
        .act { font-style: italic; font-weight: 600; }
        a.chip { color: var(--ink); text-decoration: none; border-radius: 0.35rem; padding: 0.05rem 0.35rem; unicode-bidi: isolate;
          -webkit-box-decoration-break: clone; box-decoration-break: clone; }
        a.chip:hover .label, a.chip:focus .label { text-decoration: underline; }
        a.chip.actor { background: var(--actor-bg); border: 1px solid var(--actor); }
        a.chip.instrument { background: var(--instrument-bg); border: 1px solid var(--instrument); }
        a.chip.theme { background: var(--theme-bg); border: 1px solid var(--theme); }
        .evidence { color: var(--muted); font-size: 0.85rem; margin-left: 0.4rem; }
        .panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(21rem, 1fr)); gap: 0.9rem; align-items: start; }
        article.panel { background: var(--paper); border: 1px solid var(--line); border-left: 6px solid var(--muted); border-radius: 6px;
          padding: 0.7rem 0.9rem; font-size: 0.92rem; overflow-wrap: anywhere; }
        article.panel.actor { border-left-color: var(--actor); }
        article.panel.instrument { border-left-color: var(--instrument); }
        article.panel.theme { border-left-color: var(--theme); }
        article.panel:target, .para:target, mark.m:target { outline: 3px solid #b8860b; outline-offset: 3px; }
        article.panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 0.7rem; margin: 0.3rem 0; }
        article.panel dt { color: var(--muted); }
        article.panel dd { margin: 0; }
        article.panel ul { margin: 0.2rem 0 0.4rem; padding-left: 1.1rem; }
        article.panel h5 { font-size: 0.85rem; margin: 0.6rem 0 0.1rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
        article.panel ul.refs { list-style: none; padding-left: 0; }
        .refs a { margin-right: 0.15rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; background: var(--paper); font-size: 0.9rem; }
        .tables table { width: 100%; }
        caption { text-align: left; font-weight: 600; padding: 0.2rem 0; }
        th, td { border: 1px solid var(--line); padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #ececec; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; width: 1%; white-space: nowrap; }
        .tables { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 0 1.2rem; align-items: start; }
        figure.picture { margin: 0.5rem 0; background: #ffffff; border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem; overflow: auto; }
        figure.picture svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
        figure.picture figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.4rem; }
        footer.page { max-width: 76rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; color: var(--muted); font-size: 0.85rem; }
        .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
        @media (max-width: 40rem) { main { padding: 0.5rem 0.6rem 2rem; } header.page { padding: 1rem 0.8rem 0.6rem; }
          .text { padding: 0.3rem 0.7rem; } ul.actions { margin-left: 0.4rem; } .para.sub { margin-left: 1rem; }
          dl.meta { grid-template-columns: 1fr; } }
        @media print { .skip, nav.toc { display: none; } header.page { background: none; color: var(--ink); } }
        """
}
