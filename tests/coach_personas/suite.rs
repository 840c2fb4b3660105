//! The suite itself: the personas are well formed, every one is met, and the docs table is
//! the code's.

use super::*;

/// The specification is consistent with the catalog and with itself (independent of the
/// scoring model, so this passes whatever the model says).
#[test]
fn the_personas_are_well_formed() {
    let c = catalog();
    assert!(ALL.len() >= 20, "issue 13 asks for at least 20 personas");
    let skill_ids: BTreeSet<&str> = c.skills.iter().map(|s| s.id.as_str()).collect();
    let family_of = |id: &str| {
        c.role(id)
            .unwrap_or_else(|| panic!("unknown role {id}"))
            .family
    };
    let back_end: BTreeSet<&str> = ALL_BACK_END.iter().copied().collect();
    let related: BTreeSet<&str> = ALL_RELATED.iter().copied().collect();
    let catalog_back_end: BTreeSet<&str> = c
        .roles
        .iter()
        .filter(|r| r.family == RoleFamily::BackEnd)
        .map(|r| r.id.as_str())
        .collect();
    let catalog_related: BTreeSet<&str> = c
        .roles
        .iter()
        .filter(|r| r.family == RoleFamily::Related)
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(back_end, catalog_back_end, "ALL_BACK_END is out of date");
    assert_eq!(related, catalog_related, "ALL_RELATED is out of date");
    let mut names = BTreeSet::new();

    for p in ALL {
        let n = p.name;
        assert!(names.insert(n), "two personas are called {n}");
        // A full, honest rating of every skill of the quiz.
        let pairs = p.ratings.pairs();
        let rated: BTreeSet<&str> = pairs.iter().map(|(s, _)| *s).collect();
        assert_eq!(
            rated, skill_ids,
            "{n}: ratings must cover exactly the quiz's skills"
        );
        assert!(pairs.iter().all(|&(_, l)| l <= 5), "{n}: a level above 5");
        let distinct: BTreeSet<u8> = pairs.iter().map(|&(_, l)| l).collect();
        assert!(distinct.len() >= 3, "{n}: a template, not a person");

        // Role ids exist and sit in the right family.
        assert!(
            (1..=2).contains(&p.first.len()),
            "{n}: first is one title, or two"
        );
        assert!(!p.first_readiness.is_empty(), "{n}: no first readiness");
        for id in p
            .first
            .iter()
            .chain(p.top3_includes)
            .chain(p.must_not_top3)
            .chain(p.back_end_not_ready)
        {
            assert_eq!(family_of(id), RoleFamily::BackEnd, "{n}: {id}");
        }
        for id in p
            .related_first
            .iter()
            .chain(p.related_may)
            .chain(p.related_never_ready)
        {
            assert_eq!(family_of(id), RoleFamily::Related, "{n}: {id}");
        }
        // No contradictions.
        assert!(p.top3_includes.len() <= 3, "{n}");
        for id in p.first.iter().chain(p.top3_includes) {
            assert!(
                !p.must_not_top3.contains(id),
                "{n}: {id} both wanted and banned"
            );
        }
        for id in p.related_first {
            assert!(
                p.related_may.contains(id),
                "{n}: {id} first but not allowed"
            );
        }
        if p.first_readiness == [ReadyNow] {
            for id in p.first {
                assert!(!p.back_end_not_ready.contains(id), "{n}: {id}");
            }
        }
        for id in UNSEEN_CORE {
            assert!(
                p.related_never_ready.contains(id),
                "{n}: {id}'s core is unseen by the quiz, so it is never ready now"
            );
        }
        assert!(
            p.must_not_top3.len() <= ALL_BACK_END.len() - 3,
            "{n}: bans too many titles to fill a top three"
        );

        // Over-raters: each over-rated skill is rated above its real level and is checked.
        if let Checks::OverRated(real) = p.checks {
            let a = answers(&c, p);
            let missed = a
                .checks
                .values()
                .filter(|o| **o == CheckOutcome::Wrong)
                .count();
            assert!(missed > 0, "{n}: an over-rater who misses no check");
            for &(skill, level) in real {
                let rated = pairs.iter().find(|(s, _)| *s == skill).unwrap().1;
                assert!(rated > level, "{n}: {skill} is not over-rated");
                assert!(
                    !checks::for_skill(&c, skill, rated, &a.checks, c.meta.data_version).is_empty(),
                    "{n}: no check is asked on {skill}"
                );
            }
        } else {
            let a = answers(&c, p);
            assert!(a.checks.values().all(|o| *o == CheckOutcome::Right), "{n}");
        }
    }
}

/// The page that shows the persona table, and the comments around its generated part.
const TABLE_DOC: &str = "docs/scoring.md";
const TABLE_START: &str = "<!-- persona-table:start -->";
const TABLE_END: &str = "<!-- persona-table:end -->";

/// docs/scoring.md shows `persona_table` exactly, so the page can never drift from the code.
/// `UPDATE_PERSONA_TABLE=1 cargo test --test coach_personas` rewrites the page's table.
#[test]
fn the_persona_table_in_the_docs_is_the_codes() {
    let c = catalog();
    let table = persona_table(&c);
    assert_eq!(table.lines().count(), ALL.len() + 2);
    let generated = format!("{TABLE_START}\n\n{table}\n{TABLE_END}");

    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE_DOC);
    let doc = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let once = |marker: &str| {
        let found: Vec<usize> = doc.match_indices(marker).map(|(i, _)| i).collect();
        match found[..] {
            [i] => i,
            _ => panic!(
                "{TABLE_DOC} must hold `{marker}` exactly once (found {})",
                found.len()
            ),
        }
    };
    let (start, end) = (once(TABLE_START), once(TABLE_END) + TABLE_END.len());
    assert!(
        start < end,
        "{TABLE_DOC}: `{TABLE_END}` comes before `{TABLE_START}`"
    );
    let documented = doc[start..end].replace("\r\n", "\n");
    if documented == generated {
        return;
    }
    if std::env::var("UPDATE_PERSONA_TABLE").as_deref() == Ok("1") {
        let updated = format!("{}{generated}{}", &doc[..start], &doc[end..]);
        std::fs::write(&path, updated)
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
        eprintln!("UPDATE_PERSONA_TABLE=1: rewrote the persona table in {TABLE_DOC}");
        return;
    }
    panic!(
        "the persona table in {TABLE_DOC} differs from the code \
         (`-` the page, `+` the code):\n{}\n\
         Rewrite it with `UPDATE_PERSONA_TABLE=1 cargo test --test coach_personas`, then \
         review the change (a persona's results moved: is the coach still satisfied?).",
        line_diff(&documented, &generated)
    );
}

/// A line diff of `old` and `new` (longest common subsequence): changed lines only, `-` old,
/// `+` new, each with its line number within the generated part.
fn line_diff(old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    // common[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut common = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            common[i][j] = if a[i] == b[j] {
                common[i + 1][j + 1] + 1
            } else {
                common[i + 1][j].max(common[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, String::new());
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            (i, j) = (i + 1, j + 1);
        } else if j == b.len() || (i < a.len() && common[i + 1][j] >= common[i][j + 1]) {
            out += &format!("  - {:>3}: {}\n", i + 1, a[i]);
            i += 1;
        } else {
            out += &format!("  + {:>3}: {}\n", j + 1, b[j]);
            j += 1;
        }
    }
    out
}

/// Every persona, in one test: also catches a persona added to `ALL` without a test of its
/// own above.
#[test]
fn every_persona_is_met() {
    for p in ALL {
        check(p);
    }
}
