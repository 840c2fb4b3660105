//! Encoding a result as a share code (format 2) and decoding any code this app has ever
//! written. The layout is specified in `docs/share-format.md`; keep the two in step.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::bits::{BitReader, BitWriter, Malformed};
use super::checksum::crc16;
use super::error::{ShareError, VersionKind};
use super::link::{code_from_link, is_code_char};
use super::{format1, ShareNote, SharedResult};
use crate::core::answers::{Answers, CheckOutcome, Rating, MAX_LEVEL};
use crate::core::catalog::{Catalog, Skill};
use crate::core::mode::ResultMode;
use crate::core::{checks, small};

/// The layout version this app writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 2;
pub(super) const FORMAT_BITS: u32 = 4;
const RATING_BITS: u32 = 3;
const RATING_SKIPPED: u32 = 6;
const RATING_NOT_ANSWERED: u32 = 7;
pub(super) const CHECK_BITS: u32 = 2;
const CHECKSUM_BYTES: usize = 2;

impl From<Malformed> for ShareError {
    fn from(_: Malformed) -> Self {
        ShareError::Damaged
    }
}

/// The skills a code made at `data_version` holds, in the order it holds them.
pub(super) fn skills_at(catalog: &Catalog, data_version: u32) -> impl Iterator<Item = &Skill> {
    catalog
        .skills
        .iter()
        .filter(move |s| s.since <= data_version)
}

/// What a code made with this catalog keeps of `result`, i.e. what [`decode`] gives back
/// for [`encode`]'s code: ratings of the catalog's skills (levels 0 to [`MAX_LEVEL`] or
/// skipped), the outcomes of the questions [`checks::selected`] asks for them (none for a
/// quick result), a city and a target role the catalog lists, and the mode.
pub fn shareable(catalog: &Catalog, result: &SharedResult) -> SharedResult {
    let version = catalog.meta.data_version;
    let ratings = small::inserted(skills_at(catalog, version).filter_map(|s| {
        let rating = *result.answers.ratings.get(&s.id)?;
        let valid = rating.level().is_none_or(|l| l <= MAX_LEVEL);
        valid.then(|| (s.id.clone(), rating))
    }));
    let mut answers = Answers {
        ratings,
        checks: result.answers.checks.clone(),
    };
    answers = match result.mode {
        ResultMode::Checked => checks::fitting(catalog, &answers, version).0,
        ResultMode::Quick => Answers {
            checks: Default::default(),
            ..answers
        },
    };
    let city = result
        .city
        .as_ref()
        .filter(|id| catalog.salaries.cities.iter().any(|c| &c.id == *id))
        .cloned();
    let target = result
        .target
        .as_ref()
        .filter(|id| catalog.role(id).is_some())
        .cloned();
    SharedResult {
        answers,
        city,
        target,
        mode: result.mode,
        notes: Vec::new(),
    }
}

/// `0` for none, else 1 + the position of `id` among `ids`.
fn position_field<'a>(id: Option<&String>, ids: impl Iterator<Item = &'a String>) -> u32 {
    let mut ids = ids;
    id.and_then(|id| ids.position(|x| x == id))
        .map_or(0, |i| i as u32 + 1)
}

/// The share code for `result`, made with the catalog's current `data_version`. Only what
/// [`shareable`] keeps goes in.
pub fn encode(catalog: &Catalog, result: &SharedResult) -> String {
    let version = catalog.meta.data_version;
    let kept = shareable(catalog, result);
    let mut w = BitWriter::default();
    w.write(FORMAT_VERSION, FORMAT_BITS);
    w.write_varint(version);
    let cities = catalog.salaries.cities.iter().map(|c| &c.id);
    w.write_varint(position_field(kept.city.as_ref(), cities));
    let roles = catalog.roles.iter().map(|r| &r.id);
    w.write_varint(position_field(kept.target.as_ref(), roles));
    w.write(u32::from(kept.mode == ResultMode::Quick), 1);
    write_ratings(&mut w, catalog, version, &kept.answers);
    if kept.mode == ResultMode::Checked {
        for question in checks::selected(catalog, &kept.answers, version) {
            w.write(
                check_field(kept.answers.checks.get(&question.id)),
                CHECK_BITS,
            );
        }
    }
    finish_code(w)
}

