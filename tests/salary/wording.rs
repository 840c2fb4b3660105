//! How pay is worded: medians and averages, figures "as published" with no checked date,
//! and differences in rounded dollars and percentages.

use super::*;

/// Every text shown for a role's pay: the card's summary, the detail lines and the notes.
fn texts(s: &RoleSalary) -> Vec<String> {
    let mut all = vec![s.summary()];
    all.extend(s.lines().iter().map(|l| l.text()));
    all.extend(s.notes());
    all
}

/// A `YYYY-MM-DD` date anywhere in `text`.
fn has_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

#[test]
fn bls_figures_are_called_medians_and_the_seeds_figures_averages() {
    let c = catalog();
    let (mut bls, mut seed) = (0, 0);
    for role in &c.roles {
        let s = role_salary(&c, &role.id);
        match &s {
            RoleSalary::Bls { .. } => {
                bls += 1;
                for text in texts(&s) {
                    assert!(text.contains("median"), "{}: {text}", role.id);
                    assert!(
                        !text.to_lowercase().contains("average"),
                        "{}: {text}",
                        role.id
                    );
                }
            }
            RoleSalary::Seed(_) => {
                seed += 1;
                for text in texts(&s) {
                    assert!(text.contains("average"), "{}: {text}", role.id);
                    assert!(!text.contains("median"), "{}: {text}", role.id);
                }
            }
            RoleSalary::NoFigure => {}
        }
    }
    assert_eq!((bls, seed), (11, 7));
    assert_eq!(
        role_salary(&c, "python-developer")
            .lines()
            .iter()
            .map(|l| l.text())
            .collect::<Vec<_>>(),
        [
            "Indeed.com average: $133K a year",
            "Glassdoor average: $97K a year"
        ]
    );
    assert_eq!(role_salary(&c, "qa-engineer").notes(), [BLS_NOTE]);
    // The panel names each kind of figure; none of its BLS figures is an average.
    assert!(PANEL_INTRO.contains("US Bureau of Labor Statistics (BLS) medians"));
    assert!(PANEL_INTRO.contains("Indeed.com and Glassdoor averages"));
    assert!(COMPARISON_SOURCE.contains("Indeed.com averages"));
    let with_bls = panel_note(&[role_salary(&c, "qa-engineer")]);
    assert!(with_bls.starts_with("A BLS median is for a whole occupation category"));
}

#[test]
fn the_articles_figures_say_as_published_not_re_checked_and_never_a_checked_date() {
    let c = catalog();
    const ARTICLE: &str = "as published in the source article (2024), not re-checked";
    assert_eq!(
        role_salary(&c, "python-developer").notes(),
        [format!("Indeed.com and Glassdoor averages: {ARTICLE}.")]
    );
    assert_eq!(
        role_salary(&c, "back-end-developer").notes(),
        [format!("Indeed.com average: {ARTICLE}.")]
    );
    // Said once in the notes, not on every line.
    for role in &c.roles {
        let s = role_salary(&c, &role.id);
        for line in s.lines() {
            assert!(!line.text().contains("as published"), "{}", line.text());
        }
        for text in texts(&s) {
            assert!(!has_iso_date(&text), "{}: {text}", role.id);
            assert!(!text.contains(&c.meta.as_of), "{}: {text}", role.id);
            assert!(!text.contains("last checked"), "{}: {text}", role.id);
        }
    }
    // The panel lists each date once: the article's two sources together.
    let groups: Vec<String> = source_groups(&c).iter().map(|g| g.text()).collect();
    assert_eq!(
        groups,
        [
            format!("Indeed.com and Glassdoor: {ARTICLE}"),
            "US Bureau of Labor Statistics, Occupational Outlook Handbook: 2023 and May 2024 \
             (each category states its own date)"
                .to_string()
        ]
    );
    // The panel's closing note gives no check date, with or without BLS figures shown.
    let shown: Vec<RoleSalary> = c.roles.iter().map(|r| role_salary(&c, &r.id)).collect();
    for note in [panel_note(&shown), panel_note(&[]), PANEL_INTRO.to_string()] {
        assert!(!note.contains(&c.meta.as_of), "{note}");
        assert!(!has_iso_date(&note), "{note}");
        assert!(!note.contains("checked"), "{note}");
    }
    assert!(!COMPARISON_SOURCE.contains("checked") && !has_iso_date(COMPARISON_SOURCE));
    assert!(!has_iso_date("2024") && has_iso_date("checked 2026-11-24"));
}

#[test]
fn differences_are_said_in_rounded_dollars_and_percentages_the_seeds_digits_kept_for_checks() {
    let c = catalog();
    let gaps: Vec<(String, String)> = c
        .salaries
        .cities
        .iter()
        .map(|x| {
            let s = city(&c, &x.id).unwrap();
            (s.name, s.gap)
        })
        .collect();
    let us = "than the US average of $158,330";
    let expected = [
        ("Orange County, CA", "$6K (4%) more"),
        ("Los Angeles, CA", "$2K (1%) more"),
        ("Washington, D.C.", "$1K (1%) more"),
        ("Miami, FL", "$2K (1%) less"),
        ("Chicago, IL", "$2K (1%) less"),
        ("New York City", "$5K (3%) less"),
        ("Dallas, TX", "$29K (18%) less"),
        ("Alexandria, VA", "$35K (22%) less"),
        ("Houston, TX", "$38K (24%) less"),
        ("Fairfax, VA", "$46K (29%) less"),
    ]
    .map(|(n, g)| (n.to_string(), format!("{g} {us}")));
    assert_eq!(gaps, expected);
    // The exact percentage as the seed prints it stays alongside.
    assert_eq!(city(&c, "houston-tx").unwrap().diff, "-23.75%");

    let rows: Vec<(String, String)> = comparison(&c)
        .into_iter()
        .map(|r| (r.label, r.difference))
        .collect();
    let expected = [
        ("Back End Developer: $158K (base)", "base"),
        ("Python Developer: $133K, $25K less", "$25K (15%) less"),
        ("Full Stack Developer: $127K, $31K less", "$31K (20%) less"),
        ("Product Manager: $121K, $37K less", "$37K (23%) less"),
        ("Software Engineer: $105K, $53K less", "$53K (34%) less"),
        ("Web Developer: $81K, $77K less", "$77K (49%) less"),
        ("Web Designer: $53K, $105K less", "$105K (66%) less"),
    ]
    .map(|(l, d)| (l.to_string(), d.to_string()));
    assert_eq!(rows, expected);
    // What the page says never carries the seed's two-decimal percentages.
    for text in rows
        .iter()
        .flat_map(|(l, d)| [l, d])
        .chain(gaps.iter().map(|(_, g)| g))
    {
        assert!(!text.contains('.'), "{text}");
    }
}
