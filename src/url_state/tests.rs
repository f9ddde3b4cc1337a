//! The URL state's tests: every rule, exact round trips of every valid state, and generated
//! queries (proptest).

use super::*;
use std::collections::HashSet;
use std::time::Instant;

/// A small fixed catalog for tests; all four ids also exist in the real dataset.
const MODELS: [&str; 4] = ["olmo-3", "gpt-5", "qwen3.6-max", "deepseek-r1"];

fn known(id: &str) -> bool {
    MODELS.contains(&id)
}

fn in_catalog(id: &str) -> bool {
    crate::dataset::catalogue().model(id).is_some()
}

fn p(query: &str) -> Parsed {
    parse(query, known)
}

/// Answers built with `Answers::set`, in the order given; each must be accepted.
fn answers(pairs: &[(Question, &str)]) -> Answers {
    let mut a = Answers::default();
    for &(q, id) in pairs {
        assert!(a.set(q, id), "{}={id} refused", q.id());
    }
    a
}

fn with_answers(pairs: &[(Question, &str)]) -> UrlState {
    UrlState {
        answers: answers(pairs),
        ..UrlState::default()
    }
}

/// Checks everything a parsed state promises, whatever the input was.
fn assert_valid(parsed: &Parsed, known_model: &impl Fn(&str) -> bool, input: &str) {
    let s = &parsed.state;
    let a = &s.answers;
    for q in Question::ALL {
        if let Some(id) = a.chosen(q) {
            assert!(q.choice(id).is_some(), "{input:?}: {}={id}", q.id());
            assert!(a.is_asked(q), "{input:?}: {} answered, not asked", q.id());
        }
    }
    if a.chosen(Question::Deploy) == Some("api") {
        assert_eq!(a.chosen(Question::Hardware), None, "{input:?}");
    }
    assert!(s.compare.len() <= MAX_COMPARE, "{input:?}");
    let distinct: HashSet<&String> = s.compare.iter().collect();
    assert_eq!(distinct.len(), s.compare.len(), "{input:?}: repeated id");
    assert!(s.compare.iter().all(|id| known_model(id)), "{input:?}");
    if let Some(accent) = s.accent {
        assert_eq!(Accent::from_hex(&accent.hex()), Some(accent), "{input:?}");
    }
    // `invalid` holds known keys only, each once, in contract order.
    let order: Vec<&str> = Key::all().into_iter().map(Key::id).collect();
    let positions: Vec<usize> = parsed
        .invalid
        .iter()
        .map(|k| order.iter().position(|o| o == k).expect("a known key"))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "{input:?}: {:?}",
        parsed.invalid
    );
}

/// `parse(print(s))` gives `s` back with nothing invalid, and printing again is stable.
fn assert_round_trip(state: &UrlState, known_model: &impl Fn(&str) -> bool) {
    let printed = print(state);
    let back = parse(&printed, known_model);
    assert_eq!(&back.state, state, "{printed:?}");
    assert!(back.invalid.is_empty(), "{printed:?}: {:?}", back.invalid);
    assert_eq!(print(&back.state), printed);
}

// ---- the contract's examples ------------------------------------------------------------

#[test]
fn contract_example_parses_to_its_answers() {
    let parsed = p("?deploy=self&hardware=gpu&scale=business");
    assert!(parsed.invalid.is_empty());
    assert_eq!(
        parsed.state,
        with_answers(&[
            (Question::Deploy, "self"),
            (Question::Hardware, "gpu"),
            (Question::Scale, "business"),
        ])
    );
    assert_eq!(
        print(&parsed.state),
        "?deploy=self&hardware=gpu&scale=business"
    );
}

#[test]
fn every_option_of_every_question_parses() {
    for q in Question::ALL {
        for c in q.choices() {
            let parsed = p(&format!("{}={}", q.id(), c.id));
            assert!(parsed.invalid.is_empty(), "{}={}", q.id(), c.id);
            assert_eq!(parsed.state.answers.chosen(q), Some(c.id));
            assert_eq!(parsed.state, with_answers(&[(q, c.id)]));
        }
    }
}

#[test]
fn the_leading_question_mark_is_optional_and_empty_queries_are_the_default() {
    assert_eq!(p("deploy=api"), p("?deploy=api"));
    assert_eq!(
        p("deploy=api").state,
        with_answers(&[(Question::Deploy, "api")])
    );
    for query in ["", "?", "&", "?&", "&&&", "?&&?"] {
        let parsed = p(query);
        assert_eq!(parsed.state, UrlState::default(), "{query:?}");
        // `?&&?` has a pair named `?`, which is unknown: still silent.
        assert!(parsed.invalid.is_empty(), "{query:?}");
    }
    // Only one leading `?` is stripped: `??deploy` is the unknown key `?deploy`.
    assert_eq!(p("??deploy=self"), Parsed::default());
}

