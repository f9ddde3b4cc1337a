//! The embed snippets a host pastes (CONTRACT §7), and the links an embedded widget offers. Pure:
//! strings from state, tested natively.

use crate::url_state::{print, Theme, UrlState};

/// The title every embedding frame carries (screen readers announce it).
pub const FRAME_TITLE: &str = "Open Model Chooser: which AI model should you choose?";

/// The answers of `state` as a query without `?` (`deploy=self&scale=business`), settings left out.
pub fn answers_query(state: &UrlState) -> String {
    let answers_only = UrlState {
        answers: state.answers,
        ..UrlState::default()
    };
    print(&answers_only).trim_start_matches('?').to_owned()
}

/// The full page with the same answers and comparison, for the "Open full page" link of the
/// embedded view: relative to the widget's own folder.
pub fn full_page_href(state: &UrlState) -> String {
    let full = UrlState {
        embed: false,
        ..state.clone()
    };
    format!("./{}", print(&full))
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The kinds of site the share panel writes a snippet for (docs/EMBEDDING.md has a recipe for
/// each, tested against a real site of that kind).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// Any HTML page: WordPress's Custom HTML block, Ghost's HTML card, Jekyll, MkDocs, Hugo (in a
    /// shortcode, or with raw HTML allowed).
    Html,
    /// An MDX page of Docusaurus: the script through `@docusaurus/Head`.
    Docusaurus,
    /// A reStructuredText page of Sphinx: a `raw` directive.
    Sphinx,
}

/// Each kind of site with its label, in the share panel's order.
pub const HOSTS: [(Host, &str); 3] = [
    (Host::Html, "HTML, WordPress, Ghost, Jekyll, MkDocs, Hugo"),
    (Host::Docusaurus, "Docusaurus (MDX)"),
    (Host::Sphinx, "Sphinx (reStructuredText)"),
];

/// The embed snippet for `host`: the `<open-model-chooser>` element (its link stays for readers
/// without scripts, and frameworks that hydrate the page find the markup they rendered) and the
/// script that mounts it, in the form that kind of site takes as is.
pub fn snippet(base: &str, theme: Theme, answers: &str, host: Host) -> String {
    let (page, answers_attr) = if answers.is_empty() {
        (base.to_owned(), String::new())
    } else {
        (
            format!("{base}?{answers}"),
            format!(" answers=\"{}\"", attr(answers)),
        )
    };
    let base = attr(base);
    let element = format!(
        "<open-model-chooser src=\"{base}\" theme=\"{}\"{answers_attr}>\n  <a href=\"{}\">Open the model chooser: open source, open weights or closed?</a>\n</open-model-chooser>",
        theme.id(),
        attr(&page),
    );
    let script = format!("<script src=\"{base}embed.js\" async></script>");
    match host {
        Host::Html => format!("{element}\n{script}"),
        Host::Docusaurus => format!(
            "import Head from '@docusaurus/Head';\n\n<Head>\n  {script}\n</Head>\n\n{element}"
        ),
        // A directive's content is indented.
        Host::Sphinx => format!(
            ".. raw:: html\n\n   {}",
            format!("{element}\n{script}").replace('\n', "\n   ")
        ),
    }
}

/// The plain-iframe form, for pages that cannot run scripts: a fixed height, no resizing.
pub fn iframe_snippet(base: &str, theme: Theme, answers: &str) -> String {
    let mut src = format!("{base}?embed=1");
    if theme != Theme::Auto {
        src.push_str("&theme=");
        src.push_str(theme.id());
    }
    if !answers.is_empty() {
        src.push('&');
        src.push_str(answers);
    }
    format!(
        "<iframe src=\"{}\" title=\"{FRAME_TITLE}\" loading=\"lazy\" style=\"width:100%;height:900px;border:0\"></iframe>",
        attr(&src)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url_state::parse;

    fn state(query: &str) -> UrlState {
        parse(query, |id| crate::dataset::catalogue().model(id).is_some()).state
    }

    #[test]
    fn answers_leave_settings_out() {
        let s = state("?deploy=self&scale=business&embed=1&theme=dark&compare=olmo-3");
        assert_eq!(answers_query(&s), "deploy=self&scale=business");
        assert_eq!(answers_query(&state("")), "");
    }

    #[test]
    fn the_full_page_link_keeps_answers_and_drops_embed() {
        let s = state("?deploy=self&embed=1&theme=dark&compare=olmo-3");
        assert_eq!(
            full_page_href(&s),
            "./?deploy=self&theme=dark&compare=olmo-3"
        );
        assert_eq!(full_page_href(&state("?embed=1")), "./");
    }

    #[test]
    fn the_element_snippet_follows_the_contract() {
        let snippet = snippet(
            "https://example.org/chooser/",
            Theme::Dark,
            "deploy=self&scale=business",
            Host::Html,
        );
        assert_eq!(
            snippet,
            "<open-model-chooser src=\"https://example.org/chooser/\" theme=\"dark\" answers=\"deploy=self&amp;scale=business\">\n  <a href=\"https://example.org/chooser/?deploy=self&amp;scale=business\">Open the model chooser: open source, open weights or closed?</a>\n</open-model-chooser>\n<script src=\"https://example.org/chooser/embed.js\" async></script>"
        );
        let plain = super::snippet("https://example.org/", Theme::Auto, "", Host::Html);
        assert!(
            plain.starts_with("<open-model-chooser src=\"https://example.org/\" theme=\"auto\">")
        );
        assert!(plain.contains("<a href=\"https://example.org/\">"));
    }

    #[test]
    fn each_kind_of_site_gets_the_snippet_it_takes_as_is() {
        let base = "https://example.org/c/";
        for (host, label) in HOSTS {
            let s = snippet(base, Theme::Auto, "", host);
            assert!(
                s.contains("<open-model-chooser src=\"https://example.org/c/\""),
                "{host:?}"
            );
            assert!(
                s.contains("src=\"https://example.org/c/embed.js\" async></script>"),
                "{host:?}"
            );
            assert!(!label.is_empty());
        }
        let mdx = snippet(base, Theme::Auto, "", Host::Docusaurus);
        assert!(mdx.starts_with("import Head from '@docusaurus/Head';\n\n<Head>\n  <script "));
        assert!(mdx.ends_with("</open-model-chooser>"));
        let rst = snippet(base, Theme::Auto, "deploy=self", Host::Sphinx);
        assert!(
            rst.starts_with(".. raw:: html\n\n   <open-model-chooser"),
            "{rst}"
        );
        let body: Vec<&str> = rst.lines().skip(2).collect();
        assert_eq!(body.len(), 4, "{rst}");
        assert!(body.iter().all(|l| l.starts_with("   ")), "{rst}");
        assert_eq!(
            body.iter().map(|l| &l[3..]).collect::<Vec<_>>().join("\n"),
            snippet(base, Theme::Auto, "deploy=self", Host::Html)
        );
    }

    #[test]
    fn the_iframe_snippet_is_titled_lazy_and_sized() {
        let snippet = iframe_snippet("https://example.org/c/", Theme::Light, "deploy=api");
        assert_eq!(
            snippet,
            "<iframe src=\"https://example.org/c/?embed=1&amp;theme=light&amp;deploy=api\" title=\"Open Model Chooser: which AI model should you choose?\" loading=\"lazy\" style=\"width:100%;height:900px;border:0\"></iframe>"
        );
        assert!(iframe_snippet("https://e.org/", Theme::Auto, "")
            .contains("src=\"https://e.org/?embed=1\""));
    }

    #[test]
    fn attribute_values_are_escaped() {
        let snippet = snippet(
            "https://e.org/\"><script>x</script>/",
            Theme::Auto,
            "",
            Host::Html,
        );
        assert!(!snippet.contains("<script>x"));
        assert!(snippet.contains("&quot;&gt;&lt;script&gt;"));
    }
}
