package org.doctrack.demo.ui

import org.doctrack.core.Confidence
import org.doctrack.core.DateKind
import org.doctrack.core.EventName
import org.doctrack.core.Language
import org.doctrack.core.TermGroup
import org.doctrack.core.TimeStatus
import org.doctrack.termName

/**
 * One word of doctrack's vocabularies (a status, an event, a confidence, a
 * kind of date) in
 * the person's language, from the same catalogs as every message
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
}
