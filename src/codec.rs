//! The dataset's compact binary form, and its decoder.
//!
//! The build script (`build/main.rs`) validates `data/` and packs it (`build/packer.rs`) into two streams: the
//! structure (lengths, numbers, option tags and enum indices, as LEB128 varints or little-endian
//! bytes) and every string, one after another. The file is the structure's length (4 bytes, little
//! endian), the structure, then the strings. Compiled in as Rust statics, each string would cost a
//! 32-bit pointer and a 32-bit length in the wasm's data, as much after gzip as the text itself; in
//! this form the 80-model catalogue is half the size. Decoding takes well under a millisecond and
//! allocates only the lists: every string is a slice of the file.
//!
//! The same decoder reads the full catalogue that the widget fetches when a reader first opens a
//! model's details (see `dataset.rs`): a file from the widget's own origin, checked as it is read,
//! so a damaged or truncated file gives `None`, never a panic.
//!
//! The order of fields below is the order of the struct declarations in `catalog.rs`, which is the
//! order serde writes them in; `dataset.rs`'s tests decode the packed dataset and compare it with
//! the JSON file, so a field added to one and not the other fails them.

use crate::catalog::{
    Availability, Binding, Catalog, Claim, Confidence, DataRelease, DatasetInfo, DatasetLicence,
    EarlierLicence, Effect, Fact, Licence, List, Metric, Model, Region, Releases, Term, TermKind,
    Text, Variant, WeightsAccess,
};

/// Reads a packed file.
pub struct Reader {
    structure: &'static [u8],
    at: usize,
    strings: &'static str,
    string_at: usize,
    /// The lean form: the detail fields (`catalog::DETAIL_FIELDS`) are not in the file.
    lean: bool,
}

impl Reader {
    /// Splits `file` into its two streams; `None` if it is too short or its strings are not UTF-8.
    fn new(file: &'static [u8], lean: bool) -> Option<Reader> {
        let len = u32::from_le_bytes(file.get(..4)?.try_into().ok()?) as usize;
        let structure = file.get(4..4usize.checked_add(len)?)?;
        let strings = std::str::from_utf8(&file[4 + len..]).ok()?;
        Some(Reader {
            structure,
            at: 0,
            strings,
            string_at: 0,
            lean,
        })
    }

    /// A detail field: absent from the lean form, where it takes its empty value.
    fn detail<T: Decode + Default>(&mut self) -> Option<T> {
        if self.lean {
            Some(T::default())
        } else {
            T::decode(self)
        }
    }

    fn bytes<const N: usize>(&mut self) -> Option<[u8; N]> {
        let bytes = self.structure.get(self.at..self.at + N)?.try_into().ok()?;
        self.at += N;
        Some(bytes)
    }

    /// An unsigned LEB128 number.
    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let [byte] = self.bytes::<1>()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(value);
            }
        }
        None
    }

    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }
}

/// A value that can be read from a packed file.
pub trait Decode: Sized {
    fn decode(r: &mut Reader) -> Option<Self>;
}

/// Decodes a packed catalogue, whole or `lean` (`build/packer.rs`'s `pack_lean`); `None` if the
/// file is damaged or has bytes left over.
pub fn decode_catalog(file: &'static [u8], lean: bool) -> Option<Catalog> {
    let mut reader = Reader::new(file, lean)?;
    let catalog = Catalog::decode(&mut reader)?;
    (reader.at == reader.structure.len() && reader.string_at == reader.strings.len())
        .then_some(catalog)
}

impl Decode for Text {
    fn decode(r: &mut Reader) -> Option<Self> {
        let len = r.len()?;
        let text = r.strings.get(r.string_at..r.string_at.checked_add(len)?)?;
        r.string_at += len;
        Some(Text(text))
    }
}

impl Decode for bool {
    fn decode(r: &mut Reader) -> Option<Self> {
        match r.bytes::<1>()? {
            [0] => Some(false),
            [1] => Some(true),
            _ => None,
        }
    }
}

impl Decode for u32 {
    fn decode(r: &mut Reader) -> Option<Self> {
        u32::try_from(r.varint()?).ok()
    }
}

impl Decode for f32 {
    fn decode(r: &mut Reader) -> Option<Self> {
        Some(f32::from_le_bytes(r.bytes()?))
    }
}

impl Decode for f64 {
    fn decode(r: &mut Reader) -> Option<Self> {
        Some(f64::from_le_bytes(r.bytes()?))
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(r: &mut Reader) -> Option<Self> {
        match bool::decode(r)? {
            false => Some(None),
            true => T::decode(r).map(Some),
        }
    }
}

impl<T: Decode + 'static> Decode for List<T> {
    fn decode(r: &mut Reader) -> Option<Self> {
        let len = r.len()?;
        // A damaged length must not reserve gigabytes: each item takes at least one byte.
        if len > r.structure.len() - r.at + r.strings.len() {
            return None;
        }
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::decode(r)?);
        }
        Some(List::leak(items))
    }
}