#[test]
fn settings_parse() {
    let parsed = p("embed=1&theme=dark&accent=00FF7f&compare=olmo-3,gpt-5");
    assert!(parsed.invalid.is_empty());
    assert_eq!(
        parsed.state,
        UrlState {
            embed: true,
            theme: Theme::Dark,
            accent: Some(Accent([0x00, 0xff, 0x7f])),
            compare: vec!["olmo-3".into(), "gpt-5".into()],
            ..UrlState::default()
        }
    );
    assert_eq!(
        print(&parsed.state),
        "?embed=1&theme=dark&accent=00ff7f&compare=olmo-3,gpt-5"
    );

    let parsed = p("embed=0&theme=light");
    assert!(parsed.invalid.is_empty());
    assert!(!parsed.state.embed);
    assert_eq!(parsed.state.theme, Theme::Light);

    let parsed = p("theme=auto");
    assert!(parsed.invalid.is_empty());
    assert_eq!(parsed.state, UrlState::default());
    assert_eq!(print(&parsed.state), "", "auto is the default, left out");

    // `embed=0` after `embed=1` turns it off: the last valid value wins.
    assert!(!p("embed=1&embed=0").state.embed);
}

#[test]
fn model_and_find_follow_their_rules() {
    let parsed = p("model=gpt-5&q=Qwen+3");
    assert!(parsed.invalid.is_empty());
    assert_eq!(parsed.state.model.as_deref(), Some("gpt-5"));
    assert_eq!(parsed.state.find, "Qwen 3");
    assert_eq!(print(&parsed.state), "?model=gpt-5&q=Qwen+3");
    // An unknown model, or find text that is too long or holds control characters, is
    // ignored and named; markup is just text.
    assert_eq!(p("model=llama-9").invalid, vec!["model"]);
    assert_eq!(p("model=").invalid, vec!["model"]);
    assert_eq!(
        p(&format!("q={}", "a".repeat(MAX_FIND))).state.find.len(),
        MAX_FIND
    );
    assert_eq!(
        p(&format!("q={}", "a".repeat(MAX_FIND + 1))).invalid,
        vec!["q"]
    );
    assert_eq!(p("q=a%0Ab").invalid, vec!["q"]);
    let markup = p("q=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E");
    assert_eq!(markup.state.find, "<img src=x onerror=alert(1)>");
    assert_round_trip(&markup.state, &known);
}

#[test]
fn answers_and_settings_mix_in_any_order() {
    let parsed = p("compare=gpt-5&region=eu&embed=1&deploy=self&theme=light");
    assert!(parsed.invalid.is_empty());
    let mut expected = with_answers(&[(Question::Deploy, "self"), (Question::Region, "eu")]);
    expected.embed = true;
    expected.theme = Theme::Light;
    expected.compare = vec!["gpt-5".into()];
    assert_eq!(parsed.state, expected);
    assert_eq!(
        print(&parsed.state),
        "?deploy=self&region=eu&embed=1&theme=light&compare=gpt-5"
    );
}

#[test]
fn unknown_keys_are_ignored_silently() {
    let parsed = p(
        "utm_source=blog&Deploy=self&DEPLOY=api&deploy+=self&hardware_=gpu&x&=self&%zz=1&emb%65d2=1&deploy=self",
    );
    assert!(parsed.invalid.is_empty(), "{:?}", parsed.invalid);
    assert_eq!(parsed.state, with_answers(&[(Question::Deploy, "self")]));
    // Option ids used as keys are unknown keys too.
    assert_eq!(p("self=deploy&gpu").state, UrlState::default());
    assert!(p("self=deploy&gpu").invalid.is_empty());
}

