//! Share-code format 1 (links made before format 2): read as they always were, with the
//! check-question rule frozen in `checks::format1`. The result aims at the default target
//! and says so (see `docs/share-format.md`).

use super::bits::BitReader;
use super::code::{check_outcome, read_city, read_data_version, read_ratings, CHECK_BITS};
use super::{ShareError, ShareNote, SharedResult};
use crate::core::catalog::Catalog;
use crate::core::checks;
use crate::core::mode::ResultMode;

/// The rest of a format-1 payload, after its version field.
pub(super) fn read(catalog: &Catalog, mut r: BitReader) -> Result<SharedResult, ShareError> {
    let version = read_data_version(catalog, &mut r)?;
    let city = read_city(catalog, &mut r)?;
    let mut answers = read_ratings(catalog, &mut r, version)?;
    // The ratings say which questions were asked, so their outcomes can be read now.
    let asked: Vec<String> = checks::format1::selected(catalog, &answers, version)
        .into_iter()
        .map(|q| q.id.clone())
        .collect();
    for id in asked {
        if let Some(outcome) = check_outcome(r.read(CHECK_BITS)?) {
            answers.checks.insert(id, outcome);
        }
    }
    r.finish()?;
    Ok(SharedResult {
        answers,
        city,
        target: None,
        mode: ResultMode::Checked,
        notes: vec![ShareNote::MadeBeforeTargets],
    })
}

/// A format-1 code, as the app wrote them before format 2: for tests of old links only.
#[cfg(test)]
pub fn encode(catalog: &Catalog, result: &SharedResult) -> String {
    use super::bits::BitWriter;
    use super::code::{check_field, finish_code, write_ratings, FORMAT_BITS};
    let version = catalog.meta.data_version;
    let mut w = BitWriter::default();
    w.write(1, FORMAT_BITS);
    w.write_varint(version);
    let city = result
        .city
        .as_ref()
        .and_then(|id| catalog.salaries.cities.iter().position(|c| &c.id == id));
    w.write_varint(city.map_or(0, |i| i as u32 + 1));
    write_ratings(&mut w, catalog, version, &result.answers);
    for question in checks::format1::selected(catalog, &result.answers, version) {
        w.write(
            check_field(result.answers.checks.get(&question.id)),
            CHECK_BITS,
        );
    }
    finish_code(w)
}
