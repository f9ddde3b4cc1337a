//! A serde serializer that writes a value as a Rust expression, so that `build.rs` can compile the
//! dataset into the binary as statics: no JSON parser and no deserializing code in the wasm, and
//! nothing to parse at start-up. Strings become `Text("...")`, lists `List(&[...])` (the
//! including module imports both), structs `Name { field: value }`, unit variants `Enum::Variant` (from
//! their kebab-case serde names), options `Some(...)` / `None`.

use serde::ser::{self, Impossible, Serialize};
use std::fmt;

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The Rust expression for `value`.
pub fn to_rust<T: Serialize + ?Sized>(value: &T) -> Result<String, Error> {
    let mut ser = RustLiteral { out: String::new() };
    value.serialize(&mut ser)?;
    Ok(ser.out)
}

pub struct RustLiteral {
    out: String,
}

/// `loses-licence` -> `LosesLicence`.
fn variant_ident(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// A serde field name to the Rust field (`$schema` is the one renamed field).
fn field_ident(key: &str) -> &str {
    key.strip_prefix('$').unwrap_or(key)
}

fn unsupported<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!("rust_literal: {what} is not supported")))
}

impl ser::Serializer for &mut RustLiteral {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.out.push_str(&v.to_string());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.out.push_str(&v.to_string());
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if !v.is_finite() {
            return unsupported("a non-finite number");
        }
        // `{:?}` writes the shortest literal that reads back as the same `f32`.
        self.out.push_str(&format!("{v:?}f32"));
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return unsupported("a non-finite number");
        }
        // `{:?}` always writes a float literal (`7.0`, `0.014`, `1e21`).
        self.out.push_str(&format!("{v:?}f64"));
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.out.push_str(&format!("{v:?}"));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        // `{:?}` of a str is a valid Rust string literal, escapes included.
        self.out.push_str(&format!("Text({v:?})"));
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.out.push_str("Some(");
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.out.push_str("()");
        Ok(())
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<(), Error> {
        self.out.push_str(name);
        Ok(())
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.out
            .push_str(&format!("{name}::{}", variant_ident(variant)));
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        unsupported("a newtype struct")
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        unsupported("a newtype variant")
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self, Error> {
        self.out.push_str("List(&[");
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        unsupported("a tuple")
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        unsupported("a tuple struct")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        unsupported("a tuple variant")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        unsupported("a map")
    }
    fn serialize_struct(self, name: &'static str, _: usize) -> Result<Self, Error> {
        self.out.push_str(name);
        self.out.push_str(" {");
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        unsupported("a struct variant")
    }
}

impl ser::SerializeSeq for &mut RustLiteral {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)?;
        self.out.push(',');
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.out.push_str("])");
        Ok(())
    }
}

impl ser::SerializeStruct for &mut RustLiteral {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.out.push_str(field_ident(key));
        self.out.push_str(": ");
        value.serialize(&mut **self)?;
        self.out.push(',');
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.out.push('}');
        Ok(())
    }
}
