package org.doctrack.demo.ui

import org.doctrack.core.Confidence
import org.doctrack.core.Custodian
import org.doctrack.core.DateKind
import org.doctrack.core.EventName
import org.doctrack.core.HelpTopic
import org.doctrack.core.ItemWhat
import org.doctrack.core.Language
import org.doctrack.core.ServiceKind
import org.doctrack.core.SituationKind
import org.doctrack.core.Supplier
import org.doctrack.core.TermGroup
import org.doctrack.core.Thing
import org.doctrack.core.TimeStatus
import org.doctrack.documentKindName
import org.doctrack.termName

/**
 * One word of doctrack's vocabularies (a status, an event, a confidence, a
 * kind of date, who supplies or holds something, a situation, a kind of
 * help) in the person's language, from the same catalogs as every message
 * (`termName`; ScreensLogicTest checks each word in all five languages).
 * The code is the enum's name in snake_case, as messages carry it.
 */
object Terms {
    /** The word for a time status ("due soon"). */
    fun status(status: TimeStatus, language: Language): String =
        termName(TermGroup.STATUS, status.name.lowercase(), language)

    /** The words for a rule's confidence ("high confidence"). */
    fun confidence(confidence: Confidence, language: Language): String =
        termName(TermGroup.CONFIDENCE, confidence.name.lowercase(), language)

    /** The words for an event in a document's history ("renewal submitted"). */
    fun event(event: EventName, language: Language): String =
        termName(TermGroup.EVENT, event.name.lowercase(), language)

    /** The words for a kind of date ("deadline", "report due"). */
    fun dateKind(kind: DateKind, language: Language): String =
        termName(TermGroup.DATE_KIND, kind.name.lowercase(), language)

    /** Who supplies a checklist item or acts in a route step ("your employer"). */
    fun supplier(supplier: Supplier, language: Language): String =
        termName(TermGroup.SUPPLIER, supplier.name.lowercase(), language)

    /** A checklist item that is not a document ("the application form"). */
    fun thing(thing: Thing, language: Language): String =
        termName(TermGroup.THING, thing.name.lowercase(), language)

    /** Where a person stands ("out of status"). */
    fun situation(kind: SituationKind, language: Language): String =
        termName(TermGroup.SITUATION, kind.name.lowercase(), language)

    /** Who holds a document ("your employer"). */
    fun custodian(custodian: Custodian, language: Language): String =
        termName(TermGroup.CUSTODIAN, custodian.name.lowercase(), language)

    /** What a service helps with ("documents kept by someone else"). */
    fun helpTopic(topic: HelpTopic, language: Language): String =
        termName(TermGroup.HELP_TOPIC, topic.name.lowercase(), language)

    /** What a service is ("legal aid"). */
    fun serviceKind(kind: ServiceKind, language: Language): String =
        termName(TermGroup.SERVICE_KIND, kind.name.lowercase(), language)

    /**
     * What a checklist item is: the document kinds it accepts ("Passport /
     * Certificate of identity"), or the thing ("the application form").
     */
    fun what(what: ItemWhat, language: Language): String = when (what) {
        is ItemWhat.Document -> what.kinds.joinToString(" / ") { documentKindName(it, language) }
        is ItemWhat.Thing -> thing(what.thing, language)
    }
}
