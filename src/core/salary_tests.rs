use super::*;

#[test]
fn percentages_keep_the_seeds_digits_and_always_show_a_sign() {
    assert_eq!(pct_text(3.76), "+3.76%");
    assert_eq!(pct_text(-28.74), "-28.74%");
    assert_eq!(pct_text(-48.8), "-48.8%");
    assert_eq!(pct_text(0.92), "+0.92%");
    assert_eq!(pct_text(10.0), "+10%");
    assert_eq!(pct_text(-0.5), "-0.5%");
}

fn bls(level: Option<Seniority>) -> RoleSalary {
    RoleSalary::Bls {
        category: "Software developers".into(),
        median: Usd {
            usd: 132_270,
            approx: false,
        },
        as_of: "May 2023".into(),
        url: "https://www.bls.gov/ooh/".into(),
        level,
    }
}

#[test]
fn a_level_specific_title_says_on_the_same_line_that_the_figure_is_for_all_levels() {
    assert_eq!(
        bls(Some(Seniority::Junior)).summary(),
        "$132,270 a year: BLS median for Software developers (May 2023) — all experience \
         levels, not junior-specific"
    );
    let senior = bls(Some(Seniority::Senior)).lines();
    assert_eq!(senior.len(), 1);
    assert_eq!(
        senior[0].text(),
        "$132,270 a year: BLS median for Software developers (May 2023) — all experience \
         levels, not senior-specific"
    );
    // The note is part of the line itself, not a separate note.
    assert!(senior[0].after.contains("not senior-specific"));
    assert_eq!(all_levels_note(Seniority::Mid), None);
    assert_eq!(
        bls(None).summary(),
        "$132,270 a year: BLS median for Software developers (May 2023)"
    );
}

fn sourced(name: &str, as_of: &str, thousands: u32) -> SourcedAmount {
    SourcedAmount {
        source: SourceRef {
            name: name.into(),
            url: "https://example.com/".into(),
            as_of: as_of.into(),
        },
        amount: Usd {
            usd: thousands * 1000,
            approx: true,
        },
    }
}

#[test]
fn the_seeds_date_is_said_once_under_the_figures_not_on_each_line() {
    const ARTICLE: &str = "as published in the source article (2024), not re-checked";
    let seed = RoleSalary::Seed(vec![
        sourced("Indeed.com", ARTICLE, 133),
        sourced("Glassdoor", ARTICLE, 97),
    ]);
    let lines: Vec<String> = seed.lines().iter().map(FigureLine::text).collect();
    assert_eq!(
        lines,
        [
            "Indeed.com average: $133K a year",
            "Glassdoor average: $97K a year"
        ]
    );
    assert_eq!(
        seed.notes(),
        [format!("Indeed.com and Glassdoor averages: {ARTICLE}.")]
    );
    // Sources with different dates each say their own, once.
    let mixed = RoleSalary::Seed(vec![
        sourced("A", "May 2023", 1),
        sourced("B", ARTICLE, 2),
        sourced("A", "May 2023", 3),
    ]);
    assert_eq!(
        mixed.notes(),
        [
            "A average: May 2023.".to_string(),
            format!("B average: {ARTICLE}.")
        ]
    );
    assert_eq!(bls(None).notes(), [BLS_NOTE]);
    assert!(RoleSalary::NoFigure.notes().is_empty());
}

#[test]
fn the_panel_note_explains_bls_medians_only_when_one_is_shown_and_gives_no_checked_date() {
    let plain = "Pay varies with experience, employer and city, so treat these figures as \
         rough guides.";
    assert_eq!(panel_note(&[RoleSalary::NoFigure]), plain);
    assert_eq!(
        panel_note(&[RoleSalary::NoFigure, bls(Some(Seniority::Junior))]),
        format!(
            "A BLS median is for a whole occupation category, not for the job title itself: \
             the source article gives no figure for that title. {plain}"
        )
    );
}

#[test]
fn lists_read_as_english() {
    assert_eq!(small::and_list::<&str>(&[]), "");
    assert_eq!(small::and_list(&["a"]), "a");
    assert_eq!(small::and_list(&["a", "b"]), "a and b");
    assert_eq!(small::and_list(&["a", "b", "c"]), "a, b and c");
}

fn k(thousands: u32) -> Usd {
    Usd {
        usd: thousands * 1000,
        approx: true,
    }
}

#[test]
fn differences_are_said_in_rounded_dollars_and_whole_percentages() {
    let us = Usd {
        usd: 158_330,
        approx: false,
    };
    assert_eq!(
        gap(k(158), k(133), -15.37, true).as_deref(),
        Some("$25K (15%) less")
    );
    assert_eq!(
        gap(k(158), k(133), -15.37, false).as_deref(),
        Some("$25K less")
    );
    assert_eq!(
        gap(us, k(120), -23.75, true).as_deref(),
        Some("$38K (24%) less")
    );
    assert_eq!(
        gap(us, k(164), 3.76, true).as_deref(),
        Some("$6K (4%) more")
    );
    // $670 more rounds to $1K; 0.92% to 1%.
    assert_eq!(
        gap(us, k(159), 0.92, true).as_deref(),
        Some("$1K (1%) more")
    );
    assert_eq!(
        gap(k(100), k(101), 0.4, true).as_deref(),
        Some("$1K (under 1%) more")
    );
    // Within $500, or amounts and percentage pointing opposite ways: about the same.
    assert_eq!(gap(us, k(158), -0.2, true), None);
    assert_eq!(gap(k(100), k(101), -0.5, true), None);
    assert_eq!(gap(k(100), k(100), 0.0, false), None);
}

#[test]
fn bls_label_names_category_and_date() {
    assert_eq!(
        bls_label("Computer programmers", "2023"),
        "BLS median for Computer programmers (2023)"
    );
}