#[test]
fn each_kind_of_invalid_value_is_reported_by_its_key() {
    let cases = [
        // Not an option of the question (ids are case-sensitive; `unsure` is fine).
        ("deploy=cloud", "deploy"),
        ("deploy=Self", "deploy"),
        ("hardware=api", "hardware"),
        ("scale=huge", "scale"),
        ("customize=maybe", "customize"),
        ("outputs=true", "outputs"),
        ("transparency=full", "transparency"),
        ("restrictions=1", "restrictions"),
        ("region=us", "region"),
        // Empty values, with or without `=`.
        ("deploy=", "deploy"),
        ("region", "region"),
        ("embed", "embed"),
        ("embed=", "embed"),
        ("theme=", "theme"),
        ("accent=", "accent"),
        ("compare=", "compare"),
        // Settings.
        ("embed=true", "embed"),
        ("embed=2", "embed"),
        ("embed=01", "embed"),
        ("theme=Dark", "theme"),
        ("theme=blue", "theme"),
        ("accent=#ff8800", "accent"),
        ("accent=%23ff8800", "accent"),
        ("accent=ff880", "accent"),
        ("accent=ff88001", "accent"),
        ("accent=gg8800", "accent"),
        ("accent=f", "accent"),
        ("accent=ééé", "accent"),
        ("compare=llama-9", "compare"),
        ("compare=olmo-3,llama-9", "compare"),
        ("compare=olmo-3,olmo-3", "compare"),
        ("compare=olmo-3,gpt-5,qwen3.6-max,deepseek-r1", "compare"),
        ("compare=olmo-3,", "compare"),
        ("compare=,olmo-3", "compare"),
        ("compare=olmo-3,,gpt-5", "compare"),
        ("compare=,", "compare"),
        ("compare=OLMO-3", "compare"),
        ("compare=olmo-3+", "compare"),
        // `=` inside a value belongs to the value.
        ("deploy=self=1", "deploy"),
        ("theme==dark", "theme"),
        // Malformed escapes and bytes that are not UTF-8.
        ("deploy=%", "deploy"),
        ("deploy=self%", "deploy"),
        ("deploy=%7", "deploy"),
        ("deploy=%7g", "deploy"),
        ("deploy=%zzself", "deploy"),
        ("deploy=%FF", "deploy"),
        ("deploy=%E2%82", "deploy"),
        ("deploy=%C0%80", "deploy"),
    ];
    for (query, key) in cases {
        let parsed = p(query);
        assert_eq!(parsed.state, UrlState::default(), "{query:?}");
        assert_eq!(parsed.invalid, vec![key], "{query:?}");
    }
}

#[test]
fn invalid_keys_are_reported_once_in_contract_order() {
    let parsed = p(
        "compare=nope&accent=red&theme=x&embed=yes&region=mars&restrictions=x&transparency=x\
         &outputs=x&customize=x&scale=x&hardware=x&deploy=x&deploy=y&compare=no&deploy=self",
    );
    assert_eq!(
        parsed.invalid,
        vec![
            "deploy",
            "hardware",
            "scale",
            "customize",
            "outputs",
            "transparency",
            "restrictions",
            "region",
            "embed",
            "theme",
            "accent",
            "compare",
        ]
    );
    // The one valid value is kept although the key is also reported.
    assert_eq!(parsed.state, with_answers(&[(Question::Deploy, "self")]));
}

#[test]
fn duplicates_keep_the_last_valid_value_and_report_invalid_ones() {
    let parsed = p("deploy=self&deploy=api");
    assert!(parsed.invalid.is_empty());
    assert_eq!(parsed.state, with_answers(&[(Question::Deploy, "api")]));

    // A later invalid value does not undo an earlier valid one, but is reported.
    let parsed = p("scale=large&scale=galactic");
    assert_eq!(parsed.state, with_answers(&[(Question::Scale, "large")]));
    assert_eq!(parsed.invalid, vec!["scale"]);

    let parsed = p("theme=dark&theme=&theme=light&accent=123456&accent=abcdef");
    assert_eq!(parsed.state.theme, Theme::Light);
    assert_eq!(parsed.state.accent, Some(Accent([0xab, 0xcd, 0xef])));
    assert_eq!(parsed.invalid, vec!["theme"]);

    let parsed = p("compare=gpt-5&compare=olmo-3,deepseek-r1");
    assert_eq!(parsed.state.compare, vec!["olmo-3", "deepseek-r1"]);
    assert!(parsed.invalid.is_empty());

    let parsed = p("region=eu&region=eu&region=eu");
    assert!(parsed.invalid.is_empty());
    assert_eq!(parsed.state, with_answers(&[(Question::Region, "eu")]));
}