/// The payload's bytes with their checksum, as base64url.
pub(super) fn finish_code(w: BitWriter) -> String {
    let mut bytes = w.into_bytes();
    let sum = crc16(&bytes);
    bytes.extend_from_slice(&sum.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A check question's field: 0 not answered, 1 right, 2 wrong, 3 skipped.
pub(super) fn check_field(outcome: Option<&CheckOutcome>) -> u32 {
    match outcome {
        None => 0,
        Some(CheckOutcome::Right) => 1,
        Some(CheckOutcome::Wrong) => 2,
        Some(CheckOutcome::Skipped) => 3,
    }
}

/// The outcome a check question's field holds (`None`: not answered).
pub(super) fn check_outcome(field: u32) -> Option<CheckOutcome> {
    match field {
        1 => Some(CheckOutcome::Right),
        2 => Some(CheckOutcome::Wrong),
        3 => Some(CheckOutcome::Skipped),
        _ => None,
    }
}

pub(super) fn write_ratings(w: &mut BitWriter, catalog: &Catalog, version: u32, a: &Answers) {
    for skill in skills_at(catalog, version) {
        let field = match a.ratings.get(&skill.id) {
            Some(Rating::Level(l)) => u32::from(*l),
            Some(Rating::Skipped) => RATING_SKIPPED,
            None => RATING_NOT_ANSWERED,
        };
        w.write(field, RATING_BITS);
    }
}

/// The result in a pasted code, fragment or whole link (see [`code_from_link`]), read with
/// the catalog as it was at the code's `data_version`. Never panics, whatever the input.
pub fn decode(catalog: &Catalog, pasted: &str) -> Result<SharedResult, ShareError> {
    let code = code_from_link(pasted);
    if code.is_empty() {
        return Err(ShareError::Empty);
    }
    if !code.chars().all(is_code_char) {
        return Err(ShareError::NotACode);
    }
    // Only length and unused-trailing-bit errors are left once the characters are valid.
    let bytes = URL_SAFE_NO_PAD
        .decode(code)
        .map_err(|_| ShareError::Damaged)?;
    if bytes.len() <= CHECKSUM_BYTES {
        return Err(ShareError::Damaged);
    }
    let (payload, sum) = bytes.split_at(bytes.len() - CHECKSUM_BYTES);
    if crc16(payload).to_be_bytes() != sum {
        return Err(ShareError::Damaged);
    }
    let mut r = BitReader::new(payload);
    match r.read(FORMAT_BITS)? {
        1 => format1::read(catalog, r),
        FORMAT_VERSION => read_format2(catalog, r),
        0 => Err(ShareError::Damaged),
        newer => Err(ShareError::NewerVersion {
            kind: VersionKind::Format,
            code_version: newer,
            app_version: FORMAT_VERSION,
        }),
    }
}

/// The rest of a format-2 payload, after its version field.
fn read_format2(catalog: &Catalog, mut r: BitReader) -> Result<SharedResult, ShareError> {
    let version = read_data_version(catalog, &mut r)?;
    let city = read_city(catalog, &mut r)?;
    let mut notes = Vec::new();
    let target = match r.read_varint()? {
        0 => None,
        n => {
            let role = catalog.roles.get(n as usize - 1);
            // An unknown target is not worth losing the result over: the default is shown.
            if role.is_none() {
                notes.push(ShareNote::UnknownTarget);
            }
            role.map(|role| role.id.clone())
        }
    };
    let mode = match r.read(1)? {
        0 => ResultMode::Checked,
        _ => ResultMode::Quick,
    };
    let mut answers = read_ratings(catalog, &mut r, version)?;
    if mode == ResultMode::Checked {
        // Each outcome says whether another question follows it (a miss opens the next);
        // an unanswered one ends its skill's questions, as it did in the quiz.
        let mut unanswered = crate::core::small::ListSet::default();
        while let Some(q) = checks::selected(catalog, &answers, version)
            .into_iter()
            .find(|q| !answers.checks.contains_key(&q.id) && !unanswered.contains(&q.id))
        {
            let id = q.id.clone();
            match check_outcome(r.read(CHECK_BITS)?) {
                Some(outcome) => {
                    answers.checks.insert(id, outcome);
                }
                None => {
                    unanswered.insert(id);
                }
            }
        }
    }
    r.finish()?;
    Ok(SharedResult {
        answers,
        city,
        target,
        mode,
        notes,
    })
}

pub(super) fn read_data_version(catalog: &Catalog, r: &mut BitReader) -> Result<u32, ShareError> {
    let version = r.read_varint()?;
    if version > catalog.meta.data_version {
        return Err(ShareError::NewerVersion {
            kind: VersionKind::Data,
            code_version: version,
            app_version: catalog.meta.data_version,
        });
    }
    Ok(version)
}

pub(super) fn read_city(
    catalog: &Catalog,
    r: &mut BitReader,
) -> Result<Option<String>, ShareError> {
    match r.read_varint()? {
        0 => Ok(None),
        n => {
            let city = catalog.salaries.cities.get(n as usize - 1);
            Ok(Some(
                city.ok_or(ShareError::UnknownCity { index: n - 1 })?
                    .id
                    .clone(),
            ))
        }
    }
}

pub(super) fn read_ratings(
    catalog: &Catalog,
    r: &mut BitReader,
    version: u32,
) -> Result<Answers, ShareError> {
    let mut answers = Answers::default();
    for skill in skills_at(catalog, version) {
        let rating = match r.read(RATING_BITS)? {
            RATING_NOT_ANSWERED => continue,
            RATING_SKIPPED => Rating::Skipped,
            level => Rating::Level(level as u8),
        };
        answers.ratings.insert(skill.id.clone(), rating);
    }
    Ok(answers)
}
