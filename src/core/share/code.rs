//! Encoding a result as a share code and decoding it back. The layout is specified in
//! `docs/share-format.md`; keep the two in step.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::bits::{BitReader, BitWriter, Malformed};
use super::checksum::crc16;
use super::error::{ShareError, VersionKind};
use super::link::{code_from_link, is_code_char};
use super::SharedResult;
use crate::core::answers::{Answers, CheckOutcome, Rating, MAX_LEVEL};
use crate::core::catalog::{Catalog, Skill};
use crate::core::{checks, small};

/// The layout version this app writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;
const FORMAT_BITS: u32 = 4;
const RATING_BITS: u32 = 3;
const RATING_SKIPPED: u32 = 6;
const RATING_NOT_ANSWERED: u32 = 7;
const CHECK_BITS: u32 = 2;
const CHECKSUM_BYTES: usize = 2;

impl From<Malformed> for ShareError {
    fn from(_: Malformed) -> Self {
        ShareError::Damaged
    }
}

/// The skills a code made at `data_version` holds, in the order it holds them.
fn skills_at(catalog: &Catalog, data_version: u32) -> impl Iterator<Item = &Skill> {
    catalog
        .skills
        .iter()
        .filter(move |s| s.since <= data_version)
}

/// What a code made with this catalog keeps of `result`, i.e. what [`decode`] gives back
/// for [`encode`]'s code: ratings of the catalog's skills (levels 0 to [`MAX_LEVEL`] or
/// skipped), outcomes of the questions [`checks::selected`] picks for those ratings, and a
/// city the catalog lists. Anything else is left out.
pub fn shareable(catalog: &Catalog, result: &SharedResult) -> SharedResult {
    let version = catalog.meta.data_version;
    let ratings = small::inserted(skills_at(catalog, version).filter_map(|s| {
        let rating = *result.answers.ratings.get(&s.id)?;
        let valid = rating.level().is_none_or(|l| l <= MAX_LEVEL);
        valid.then(|| (s.id.clone(), rating))
    }));
    let mut answers = Answers {
        ratings,
        checks: Default::default(),
    };
    answers.checks = small::inserted(
        checks::selected(catalog, &answers, version)
            .into_iter()
            .filter_map(|q| Some((q.id.clone(), *result.answers.checks.get(&q.id)?))),
    );
    let city = result
        .city
        .as_ref()
        .filter(|id| catalog.salaries.cities.iter().any(|c| &c.id == *id))
        .cloned();
    SharedResult { answers, city }
}

/// The share code for `result`, made with the catalog's current `data_version`. Only what
/// [`shareable`] keeps goes in.
pub fn encode(catalog: &Catalog, result: &SharedResult) -> String {
    let version = catalog.meta.data_version;
    let kept = shareable(catalog, result);
    let mut w = BitWriter::default();
    w.write(FORMAT_VERSION, FORMAT_BITS);
    w.write_varint(version);
    let city = kept
        .city
        .and_then(|id| catalog.salaries.cities.iter().position(|c| c.id == id));
    // 0 means no city; a city is its position in `salaries.cities` plus one.
    w.write_varint(city.map_or(0, |i| i as u32 + 1));
    for skill in skills_at(catalog, version) {
        let field = match kept.answers.ratings.get(&skill.id) {
            Some(Rating::Level(l)) => u32::from(*l),
            Some(Rating::Skipped) => RATING_SKIPPED,
            None => RATING_NOT_ANSWERED,
        };
        w.write(field, RATING_BITS);
    }
    for question in checks::selected(catalog, &kept.answers, version) {
        let field = match kept.answers.checks.get(&question.id) {
            None => 0,
            Some(CheckOutcome::Right) => 1,
            Some(CheckOutcome::Wrong) => 2,
            Some(CheckOutcome::Skipped) => 3,
        };
        w.write(field, CHECK_BITS);
    }
    let mut bytes = w.into_bytes();
    let sum = crc16(&bytes);
    bytes.extend_from_slice(&sum.to_be_bytes());
    URL_SAFE_NO_PAD.encode(bytes)
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
    read_payload(catalog, payload)
}

/// Reads a payload whose checksum has already matched.
fn read_payload(catalog: &Catalog, payload: &[u8]) -> Result<SharedResult, ShareError> {
    let mut r = BitReader::new(payload);
    match r.read(FORMAT_BITS)? {
        FORMAT_VERSION => {}
        0 => return Err(ShareError::Damaged),
        newer => {
            return Err(ShareError::NewerVersion {
                kind: VersionKind::Format,
                code_version: newer,
                app_version: FORMAT_VERSION,
            })
        }
    }
    let version = r.read_varint()?;
    if version > catalog.meta.data_version {
        return Err(ShareError::NewerVersion {
            kind: VersionKind::Data,
            code_version: version,
            app_version: catalog.meta.data_version,
        });
    }
    let city = match r.read_varint()? {
        0 => None,
        n => {
            let city = catalog.salaries.cities.get(n as usize - 1);
            Some(
                city.ok_or(ShareError::UnknownCity { index: n - 1 })?
                    .id
                    .clone(),
            )
        }
    };
    let mut answers = Answers::default();
    for skill in skills_at(catalog, version) {
        let rating = match r.read(RATING_BITS)? {
            RATING_NOT_ANSWERED => continue,
            RATING_SKIPPED => Rating::Skipped,
            level => Rating::Level(level as u8),
        };
        answers.ratings.insert(skill.id.clone(), rating);
    }
    // The ratings say which questions were asked, so their outcomes can be read now.
    let asked: Vec<String> = checks::selected(catalog, &answers, version)
        .into_iter()
        .map(|q| q.id.clone())
        .collect();
    for id in asked {
        let outcome = match r.read(CHECK_BITS)? {
            1 => CheckOutcome::Right,
            2 => CheckOutcome::Wrong,
            3 => CheckOutcome::Skipped,
            _ => continue,
        };
        answers.checks.insert(id, outcome);
    }
    r.finish()?;
    Ok(SharedResult { answers, city })
}