#[test]
fn hardware_is_dropped_silently_when_deploy_is_api() {
    for query in [
        "deploy=api&hardware=gpu",
        "hardware=gpu&deploy=api",
        "hardware=unsure&deploy=api",
        "deploy=self&hardware=laptop&deploy=api",
    ] {
        let parsed = p(query);
        assert!(parsed.invalid.is_empty(), "{query:?}: {:?}", parsed.invalid);
        assert_eq!(
            parsed.state,
            with_answers(&[(Question::Deploy, "api")]),
            "{query:?}"
        );
    }
    // Asked again when deploy is not api, whatever the order in the query.
    for deploy in ["self", "unsure"] {
        let parsed = p(&format!("hardware=cluster&deploy={deploy}"));
        assert!(parsed.invalid.is_empty());
        assert_eq!(
            parsed.state,
            with_answers(&[(Question::Deploy, deploy), (Question::Hardware, "cluster")])
        );
    }
    // Without deploy, hardware is asked.
    assert_eq!(
        p("hardware=gpu").state,
        with_answers(&[(Question::Hardware, "gpu")])
    );
    // A value that is wrong in itself is still reported, asked or not.
    let parsed = p("deploy=api&hardware=quantum");
    assert_eq!(parsed.invalid, vec!["hardware"]);
    assert_eq!(parsed.state, with_answers(&[(Question::Deploy, "api")]));
    // An invalid deploy does not hide hardware.
    let parsed = p("deploy=apii&hardware=gpu");
    assert_eq!(parsed.invalid, vec!["deploy"]);
    assert_eq!(parsed.state, with_answers(&[(Question::Hardware, "gpu")]));
}

#[test]
fn answers_apply_in_question_order_whatever_the_query_order() {
    let forward = p("deploy=self&hardware=gpu&scale=business&region=eu");
    let backward = p("region=eu&scale=business&hardware=gpu&deploy=self");
    assert_eq!(forward, backward);
    assert_eq!(
        print(&backward.state),
        "?deploy=self&hardware=gpu&scale=business&region=eu"
    );
}

#[test]
fn percent_encoded_keys_and_values_decode() {
    let expected = with_answers(&[(Question::Deploy, "self")]);
    for query in [
        "deploy=%73elf",
        "deploy=%73%65%6c%66",
        "deploy=%73%65%6C%66",
        "%64eploy=self",
        "%64%65%70%6C%6F%79=%73%65%6c%66",
    ] {
        let parsed = p(query);
        assert!(parsed.invalid.is_empty(), "{query:?}");
        assert_eq!(parsed.state, expected, "{query:?}");
    }
    // `URLSearchParams` writes `,` as `%2C`: the value is decoded before it is split.
    assert_eq!(
        p("compare=olmo-3%2Cgpt-5").state.compare,
        vec!["olmo-3", "gpt-5"]
    );
    assert_eq!(
        p("accent=%41bCdEf").state.accent,
        Some(Accent([0xab, 0xcd, 0xef]))
    );
    // An escape is decoded once: `%2573` is `%73`, not `s`.
    assert_eq!(p("deploy=%2573elf").invalid, vec!["deploy"]);
    // Escapes outside ASCII decode to UTF-8 and are then simply not a known value.
    assert_eq!(p("region=%C3%A9u").invalid, vec!["region"]);
    assert_eq!(p("r%C3%A9gion=eu"), Parsed::default());
}

#[test]
fn plus_is_a_space() {
    // `+` decodes to a space, so these values are not ids.
    assert_eq!(p("deploy=+self").invalid, vec!["deploy"]);
    assert_eq!(p("compare=olmo-3+gpt-5").invalid, vec!["compare"]);
    // A key with a space is an unknown key.
    assert_eq!(p("embed+=1"), Parsed::default());
    assert_eq!(p("%20embed=1"), Parsed::default());
    // `%2B` is a literal `+`, still not a valid value.
    assert_eq!(p("embed=%2B1").invalid, vec!["embed"]);
    assert_eq!(decode("a+b%2Bc").as_deref(), Some("a b+c"));
    // A space is printed as `+`, a literal `+` escaped.
    let mut out = String::new();
    encode_into(&mut out, "a b+c");
    assert_eq!(out, "a+b%2Bc");
}

#[test]
fn decode_handles_every_escape_shape() {
    assert_eq!(decode("").as_deref(), Some(""));
    assert_eq!(decode("abc").as_deref(), Some("abc"));
    assert_eq!(decode("%41%62").as_deref(), Some("Ab"));
    assert_eq!(decode("%e2%82%ac").as_deref(), Some("€"));
    assert_eq!(
        decode("€").as_deref(),
        Some("€"),
        "raw UTF-8 passes through"
    );
    for bad in [
        "%", "%4", "a%", "%%", "%g0", "%0g", "%-1", "%+1", "%é", "%E2%82",
    ] {
        assert_eq!(decode(bad), None, "{bad:?}");
    }
}

