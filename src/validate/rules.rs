//! The rules of the agreement: the follow-up (its bodies and its rounds in
//! the year), the validity and its review, the termination's notice and
//! the signing.
//!
//! Codes: `follow-up-rounds-none`, `follow-up-rounds-too-many`,
//! `month-invalid`, `window-backwards`, `rounds-out-of-order`,
//! `validity-ends-early`, `review-deadline-early`, `notice-zero`,
//! `notice-too-long`, `notice-long`, `counterparts-zero`.

use crate::diagnostic::{Message, Word};
use crate::model::FollowUp;
use crate::path::FieldPath;

use super::{Checker, root};

impl<'a> Checker<'a> {
    /// The follow-up, the validity, the termination and the signing.
    pub(super) fn rules(&mut self) {
        let a = self.a;
        if let Some(f) = &a.follow_up {
            self.follow_up(f);
        }
        self.validity();
        self.termination();
        self.signing();
    }

    /// The follow-up: its text, the bodies that follow up, and its rounds,
    /// one to twelve, each from a month to a later one, in order without
    /// overlap.
    fn follow_up(&mut self, f: &FollowUp) {
        let a = self.a;
        let path = root().key("follow_up");
        self.prose(&path.key("text"), &f.text);
        for (k, id) in f.forums.iter().enumerate() {
            if a.forum(id).is_none() {
                let msg = self.unknown_forum(id.as_str());
                self.error(path.key("forums").index(k), msg);
            }
        }
        let rounds: Vec<FieldPath> = if f.rounds.len() == 1 {
            vec![path.key("window")]
        } else {
            (0..f.rounds.len())
                .map(|k| path.key("rounds").index(k))
                .collect()
        };
        if f.rounds.is_empty() {
            // The file's form cannot say this (`window` or `rounds` is
            // required), but an agreement built in code can.
            self.error(path.key("rounds"), Message::FollowUpRoundsNone {});
        }
        if f.rounds.len() > 12 {
            self.error(
                path.key("rounds"),
                Message::FollowUpRoundsTooMany {
                    count: f.rounds.len(),
                },
            );
        }
        let mut previous: Option<u32> = None;
        for (at, w) in rounds.into_iter().zip(&f.rounds) {
            let mut ok = true;
            for (field, m) in [("from_month", w.from_month), ("to_month", w.to_month)] {
                if !(1..=12).contains(&m) {
                    ok = false;
                    self.error(at.key(field), Message::MonthInvalid { month: m });
                }
            }
            if ok && w.from_month > w.to_month {
                self.error(
                    at.clone(),
                    Message::WindowBackwards {
                        from: w.from_month,
                        to: w.to_month,
                    },
                );
            }
            if ok
                && let Some(prev) = previous
                && w.from_month <= prev
            {
                self.error(at, Message::RoundsOutOfOrder {});
            }
            if ok {
                previous = Some(w.to_month);
            }
        }
    }

    /// The validity ends, and is reviewed, after the agreement's date.
    fn validity(&mut self) {
        let a = self.a;
        if let Some(until) = a.validity.until
            && until <= a.meta.date
        {
            self.error(
                root().key("validity").key("until"),
                Message::ValidityEndsEarly {
                    until: until.finnish(),
                    date: a.meta.date.finnish(),
                },
            );
        }
        if let Some(r) = &a.validity.review {
            let path = root().key("validity").key("review");
            if r.deadline <= a.meta.date {
                self.error(
                    path.key("deadline"),
                    Message::ReviewDeadlineEarly {
                        deadline: r.deadline.finnish(),
                        date: a.meta.date.finnish(),
                    },
                );
            }
            self.rich(path.key("text"), &r.text, true);
        }
    }

    /// The notice period: at least a month, at most ten years, a warning
    /// over five.
    fn termination(&mut self) {
        let a = self.a;
        let notice = root().key("termination").key("notice_months");
        if a.termination.notice_months == 0 {
            self.error(notice, Message::NoticeZero {});
        } else if a.termination.notice_months > 120 {
            self.error(
                notice,
                Message::NoticeTooLong {
                    months: a.termination.notice_months,
                },
            );
        } else if a.termination.notice_months > 60 {
            self.warning(
                notice,
                Message::NoticeLong {
                    months: a.termination.notice_months,
                },
            );
        }
    }

    /// Where the agreement is signed, and in how many counterparts.
    fn signing(&mut self) {
        let a = self.a;
        self.neutral(
            root().key("signing").key("place"),
            a.signing.place.as_ref(),
            Word::SigningPlace,
        );
        if a.signing.counterparts == Some(0) {
            self.error(
                root().key("signing").key("counterparts"),
                Message::CounterpartsZero {},
            );
        }
    }
}
