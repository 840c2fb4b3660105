//! What a readable code could not carry over as it was: one line each for the page.

/// Something the result page says about a link it could open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareNote {
    /// A format-1 link: made before a target role could be picked.
    MadeBeforeTargets,
    /// The code names a target role this app doesn't list.
    UnknownTarget,
}

impl ShareNote {
    /// One plain sentence for the person who opened the link.
    pub fn message(self) -> &'static str {
        match self {
            ShareNote::MadeBeforeTargets => {
                "This link was made before a target role could be picked, so the result aims at the best back-end match."
            }
            ShareNote::UnknownTarget => {
                "This link aims at a role this version of the app doesn't know, so the result aims at the best back-end match instead."
            }
        }
    }
}