#[test]
fn compare_follows_its_rules() {
    let parsed = p("compare=qwen3.6-max,olmo-3,gpt-5");
    assert!(parsed.invalid.is_empty());
    assert_eq!(
        parsed.state.compare,
        vec!["qwen3.6-max", "olmo-3", "gpt-5"],
        "the order given is kept"
    );
    assert_eq!(p("compare=deepseek-r1").state.compare, vec!["deepseek-r1"]);
    // A value of many commas or ids is rejected without listing them all.
    let long = vec!["olmo-3"; 10_000].join(",");
    assert_eq!(p(&format!("compare={long}")).invalid, vec!["compare"]);
    let commas = ",".repeat(100_000);
    assert_eq!(p(&format!("compare={commas}")).invalid, vec!["compare"]);
    // `known_model` decides: an empty catalog knows nothing.
    assert_eq!(parse("compare=olmo-3", |_| false).invalid, vec!["compare"]);
}

#[test]
fn compare_uses_the_real_catalog() {
    let catalog = crate::dataset::catalogue();
    assert!(catalog.models.len() >= 3);
    for model in catalog.models.iter() {
        let parsed = parse(&format!("compare={}", model.id), in_catalog);
        assert!(parsed.invalid.is_empty(), "{}", model.id);
        assert_eq!(parsed.state.compare, vec![model.id.to_string()]);
    }
    let three: Vec<String> = catalog
        .models
        .iter()
        .rev()
        .take(3)
        .map(|m| m.id.to_string())
        .collect();
    let state = UrlState {
        compare: three.clone(),
        ..with_answers(&[(Question::Deploy, "self"), (Question::Outputs, "yes")])
    };
    assert_round_trip(&state, &in_catalog);
    assert_eq!(
        parse(&format!("compare={}", three.join(",")), in_catalog)
            .state
            .compare,
        three
    );
    for id in MODELS {
        assert!(
            in_catalog(id),
            "{id} is used by these tests as a real model"
        );
    }
    assert_eq!(
        parse("compare=not-a-model", in_catalog).invalid,
        vec!["compare"]
    );
}

// ---- printing ----------------------------------------------------------------------------

#[test]
fn print_is_canonical() {
    assert_eq!(print(&UrlState::default()), "");
    // Answers set in any order print in question order; settings follow in contract order.
    let mut a = Answers::default();
    assert!(a.set(Question::Region, "other"));
    assert!(a.set(Question::Scale, "unsure"));
    assert!(a.set(Question::Hardware, "gpu"));
    assert!(a.set(Question::Deploy, "self"));
    let state = UrlState {
        answers: a,
        embed: true,
        theme: Theme::Dark,
        accent: Some(Accent([0x00, 0xAB, 0x7F])),
        compare: vec!["olmo-3".into(), "gpt-5".into()],
        model: Some("gpt-5".into()),
        find: "qwen".into(),
    };
    assert_eq!(
        print(&state),
        "?deploy=self&hardware=gpu&scale=unsure&region=other&embed=1&theme=dark\
         &accent=00ab7f&compare=olmo-3,gpt-5&model=gpt-5&q=qwen"
    );
    assert_round_trip(&state, &known);
    // Each setting alone.
    let only = |f: fn(&mut UrlState)| {
        let mut s = UrlState::default();
        f(&mut s);
        print(&s)
    };
    assert_eq!(only(|s| s.embed = true), "?embed=1");
    assert_eq!(only(|s| s.theme = Theme::Light), "?theme=light");
    assert_eq!(only(|s| s.theme = Theme::Auto), "");
    assert_eq!(
        only(|s| s.accent = Some(Accent([255, 255, 255]))),
        "?accent=ffffff"
    );
    assert_eq!(only(|s| s.compare = vec!["gpt-5".into()]), "?compare=gpt-5");
}

#[test]
fn print_escapes_anything_outside_the_id_alphabet() {
    // No valid state holds such an id, but print must stay safe whatever it is given.
    let state = UrlState {
        compare: vec!["a b&c=d#e<f>".into(), "Ü,+%".into()],
        ..UrlState::default()
    };
    let printed = print(&state);
    assert_eq!(printed, "?compare=a+b%26c%3Dd%23e%3Cf%3E,%C3%9C%2C%2B%25");
    let safe = |c: char| c.is_ascii_alphanumeric() || ".-=&?,%+".contains(c);
    assert!(printed.chars().all(safe));
    // And it parses without harm (`Ü` is not a known model, so it is reported).
    assert_eq!(p(&printed).invalid, vec!["compare"]);
}

