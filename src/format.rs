//! Number formatting for readers, with integer arithmetic only, so that the wasm carries no
//! float-formatting code (several KB).

/// `65536` -> `65,536`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// At most one decimal: `0.8`, `37`, `1,600`, `402.6`.
pub fn one_decimal(n: f64) -> String {
    let tenths = (n * 10.0).round() as u64;
    match tenths % 10 {
        0 => thousands(tenths / 10),
        d => format!("{}.{d}", thousands(tenths / 10)),
    }
}

/// A parameter count given in billions, as people write it: `14M`, `0.8B`, `37B`, `1,600B`.
pub fn params(billions: f64) -> String {
    if billions < 0.5 {
        format!("{}M", thousands((billions * 1000.0).round() as u64))
    } else {
        format!("{}B", one_decimal(billions))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(65536), "65,536");
        assert_eq!(thousands(10_000_000), "10,000,000");
    }

    #[test]
    fn one_decimal_at_most() {
        assert_eq!(one_decimal(0.8), "0.8");
        assert_eq!(one_decimal(5.1), "5.1");
        assert_eq!(one_decimal(37.0), "37");
        assert_eq!(one_decimal(402.6), "402.6");
        assert_eq!(one_decimal(1600.0), "1,600");
    }

    #[test]
    fn small_models_are_counted_in_millions() {
        assert_eq!(params(0.014), "14M");
        assert_eq!(params(0.41), "410M");
        assert_eq!(params(0.8), "0.8B");
        assert_eq!(params(117.0), "117B");
    }
}
