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

/// The script form: a placeholder `embed.js` turns into a lazily loaded, self-sizing iframe; its
/// link stays for readers without scripts.
pub fn script_snippet(base: &str, theme: Theme, answers: &str) -> String {
    let page = if answers.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{answers}")
    };
    let answers_attr = if answers.is_empty() {
        String::new()
    } else {
        format!(" data-answers=\"{}\"", attr(answers))
    };
    format!(
        "<div data-open-model-chooser data-theme=\"{}\"{answers_attr}>\n  <a href=\"{}\">Open the model chooser: open source, open weights or closed?</a>\n</div>\n<script src=\"{}embed.js\" async></script>",
        theme.id(),
        attr(&page),
        attr(base),
    )
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
        parse(query, |id| crate::dataset::embedded().model(id).is_some()).state
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
    fn the_script_snippet_follows_the_contract() {
        let snippet = script_snippet(
            "https://example.org/chooser/",
            Theme::Dark,
            "deploy=self&scale=business",
        );
        assert_eq!(
            snippet,
            "<div data-open-model-chooser data-theme=\"dark\" data-answers=\"deploy=self&amp;scale=business\">\n  <a href=\"https://example.org/chooser/?deploy=self&amp;scale=business\">Open the model chooser: open source, open weights or closed?</a>\n</div>\n<script src=\"https://example.org/chooser/embed.js\" async></script>"
        );
        let plain = script_snippet("https://example.org/", Theme::Auto, "");
        assert!(plain.starts_with("<div data-open-model-chooser data-theme=\"auto\">"));
        assert!(plain.contains("<a href=\"https://example.org/\">"));
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
        let snippet = script_snippet("https://e.org/\"><script>x</script>/", Theme::Auto, "");
        assert!(!snippet.contains("<script>x"));
        assert!(snippet.contains("&quot;&gt;&lt;script&gt;"));
    }
}