#[test]
fn theme_and_accent_ids() {
    for t in Theme::ALL {
        assert_eq!(Theme::from_id(t.id()), Some(t));
    }
    assert_eq!(Theme::default(), Theme::Auto);
    assert_eq!(Theme::from_id("Light"), None);
    assert_eq!(Theme::from_id(""), None);

    assert_eq!(Accent::from_hex("ff8800"), Some(Accent([0xff, 0x88, 0x00])));
    assert_eq!(Accent::from_hex("FF8800"), Some(Accent([0xff, 0x88, 0x00])));
    assert_eq!(Accent::from_hex("0a0B0c"), Some(Accent([0x0a, 0x0b, 0x0c])));
    for bad in [
        "", "#ff880", "#ff8800", "ff880", "ff88000", "ff88 0", "xyzxyz", "ééé", "+12345", "-12345",
    ] {
        assert_eq!(Accent::from_hex(bad), None, "{bad:?}");
    }
    let a = Accent([0x0a, 0xbc, 0xff]);
    assert_eq!(a.hex(), "0abcff");
    assert_eq!(a.css(), "#0abcff");
    assert_eq!(Accent([0, 0, 0]).css(), "#000000");
    for v in 0..=255u8 {
        let a = Accent([v, 255 - v, v.wrapping_mul(7)]);
        assert_eq!(Accent::from_hex(&a.hex()), Some(a));
        assert_eq!(Accent::from_hex(&a.hex().to_uppercase()), Some(a));
    }
}

#[test]
fn keys_follow_the_contract() {
    let ids: Vec<&str> = Key::all().into_iter().map(Key::id).collect();
    assert_eq!(
        ids,
        [
            "deploy",
            "hardware",
            "scale",
            "customize",
            "outputs",
            "transparency",
            "restrictions",
            "region",
            "embed",
            "theme",
            "accent",
            "compare",
            "model",
            "q"
        ]
    );
    for (i, k) in Key::all().into_iter().enumerate() {
        assert_eq!(k.index(), i);
        assert_eq!(Key::from_id(k.id()), Some(k));
    }
}

#[test]
fn long_and_strange_inputs_do_not_crash() {
    let many = "deploy=self&".repeat(10_000) + "scale=large";
    let parsed = p(&many);
    assert!(parsed.invalid.is_empty());
    assert_eq!(
        parsed.state,
        with_answers(&[(Question::Deploy, "self"), (Question::Scale, "large")])
    );
    let many_bad = "x=%&deploy=%&".repeat(10_000);
    assert_eq!(p(&many_bad).invalid, vec!["deploy"]);
    let huge_value = format!("accent={}", "f".repeat(1_000_000));
    assert_eq!(p(&huge_value).invalid, vec!["accent"]);
    let strange = [
        "%",
        "%%%",
        "=",
        "==",
        "&=&=&",
        "?=",
        "deploy=é",
        "déploy=self",
        "deploy=\u{0}",
        "\u{0}=\u{0}",
        "deploy=😀&theme=🌙",
        "😀😀😀=%F0%9F%98%80",
        "%F0%9F%98=1",
        "deploy=%F0%9F%98%80",
        "accent=😀😀",
        "accent=ff88%",
        "compare=%",
        "compare=olmo-3,%",
        "embed=%31",
        "<script>alert(1)</script>=1&theme=<b>",
        "\r\n=\t&deploy=self\n",
    ];
    for query in strange {
        let parsed = p(query);
        assert_valid(&parsed, &known, query);
        assert_round_trip(&parsed.state, &known);
    }
    assert!(p("embed=%31").state.embed, "an escaped digit is fine");
    assert_eq!(p("theme=<b>").invalid, vec!["theme"]);
}

// ---- exhaustive round trip ---------------------------------------------------------------

