//! The results' first sentence: the junior/senior verdict in the words of the role card it
//! rests on (match, readiness, how much is unknown), in the person's own voice or, on a
//! shared result, a visitor's.

use super::catalog::Catalog;
use super::scoring::{Confidence, RoleMatch};
use super::seniority::{SeniorityVerdict, Suitability};

/// Who reads the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    /// The person whose answers these are: "You look ready…".
    Own,
    /// Someone who opened a shared link: "This person looks ready…".
    Shared,
}

/// "You look ready for junior back-end roles (Junior Back End Developer: 94% match,
/// readiness: ready now; 1 of its 19 skills unknown)." The readiness is the card's own
/// label, so the sentence can never say more than the card.
pub fn headline(catalog: &Catalog, verdict: &SeniorityVerdict, voice: Voice) -> String {
    let Some(m) = verdict.about.as_ref() else {
        return match voice {
            Voice::Own => {
                "Too early to say: this check has no junior back-end role to compare you with."
            }
            Voice::Shared => {
                "Too early to say: this check has no junior back-end role to compare with."
            }
        }
        .into();
    };
    let (title, asked, unknown) = card_facts(catalog, m);
    let who = |own: &'static str, shared: &'static str| match voice {
        Voice::Own => own,
        Voice::Shared => shared,
    };
    let card = format!(
        "{title}: {}% match, readiness: {}{}",
        m.percent,
        m.readiness.label(),
        match unknown {
            0 => String::new(),
            n => format!("; {n} of its {asked} skills unknown"),
        }
    );
    match verdict.suitability {
        Suitability::SeniorReady => format!(
            "{} ready for senior back-end roles ({card}).",
            who("You look", "This person looks")
        ),
        Suitability::JuniorReady => format!(
            "{} ready for junior back-end roles ({card}).",
            who("You look", "This person looks")
        ),
        Suitability::JuniorClose => format!(
            "{} close to junior back-end roles, not ready yet ({card}).",
            who("You're", "This person is")
        ),
        Suitability::NotYet => format!(
            "{} not junior-ready yet ({card}); the plan below shows the way.",
            who("You're", "This person is")
        ),
        Suitability::TooEarly if unknown == asked => format!(
            "Too early to say: all {asked} skills {title} asks for are unknown{}.",
            who(" (rate some to see where you stand)", "")
        ),
        Suitability::TooEarly => format!(
            "Too early to say: {unknown} of the {asked} skills {title} asks for are unknown \
             ({}% match on the rest, readiness: {}){}.",
            m.percent,
            m.readiness.label(),
            who("; rate more of them for a real answer", "")
        ),
    }
}

/// What a match leaves unknown, said next to it wherever a match is shown alone (the role
/// pages): "Low confidence: 17 of the 19 skills this role asks for are unknown, so this
/// match says little." `None` when every skill is known.
pub fn unknown_caveat(catalog: &Catalog, m: &RoleMatch) -> Option<String> {
    let (_, asked, unknown) = card_facts(catalog, m);
    match (unknown, m.confidence) {
        (0, _) => None,
        (n, Confidence::Low) => Some(format!(
            "Low confidence: {n} of the {asked} skills this role asks for are unknown, so \
             this match says little."
        )),
        (n, Confidence::Normal) => Some(format!(
            "{n} of the {asked} skills this role asks for {} unknown and left out of the match.",
            if n == 1 { "is" } else { "are" }
        )),
    }
}

/// A role card's line naming the skills of its match that are unknown: "2 of its skills
/// are unknown to us (skipped or not rated): SQL, Git. Unknown skills are left out of the
/// match, not counted as zero."
pub fn unknown_skills_line(names: &[String]) -> String {
    let is = if names.len() == 1 { "is" } else { "are" };
    format!(
        "{} of its skills {is} unknown to us (skipped or not rated): {}. Unknown skills are \
         left out of the match, not counted as zero.",
        names.len(),
        names.join(", ")
    )
}

/// A review sentence written to the person ("You rated Python 3…") as a visitor reads it
/// ("They rated Python 3…").
pub fn in_voice(sentence: &str, voice: Voice) -> String {
    match voice {
        Voice::Own => sentence.to_string(),
        Voice::Shared => sentence
            .replace("You have not", "They have not")
            .replace("You rated", "They rated")
            .replace("You skipped", "They skipped")
            .replace("you skipped", "they skipped"),
    }
}

/// The role's title, how many skills it asks for and how many of them are unknown.
fn card_facts(catalog: &Catalog, m: &RoleMatch) -> (String, usize, usize) {
    let role = catalog.role(&m.role);
    let title = role.map_or_else(|| m.role.clone(), |r| r.title.clone());
    let asked = role.map_or(m.unknown.len(), |r| r.profile.len());
    (title, asked, m.unknown.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calibration::Levels;
    use crate::core::fixtures::scoring_catalog;
    use crate::core::seniority::seniority;

    fn everything(level: u8) -> Levels {
        let c = scoring_catalog();
        c.skills.iter().map(|s| (s.id.clone(), level)).collect()
    }

    #[test]
    fn the_unknown_skills_line_counts_in_good_english() {
        let one = unknown_skills_line(&["SQL".into()]);
        assert!(one.starts_with("1 of its skills is unknown to us (skipped or not rated): SQL."));
        let two = unknown_skills_line(&["SQL".into(), "Git".into()]);
        assert!(
            two.starts_with("2 of its skills are unknown to us (skipped or not rated): SQL, Git.")
        );
    }

    #[test]
    fn the_sentence_carries_the_cards_readiness_and_speaks_to_its_reader() {
        let c = scoring_catalog();
        let v = seniority(&c, &everything(5));
        let own = headline(&c, &v, Voice::Own);
        assert!(own.starts_with("You look ready for senior"), "{own}");
        assert!(own.contains("readiness: ready now"), "{own}");
        let shared = headline(&c, &v, Voice::Shared);
        assert!(shared.starts_with("This person looks ready"), "{shared}");
        assert!(
            !shared.contains("You") && !shared.contains(" you"),
            "{shared}"
        );
    }

    #[test]
    fn review_sentences_speak_of_the_person_to_a_visitor() {
        let c = scoring_catalog();
        let mut a = crate::core::answers::Answers::default();
        a.ratings
            .insert("python".into(), crate::core::answers::Rating::Level(3));
        a.ratings
            .insert("sql".into(), crate::core::answers::Rating::Skipped);
        for cal in crate::core::calibration::calibrate(&c, &a) {
            let text = in_voice(&cal.sentence, Voice::Shared);
            assert!(!text.contains("You ") && !text.contains(" you "), "{text}");
            assert_eq!(in_voice(&cal.sentence, Voice::Own), cal.sentence);
        }
    }

    #[test]
    fn nothing_known_says_too_early_never_ready() {
        let c = scoring_catalog();
        let v = seniority(&c, &Levels::new());
        let text = headline(&c, &v, Voice::Own);
        assert!(text.starts_with("Too early to say"), "{text}");
        assert!(!text.contains("ready"), "{text}");
    }

    #[test]
    fn a_single_strong_rating_says_how_much_is_unknown() {
        let c = scoring_catalog();
        let v = seniority(&c, &[("coding".to_string(), 5)].into_iter().collect());
        let text = headline(&c, &v, Voice::Shared);
        assert!(text.starts_with("Too early to say: "), "{text}");
        assert!(text.contains("asks for are unknown"), "{text}");
        assert!(!text.contains("looks ready"), "{text}");
    }
}
