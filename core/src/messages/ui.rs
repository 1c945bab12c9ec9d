//! Fixed words of front ends (headings, column names, labels), kept in the
//! catalogs so that a tool like `doctrack demo --lang my` speaks the
//! reader's language throughout. Render them with
//! [`super::Localizer::text`]; arguments are noted beside each id.

/// Title line: "doctrack — documents and deadlines".
pub const TITLE: &str = "ui-title";
/// `store`, `people`, `documents`: which store, and how much is in it.
pub const STORE_SUMMARY: &str = "ui-store-summary";
/// `rules`, `date`: the rule set and the date evaluated.
pub const RULES_AND_DATE: &str = "ui-rules-and-date";
/// `set`, `count`: the rules built into the library.
pub const RULES_BUNDLED: &str = "ui-rules-bundled";
/// `set`, `count`: rules loaded from files.
pub const RULES_FILES: &str = "ui-rules-files";
/// `set`, `count`: rules from an installed rule pack.
pub const RULES_PACK: &str = "ui-rules-pack";
/// `text`: a warning line.
pub const WARNING: &str = "ui-warning";
/// Heading of the dashboard table.
pub const DASHBOARD: &str = "ui-dashboard";
/// Column: the person.
pub const COLUMN_PERSON: &str = "ui-column-person";
/// Column: the document.
pub const COLUMN_DOCUMENT: &str = "ui-column-document";
/// Column: the lifecycle state.
pub const COLUMN_STATE: &str = "ui-column-state";
/// Column: the time status.
pub const COLUMN_STATUS: &str = "ui-column-status";
/// Column: the printed expiry.
pub const COLUMN_EXPIRES: &str = "ui-column-expires";
/// Column: days left until the next deadline.
pub const COLUMN_DAYS_LEFT: &str = "ui-column-days-left";
/// Column: the next deadline.
pub const COLUMN_NEXT_DEADLINE: &str = "ui-column-next-deadline";
/// The dashboard is empty.
pub const NO_DOCUMENTS: &str = "ui-no-documents";
/// Today (days left: none).
pub const TODAY: &str = "ui-today";
/// `days`: so many days left.
pub const DAYS: &str = "ui-days";
/// `days`: so many days late.
pub const DAYS_LATE: &str = "ui-days-late";
/// Heading of the renewal plan.
pub const PLAN: &str = "ui-plan";
/// `span`: nothing to do in the plan's horizon.
pub const PLAN_EMPTY: &str = "ui-plan-empty";
/// `steps`: a plan step waits for earlier steps.
pub const PLAN_AFTER: &str = "ui-plan-after";
/// `n`: a step of the plan by number.
pub const PLAN_STEP: &str = "ui-plan-step";
/// Label of a status reason line.
pub const WHY_STATUS: &str = "ui-why-status";
/// Label of a note line.
pub const WHY_NOTE: &str = "ui-why-note";
/// A reason resting on the document itself.
pub const BASIS_DOCUMENT: &str = "ui-basis-document";
/// A reason resting on the document's history.
pub const BASIS_EVENT: &str = "ui-basis-event";
/// A reason resting on a related document.
pub const BASIS_RELATED: &str = "ui-basis-related";
/// A date moved by an office holiday.
pub const BASIS_HOLIDAY: &str = "ui-basis-holiday";
/// A date moved by a weekend.
pub const BASIS_WEEKEND: &str = "ui-basis-weekend";
/// `span`: heading of the next reminders.
pub const REMINDERS: &str = "ui-reminders";
/// `span`: no reminders in that time.
pub const REMINDERS_EMPTY: &str = "ui-reminders-empty";
/// `status`: a status that rests only on a maintainers' default (advice,
/// not law).
pub const STATUS_ADVICE: &str = "ui-status-advice";
/// Label of the lock-screen text of a reminder.
pub const LOCK_SCREEN: &str = "ui-lock-screen";
/// `language`: the catalog of the language is a draft.
pub const DRAFT_NOTICE: &str = "ui-draft-notice";
/// Footer of the demo: sample data, where dates come from.
pub const DEMO_FOOTER: &str = "ui-demo-footer";
/// The demo's temporary store.
pub const DEMO_TEMPORARY_STORE: &str = "ui-demo-temporary-store";
/// The demo run on the reader's own store file.
pub const DEMO_YOUR_STORE: &str = "ui-demo-your-store";

/// Heading: where each person stands.
pub const SITUATION: &str = "ui-situation";
/// Heading of a person's private warnings (`name`).
pub const FLAGS: &str = "ui-flags";
/// `ready`, `total`, `list`: how much of a checklist is ready.
pub const CHECKLIST_PROGRESS: &str = "ui-checklist-progress";
/// `names`: where to get help.
pub const HELP_NAMES: &str = "ui-help-names";
/// `name`: a route back's name.
pub const ROUTE_NAME: &str = "ui-route-name";
/// Heading of the services list (`count`).
pub const SERVICES: &str = "ui-services";
/// No service matches.
pub const SERVICES_NONE: &str = "ui-services-none";
/// `date`: when a directory entry was last checked.
pub const SERVICE_VERIFIED: &str = "ui-service-verified";
/// Words before a service's sources.
pub const SERVICE_SOURCES: &str = "ui-service-sources";
/// `helps`: what a service helps with.
pub const SERVICE_HELPS: &str = "ui-service-helps";
/// `languages`: what a service speaks.
pub const SERVICE_LANGUAGES: &str = "ui-service-languages";
/// A checklist item that is ready.
pub const ITEM_READY: &str = "ui-item-ready";
/// A checklist item not yet ready.
pub const ITEM_MISSING: &str = "ui-item-missing";
/// `supplier`: who supplies a checklist item.
pub const ITEM_SUPPLIER: &str = "ui-item-supplier";

/// Every fixed word's id (the catalogs must define each).
pub const ALL: &[&str] = &[
    SITUATION,
    FLAGS,
    CHECKLIST_PROGRESS,
    HELP_NAMES,
    ROUTE_NAME,
    SERVICES,
    SERVICES_NONE,
    SERVICE_VERIFIED,
    SERVICE_SOURCES,
    SERVICE_HELPS,
    SERVICE_LANGUAGES,
    ITEM_READY,
    ITEM_MISSING,
    ITEM_SUPPLIER,
    TITLE,
    STORE_SUMMARY,
    RULES_AND_DATE,
    RULES_BUNDLED,
    RULES_FILES,
    RULES_PACK,
    WARNING,
    DASHBOARD,
    COLUMN_PERSON,
    COLUMN_DOCUMENT,
    COLUMN_STATE,
    COLUMN_STATUS,
    COLUMN_EXPIRES,
    COLUMN_DAYS_LEFT,
    COLUMN_NEXT_DEADLINE,
    NO_DOCUMENTS,
    TODAY,
    DAYS,
    DAYS_LATE,
    PLAN,
    PLAN_EMPTY,
    PLAN_AFTER,
    PLAN_STEP,
    WHY_STATUS,
    WHY_NOTE,
    BASIS_DOCUMENT,
    BASIS_EVENT,
    BASIS_RELATED,
    BASIS_HOLIDAY,
    BASIS_WEEKEND,
    REMINDERS,
    REMINDERS_EMPTY,
    STATUS_ADVICE,
    LOCK_SCREEN,
    DRAFT_NOTICE,
    DEMO_FOOTER,
    DEMO_TEMPORARY_STORE,
    DEMO_YOUR_STORE,
];
