//! The documents of the way to an agreement in force: a party's decision
//! item (`templates/decision.typ`) and the status table for the committee
//! (`templates/decision_table.typ`), each over its words, with the agreement's
//! standards and determinism.

use typst::foundations::Bytes;

use super::world::{self, Asset};
use super::{Job, RenderError, Rendered, Renderer, Standard};
use crate::decisions::{DecisionItem, StatusTable};
use crate::ids::Date;

/// The entry template of the decision item.
const DECISION_PATH: &str = "/decision.typ";
/// The entry template of the status table for the committee.
const TABLE_PATH: &str = "/decision_table.typ";

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
        let view = serde_json::to_value(item).expect("the item serialises");
        let ident = format!(
            "sopimus:decision:{}:{}:{}",
            item.party,
            item.language.code(),
            item.date
        );
        let result = self.render_view(
            DECISION_PATH,
            view,
            item.date,
            item.language.code(),
            ident,
            standard,
        );
        typst::comemo::evict(8);
        result
    }

    /// Renders the status table ([`StatusTable`], from
    /// [`Status::table`](crate::decisions::Status::table)) as a one-page
    /// landscape PDF for the committee that follows preparation: the title,
    /// the state, a row per party (what is missing marked), the
    /// terminations; tagged, the table's headings as header cells.
    ///
    /// ```
    /// use sopimus::decisions;
    /// use sopimus::{Renderer, Standard};
    ///
    /// let agreement = sopimus::load("examples/kanta-hame-2026.toml")?.validate(&sopimus::ValidateOptions::new())?;
    /// let decisions = decisions::load("examples/kanta-hame-2026.decisions.toml")?.validate(&agreement)?;
    /// let table = decisions.status(&agreement)?.table(&agreement, Some(sopimus::Language::Fi));
    /// let pdf = Renderer::new().render_status(&table, Standard::default())?;
    /// assert!(pdf.pdf.starts_with(b"%PDF-"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`RenderError::Template`] and [`RenderError::Export`] as for
    /// [`Renderer::render`].
    pub fn render_status(
        &self,
        table: &StatusTable,
        standard: Standard,
    ) -> Result<Rendered, RenderError> {
        let view = serde_json::to_value(table).expect("the table serialises");
        let lang = table.language.map_or("en", |l| l.code());
        let ident = format!("sopimus:committee:{}:{lang}:{}", table.title, table.date);
        let result = self.render_view(TABLE_PATH, view, table.date, lang, ident, standard);
        typst::comemo::evict(8);
        result
    }

    /// Compiles the template at `path` (a template directory's own, else
    /// the built-in one) over `view`, with `date_parts` and `lang` added.
    fn render_view(
        &self,
        path: &str,
        mut view: serde_json::Value,
        date: Date,
        lang: &str,
        ident: String,
        standard: Standard,
    ) -> Result<Rendered, RenderError> {
        super::view::adjust_text_for_layout(&mut view);
        if let serde_json::Value::Object(map) = &mut view {
            map.insert(
                "date_parts".to_owned(),
                serde_json::json!([date.year(), date.month(), date.day()]),
            );
            map.insert("lang".to_owned(), lang.into());
        }
        let own = world::file_id(path);
        let main = if matches!(self.assets.files.get(&own), Some(Asset::Source(_))) {
            own
        } else {
            world::file_id(&format!("/builtin{path}"))
        };
        self.compile(Job {
            main,
            data: Bytes::new(serde_json::to_vec(&view).expect("the view serialises")),
            attachment: None,
            changes: None,
            date,
            ident,
            standard,
        })
    }
}
