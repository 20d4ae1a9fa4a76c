//! A party's decision item as PDF: `templates/decision.typ` over the
//! item's words, with the agreement's standards and determinism.

use typst::foundations::Bytes;

use super::world::{self, Asset};
use super::{Job, RenderError, Rendered, Renderer, Standard};
use crate::decisions::DecisionItem;

/// The entry template of the decision item.
const DECISION_PATH: &str = "/decision.typ";
/// The built-in one where a template directory has none.
const BUILTIN_DECISION_PATH: &str = "/builtin/decision.typ";

impl Renderer {
    /// Renders a party's decision item ([`DecisionItem`], from
    /// [`ValidatedDecisions::draft`](crate::decisions::ValidatedDecisions::draft))
    /// as PDF in the standards given (PDF/A-2b + PDF/UA-1 by default), tagged,
    /// in the item's language; the same item gives the same bytes.
    ///
    /// ```
    /// use sopimus::decisions::{self, DraftOptions};
    /// use sopimus::{Renderer, Standard};
    ///
    /// let agreement = sopimus::load("examples/kanta-hame-2023.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let decisions = decisions::load("examples/kanta-hame-2023.decisions.toml")?.validate(&agreement)?;
    /// let item = decisions.draft(&agreement, &agreement.agreement().parties[2].id, &DraftOptions::new())?;
    /// let pdf = Renderer::new().render_decision_item(&item, Standard::default())?;
    /// assert!(pdf.pdf.starts_with(b"%PDF-"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RenderError::Template`] and [`RenderError::Export`] as for
    /// [`Renderer::render`].
    pub fn render_decision_item(
        &self,
        item: &DecisionItem,
        standard: Standard,
    ) -> Result<Rendered, RenderError> {
        let mut view = serde_json::to_value(item).expect("the item serialises");
        super::view::adjust_text_for_layout(&mut view);
        let (y, m, d) = (item.date.year(), item.date.month(), item.date.day());
        if let serde_json::Value::Object(map) = &mut view {
            map.insert("date_parts".to_owned(), serde_json::json!([y, m, d]));
            map.insert("lang".to_owned(), item.language.code().into());
        }
        let own = world::file_id(DECISION_PATH);
        let main = if matches!(self.assets.files.get(&own), Some(Asset::Source(_))) {
            own
        } else {
            world::file_id(BUILTIN_DECISION_PATH)
        };
        let result = self.compile(Job {
            main,
            data: Bytes::new(serde_json::to_vec(&view).expect("the view serialises")),
            attachment: None,
            changes: None,
            date: item.date,
            ident: format!(
                "sopimus:decision:{}:{}:{}",
                item.party,
                item.language.code(),
                item.date
            ),
            standard,
        });
        typst::comemo::evict(8);
        result
    }
}