/// A few settings, cycled over the answer combinations.
fn settings_variants() -> Vec<UrlState> {
    vec![
        UrlState::default(),
        UrlState {
            embed: true,
            theme: Theme::Dark,
            accent: Some(Accent([0x00, 0xff, 0x7f])),
            compare: vec!["olmo-3".into()],
            ..UrlState::default()
        },
        UrlState {
            theme: Theme::Light,
            accent: Some(Accent([0xab, 0xcd, 0xef])),
            compare: vec!["qwen3.6-max".into(), "olmo-3".into(), "gpt-5".into()],
            ..UrlState::default()
        },
        UrlState {
            embed: true,
            compare: vec!["deepseek-r1".into(), "gpt-5".into()],
            ..UrlState::default()
        },
        UrlState {
            accent: Some(Accent([0, 0, 0])),
            model: Some("gpt-5".into()),
            ..UrlState::default()
        },
        UrlState {
            model: Some("olmo-3".into()),
            find: "Apache 2.0 & <b>qwen</b>=?".into(),
            ..UrlState::default()
        },
    ]
}

/// Every valid combination of answers: each question unanswered or any of its options, minus
/// those answering `hardware` while `deploy=api` (which the invariant forbids).
fn all_answer_combinations() -> Vec<Answers> {
    let mut out = vec![Answers::default()];
    for q in Question::ALL {
        let mut next = Vec::with_capacity(out.len() * (q.choices().len() + 1));
        for a in &out {
            next.push(*a);
            for c in q.choices() {
                let mut b = *a;
                if b.set(q, c.id) {
                    next.push(b);
                }
            }
        }
        out = next;
    }
    out
}

#[test]
fn every_answer_combination_round_trips() {
    let start = Instant::now();
    let all = all_answer_combinations();
    // 4*5*6*4*4*5*4*4 combinations, less the 1*4*6*4*4*5*4*4 answering hardware after api.
    assert_eq!(
        all.len(),
        4 * 5 * 6 * 4 * 4 * 5 * 4 * 4 - 4 * 6 * 4 * 4 * 5 * 4 * 4
    );
    let variants = settings_variants();
    let mut urls = HashSet::with_capacity(all.len());
    for (i, answers) in all.iter().enumerate() {
        let state = UrlState {
            answers: *answers,
            ..variants[i % variants.len()].clone()
        };
        let printed = print(&state);
        let back = parse(&printed, known);
        assert_eq!(back.state, state, "{printed:?}");
        assert!(back.invalid.is_empty(), "{printed:?}");
        // Answers alone: distinct states give distinct URLs (one state, one URL).
        assert!(urls.insert(print(&UrlState {
            answers: *answers,
            ..UrlState::default()
        })));
    }
    // Every settings variant with a sample of answers, against the real catalog too.
    for variant in &variants {
        for answers in all.iter().step_by(997) {
            let state = UrlState {
                answers: *answers,
                ..variant.clone()
            };
            assert_round_trip(&state, &known);
            assert_round_trip(&state, &in_catalog);
        }
    }
    eprintln!(
        "every_answer_combination_round_trips: {} states in {:?}",
        all.len(),
        start.elapsed()
    );
}

// ---- generated queries (proptest) ------------------------------------------------------

/// Generated queries, with shrinking (proptest is a native dev-dependency).
#[cfg(not(target_arch = "wasm32"))]
mod generated {
    use super::*;
    const FUZZ_KEYS: [&str; 19] = [
        "deploy",
        "hardware",
        "scale",
        "customize",
        "outputs",
        "transparency",
        "restrictions",
        "region",
        "embed",
        "theme",
        "accent",
        "compare",
        "model",
        "q",
        "Deploy",
        "%64eploy",
        "utm_source",
        "",
        "?",
    ];

    const FUZZ_VALUES: [&str; 38] = [
        "self",
        "api",
        "unsure",
        "laptop",
        "gpu",
        "cluster",
        "personal",
        "business",
        "large",
        "hyperscale",
        "yes",
        "no",
        "reproduce",
        "docs",
        "none",
        "eu",
        "other",
        "1",
        "0",
        "2",
        "light",
        "dark",
        "auto",
        "Dark",
        "ff8800",
        "ABCDEF",
        "#123456",
        "12345",
        "olmo-3",
        "gpt-5",
        "olmo-3,gpt-5",
        "qwen3.6-max,deepseek-r1,olmo-3",
        "olmo-3,gpt-5,qwen3.6-max,deepseek-r1",
        "gpt-5,gpt-5",
        "llama-9",
        "%73elf",
        "olmo-3%2Cgpt-5",
        "",
    ];

    use proptest::prelude::*;

