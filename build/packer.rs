//! A serde serializer that packs a value into the dataset's compact binary form, read by
//! `src/codec.rs` (where the format is described): the build script packs the validated dataset with it.

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

/// The packed file for `value`: the structure's length, the structure, the strings.
pub fn pack<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    pack_with(value, false)
}

/// The packed file without the fields only the opened details read
/// (`catalog::DETAIL_FIELDS`): not even their empty values are written, and `codec.rs` reads the
/// lean form knowing they are absent. The wasm compiles this form in.
pub fn pack_lean<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    pack_with(value, true)
}

fn pack_with<T: Serialize + ?Sized>(value: &T, lean: bool) -> Result<Vec<u8>, Error> {
    let mut packer = Packer {
        lean,
        ..Packer::default()
    };
    value.serialize(&mut packer)?;
    let len = u32::try_from(packer.structure.len()).map_err(|_| Error("too large".into()))?;
    let mut file = len.to_le_bytes().to_vec();
    file.extend_from_slice(&packer.structure);
    file.extend_from_slice(packer.strings.as_bytes());
    Ok(file)
}

#[derive(Default)]
pub struct Packer {
    structure: Vec<u8>,
    strings: String,
    /// Whether the detail fields are left out.
    lean: bool,
    /// The structs being written, innermost last: a field is a detail of its struct.
    structs: Vec<&'static str>,
}

impl Packer {
    fn leaves_out(&self, field: &str) -> bool {
        self.lean
            && self.structs.last().is_some_and(|s| {
                crate::catalog::DETAIL_FIELDS
                    .iter()
                    .any(|(name, fields)| name == s && fields.contains(&field))
            })
    }
}

impl Packer {
    /// An unsigned LEB128 number.
    fn varint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.structure.push(byte);
                return;
            }
            self.structure.push(byte | 0x80);
        }
    }
}

fn unsupported<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!("packer: {what} is not supported")))
}

impl ser::Serializer for &mut Packer {
    /// Not human-readable: types that write JSON differently (`Binding`) write their variant
    /// index here, as `codec.rs` reads it.
    fn is_human_readable(&self) -> bool {
        false
    }

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
        self.structure.push(u8::from(v));
        Ok(())
    }
    fn serialize_i8(self, _: i8) -> Result<(), Error> {
        unsupported("a signed number")
    }
    fn serialize_i16(self, _: i16) -> Result<(), Error> {
        unsupported("a signed number")
    }
    fn serialize_i32(self, _: i32) -> Result<(), Error> {
        unsupported("a signed number")
    }
    fn serialize_i64(self, _: i64) -> Result<(), Error> {
        unsupported("a signed number")
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
        self.varint(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.structure.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.structure.extend_from_slice(&v.to_le_bytes());
        Ok(())
    }
    fn serialize_char(self, _: char) -> Result<(), Error> {
        unsupported("a char")
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.varint(v.len() as u64);
        self.strings.push_str(v);
        Ok(())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        unsupported("bytes")
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.structure.push(0);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        self.structure.push(1);
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        unsupported("a unit")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        unsupported("a unit struct")
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
    ) -> Result<(), Error> {
        self.varint(index.into());
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
    fn serialize_seq(self, len: Option<usize>) -> Result<Self, Error> {
        let Some(len) = len else {
            return unsupported("a list of unknown length");
        };
        self.varint(len as u64);
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
        self.structs.push(name);
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

impl ser::SerializeSeq for &mut Packer {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

impl ser::SerializeStruct for &mut Packer {
    type Ok = ();
    type Error = Error;
    /// The catalogue's types skip only empty options in JSON (`skip_serializing_if =
    /// "Option::is_none"`, so that the downloads carry no `"quote": null`); the packed form is
    /// positional, so a skipped field is written as the `None` it is.
    fn skip_field(&mut self, name: &'static str) -> Result<(), Error> {
        if self.leaves_out(name) {
            return Ok(());
        }
        None::<()>.serialize(&mut **self)
    }
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if self.leaves_out(name) {
            return Ok(());
        }
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<(), Error> {
        self.structs.pop();
        Ok(())
    }
}
