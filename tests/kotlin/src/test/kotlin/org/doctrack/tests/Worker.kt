package org.doctrack.tests

import org.doctrack.DoctrackStore
import org.doctrack.core.DocumentKind
import org.doctrack.core.Language
import org.doctrack.core.NewDocument
import org.doctrack.core.PersonDraft
import java.time.LocalDate

/**
 * A Myanmar fisher under the MOU, with dates chosen so that on [AS_OF]
 * (1 Jun 2026) the work permit's renewal is blocked by a passport that will
 * not be valid for the year a renewal needs, and the 90-day report is
 * coming up. Every expected date below is worked out by hand from the rule
 * files in rules/th (cited beside each).
 */
object Worker {
    val AS_OF: LocalDate = LocalDate.of(2026, 6, 1)
    val ENTERED: LocalDate = LocalDate.of(2026, 4, 1)

    // Passport: printed expiry 31 Mar 2027.
    val PASSPORT_EXPIRES: LocalDate = LocalDate.of(2027, 3, 31)

    // Work permit: printed expiry 14 Aug 2026 = its deadline.
    val PERMIT_EXPIRES: LocalDate = LocalDate.of(2026, 8, 14)

    // th.work-permit.renewal-lead: window opens 4 months before the deadline.
    val PERMIT_WINDOW_OPENS: LocalDate = LocalDate.of(2026, 4, 14)

    // th.work-permit.renewal-lead: due soon 14 days before the deadline.
    val PERMIT_DUE_SOON: LocalDate = LocalDate.of(2026, 7, 31)

    // th.stay.passport-needed: the passport must be valid for 1 year on the
    // day the renewal is made; the window is already open, so that day is
    // AS_OF and the passport must last through 31 May 2027 (a year counted
    // inclusively, as printed expiry dates are) — it ends 31 Mar 2027.
    val PASSPORT_REQUIRED_UNTIL: LocalDate = LocalDate.of(2027, 5, 31)

    // th.immigration.90-day-report: due 90 days after entry (1 Apr 2026),
    // filing from 15 days before to 7 days after.
    val REPORT_DUE: LocalDate = LocalDate.of(2026, 6, 30)
    val REPORT_OPENS: LocalDate = LocalDate.of(2026, 6, 15)
    val REPORT_CLOSES: LocalDate = LocalDate.of(2026, 7, 7)

    class Ids(val person: String, val passport: String, val permit: String, val report: String)

    suspend fun seed(store: DoctrackStore): Ids {
        val person = store.registerPerson(
            PersonDraft(
                displayName = "Ko Aung (TEST)",
                nationality = "MM",
                language = Language.MY,
                cohort = "mou",
                worksOnFishingVessel = true,
            ),
            ENTERED,
        )
        val passport = store.recordDocument(
            NewDocument(
                holder = person.id,
                kind = DocumentKind.Passport,
                number = "TEST-MA000001",
                issuingCountry = "MM",
                issuedOn = LocalDate.of(2020, 4, 1),
                expiresOn = PASSPORT_EXPIRES,
            ),
            ENTERED,
        )
        val permit = store.recordDocument(
            NewDocument(
                holder = person.id,
                kind = DocumentKind.WorkPermit,
                number = "TEST-WP-1",
                issuingCountry = "TH",
                issuedOn = LocalDate.of(2025, 8, 15),
                expiresOn = PERMIT_EXPIRES,
                employer = "Test Fishing Co.",
            ),
            ENTERED,
        )
        // Health check and insurance valid long enough: only the passport blocks.
        for (kind in listOf(DocumentKind.HealthCheck, DocumentKind.HealthInsurance)) {
            store.recordDocument(
                NewDocument(
                    holder = person.id,
                    kind = kind,
                    number = "TEST-H-$kind",
                    issuingCountry = "TH",
                    issuedOn = LocalDate.of(2026, 1, 5),
                    expiresOn = LocalDate.of(2027, 1, 4),
                ),
                ENTERED,
            )
        }
        val report = store.recordDocument(
            NewDocument(holder = person.id, kind = DocumentKind.NinetyDayReport, issuingCountry = "TH", issuedOn = ENTERED),
            ENTERED,
        )
        return Ids(person.id, passport.document.id, permit.document.id, report.document.id)
    }
}