    /// A known key with one of its own values, so that answers and settings do get set (and then
    /// mangled by the pieces around them).
    fn known_pair() -> impl Strategy<Value = String> {
        (
            0..KEY_COUNT,
            any::<u8>(),
            0usize..64,
            prop::collection::vec(0..MODELS.len(), 1..5),
        )
            .prop_map(|(k, byte, pick, models)| {
                let key = Key::all()[k];
                let value = match key {
                    Key::Question(q) => q.choices()[pick % q.choices().len()].id.to_owned(),
                    Key::Embed => ["0", "1"][pick % 2].to_owned(),
                    Key::Theme => Theme::ALL[pick % 3].id().to_owned(),
                    Key::Accent => Accent([byte, 7, 200]).hex(),
                    Key::Compare => models
                        .iter()
                        .map(|&m| MODELS[m])
                        .collect::<Vec<_>>()
                        .join(","),
                    Key::Model => MODELS[pick % MODELS.len()].to_owned(),
                    Key::Find => {
                        ["qwen", "Apache+2.0", "%3Cb%3E", "mistral", "Qwen+3"][pick % 5].to_owned()
                    }
                };
                format!("{}={value}&", key.id())
            })
    }

    /// One piece of a query: the shapes parsers trip on.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => known_pair(),
            2 => (prop::sample::select(&FUZZ_KEYS[..]), prop::sample::select(&FUZZ_VALUES[..]))
                .prop_map(|(k, v)| format!("{k}={v}&")),
            1 => prop::sample::select(&FUZZ_KEYS[..]).prop_map(str::to_owned),
            1 => prop::sample::select(&FUZZ_VALUES[..]).prop_map(str::to_owned),
            1 => prop::sample::select(&["=", "&", "+", ",", "#", " "][..]).prop_map(str::to_owned),
            // `%` followed by zero, one or two hex digits (or not-quite-hex).
            1 => "%[0-9a-fA-FgG%]{0,2}",
            // An escaped byte: often not UTF-8 on its own.
            1 => any::<u8>().prop_map(|b| format!("%{b:02x}")),
            // Any character, one to four bytes in UTF-8.
            2 => any::<char>().prop_map(String::from),
            // Hex, sometimes exactly an accent.
            1 => "[0-9a-f]{0,8}",
            // A long run, now and then.
            1 => (prop::sample::select(&["&", "=", "%", ",", "olmo-3,", "deploy=self&", "é", "%4"][..]), 1usize..3000)
                .prop_map(|(unit, n)| unit.repeat(n)),
        ]
    }

    /// A whole query: up to 24 pieces, sometimes after a `?`.
    fn query() -> impl Strategy<Value = String> {
        (any::<bool>(), prop::collection::vec(piece(), 0..24)).prop_map(|(mark, pieces)| {
            format!("{}{}", if mark { "?" } else { "" }, pieces.concat())
        })
    }

    /// How many generated queries a run checks: `OMC_URL_CASES`, else 20,000 (the test run);
    /// `scripts/bench-urls.sh` runs a million.
    fn cases() -> u32 {
        std::env::var("OMC_URL_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(20_000)
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: cases(),
            // A failing query is shrunk and printed; it is kept as a regression case in
            // src/url_state.rs's proptest-regressions file only when one is committed.
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Any query: `parse` never panics, what it keeps is valid, and `print` then `parse`
        /// gives the same state with nothing reported (a stable round trip).
        #[test]
        fn generated_queries_never_panic_and_round_trip(query in query()) {
            let parsed = p(&query);
            assert_valid(&parsed, &known, &query);
            assert_round_trip(&parsed.state, &known);
        }
    }

    /// The generator reaches the interesting states, or the property above proves little.
    #[test]
    fn generated_queries_reach_answers_settings_and_reports() {
        use proptest::strategy::ValueTree;
        use proptest::test_runner::TestRunner;
        let mut runner = TestRunner::deterministic();
        let (mut answered, mut with_settings, mut reported) = (0, 0, 0);
        const RUNS: usize = 5_000;
        for _ in 0..RUNS {
            let query = query().new_tree(&mut runner).unwrap().current();
            let parsed = p(&query);
            answered += usize::from(!parsed.state.answers.is_empty());
            with_settings += usize::from(
                parsed.state.embed
                    || parsed.state.theme != Theme::Auto
                    || parsed.state.accent.is_some()
                    || !parsed.state.compare.is_empty(),
            );
            reported += usize::from(!parsed.invalid.is_empty());
        }
        assert!(answered > RUNS / 10, "{answered} with answers");
        assert!(with_settings > RUNS / 10, "{with_settings} with settings");
        assert!(reported > RUNS / 10, "{reported} with invalid keys");
    }
}