impl<T: Decode> Decode for Fact<T> {
    fn decode(r: &mut Reader) -> Option<Self> {
        Some(Fact {
            value: T::decode(r)?,
            note: r.detail()?,
            quote: r.detail()?,
            source: r.detail()?,
            confidence: Decode::decode(r)?,
            checked: r.detail()?,
        })
    }
}

/// `Decode` for a struct, its fields in declaration order; a field marked `detail` is one of
/// `catalog::DETAIL_FIELDS`, absent from the lean form.
macro_rules! decode_struct {
    ($name:ident { $($field:ident $(: $detail:ident)?),* $(,)? }) => {
        impl Decode for $name {
            fn decode(r: &mut Reader) -> Option<Self> {
                Some($name { $($field: decode_field!(r $(, $detail)?)),* })
            }
        }
    };
}

macro_rules! decode_field {
    ($r:ident) => {
        Decode::decode($r)?
    };
    ($r:ident, detail) => {
        $r.detail()?
    };
}

/// `Decode` for a unit-only enum, its variants in declaration order (serde's variant index). The
/// exhaustive `match` stops the build when a variant is added to the type and not here.
macro_rules! decode_enum {
    ($name:ident { $($variant:ident),* $(,)? }) => {
        const _: fn($name) = |value| match value {
            $($name::$variant)|* => (),
        };
        impl Decode for $name {
            fn decode(r: &mut Reader) -> Option<Self> {
                let index = r.varint()?;
                [$($name::$variant),*].into_iter().nth(usize::try_from(index).ok()?)
            }
        }
    };
}

impl Decode for Catalog {
    fn decode(r: &mut Reader) -> Option<Self> {
        Some(Catalog {
            schema: r.detail()?,
            dataset: Decode::decode(r)?,
            models: Decode::decode(r)?,
            // Not packed (`#[serde(skip)]`): `licences.json` publishes them.
            licences: List::default(),
        })
    }
}
decode_struct!(DatasetInfo {
    version,
    as_of,
    licence: detail,
    methodology: detail
});
decode_struct!(DatasetLicence { name, spdx, url });
decode_struct!(Model {
    id,
    name,
    vendor,
    released,
    description: detail,
    variants,
    licence,
    release,
    terms,
    commonly_described_as: detail,
});
decode_struct!(Variant {
    name: detail,
    params_total_b,
    params_active_b,
    context_tokens: detail,
    hub_id: detail,
    source: detail,
    confidence,
    checked: detail,
});
decode_struct!(Licence {
    id: detail,
    name,
    version: detail,
    spdx: detail,
    url: detail,
    osi_approved,
    permissive,
    earlier: detail,
    note: detail,
    quote: detail,
    source: detail,
    confidence,
    checked: detail,
});
decode_struct!(EarlierLicence {
    name,
    url,
    until,
    change,
    source,
    confidence,
    checked,
});
decode_struct!(Releases {
    weights,
    training_code,
    training_data,
    technical_report,
    model_card,
});
decode_struct!(Term {
    kind,
    metric,
    above,
    effect,
    region,
    binding,
    text: detail,
    quote: detail,
    read_in_full: detail,
    source: detail,
    confidence,
    checked: detail,
});
decode_struct!(Claim {
    by,
    claim,
    fact,
    source,
    confidence,
    checked,
});
decode_enum!(Confidence {
    Verified,
    Likely,
    Unverified
});
decode_enum!(WeightsAccess { Open, Gated, None });
decode_enum!(Availability {
    Yes,
    Partial,
    No,
    Unknown
});
decode_enum!(DataRelease {
    Data,
    Recipe,
    Partial,
    No,
    Unknown
});
decode_enum!(TermKind {
    CommercialUse,
    Threshold,
    AcceptableUsePolicy,
    FieldOfUseBan,
    TerminationForConduct,
    NamingRule,
    Attribution,
    OutputsTraining,
    Regional,
    RedistributionLimit,
    Modification,
    Distribution,
    PrivateUse,
    PatentGrant,
    DisplayDuty,
    PassTermsOn,
});
decode_enum!(Binding {
    Binds,
    Guidance,
    Unknown
});
decode_enum!(Metric {
    MonthlyActiveUsers,
    MonthlyRevenueUsd
});
decode_enum!(Effect {
    Allowed,
    Forbidden,
    LosesLicence,
    Duty,
    DutiesPassOn,
    PaidTier,
    NoSuchTerm,
    Unknown,
});
decode_enum!(Region { Eu, Eea });

// Its tests read the packed files the build wrote, which `dataset.rs` holds: tests/codec.rs (so that
// this module never imports the one above it).
