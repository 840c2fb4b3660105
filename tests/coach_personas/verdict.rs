//! The verdict and the cards (issue 19): the results' first sentence never says more than
//! the role card it rests on.

use super::*;

/// The answer sets of issue 19: only Coding rated (5), and six soft and front-end skills
/// rated 5 with the rest skipped. Both once read "ready" over "Low confidence" cards.
fn thin_answer_sets(c: &Catalog) -> Vec<(&'static str, Answers)> {
    let rated = |pairs: &[(&str, u8)]| {
        let mut a = Answers::default();
        for s in &c.skills {
            let level = pairs.iter().find(|(id, _)| *id == s.id).map(|&(_, l)| l);
            a.ratings
                .insert(s.id.clone(), level.map_or(Rating::Skipped, Rating::Level));
        }
        a
    };
    vec![
        ("only coding", rated(&[("coding", 5)])),
        (
            "soft and front-end only",
            rated(
                &[
                    "communication",
                    "organisation",
                    "problem-solving",
                    "debugging-testing",
                    "html-css",
                    "javascript",
                ]
                .map(|s| (s, 5)),
            ),
        ),
        ("nothing", Answers::default()),
    ]
}

#[test]
fn the_verdict_and_the_cards_never_disagree() {
    use skillcheck::core::results::results;
    use skillcheck::core::scoring::Confidence;
    use skillcheck::core::seniority::Suitability;
    use skillcheck::core::verdict::{headline, Voice};
    let c = catalog();
    let sets = ALL
        .iter()
        .map(|p| (p.name, answers(&c, p)))
        .chain(thin_answer_sets(&c));
    for (name, a) in sets {
        let r = results(&c, &a);
        let v = &r.seniority;
        let about = v
            .about
            .as_ref()
            .expect("the catalog has the junior and senior roles");
        // The verdict reads the very match the card shows.
        let card = r.ranking.iter().find(|m| m.role == about.role).unwrap();
        assert_eq!(card, about, "{name}");
        let text = headline(&c, v, Voice::Own);
        let ready = matches!(
            v.suitability,
            Suitability::SeniorReady | Suitability::JuniorReady
        );
        assert_eq!(
            ready,
            card.readiness == ReadyNow,
            "{name}: {text} but the card says {}",
            card.readiness.label()
        );
        assert_eq!(text.contains("ready for"), ready, "{name}: {text}");
        if card.confidence == Confidence::Low {
            assert!(
                !ready && text.starts_with("Too early to say"),
                "{name}: {text}"
            );
        }
        assert!(
            text.contains(&format!("readiness: {}", card.readiness.label())) || card.percent == 0,
            "{name}: {text}"
        );
        if !card.unknown.is_empty() {
            assert!(
                text.contains(&format!("{} of", card.unknown.len())) || text.contains("all "),
                "{name}: the unknown part is said: {text}"
            );
        }
        let shared = headline(&c, v, Voice::Shared);
        assert!(
            !shared.contains("You") && !shared.contains(" you"),
            "{name}: {shared}"
        );
    }
}
