package org.doctrack.demo.ui

import org.doctrack.Confidence
import org.doctrack.EventName
import org.doctrack.Language
import org.doctrack.TermGroup
import org.doctrack.TimeStatus
import org.doctrack.termName

/**
 * One word of doctrack's vocabularies (a status, an event, a confidence) in
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
}
