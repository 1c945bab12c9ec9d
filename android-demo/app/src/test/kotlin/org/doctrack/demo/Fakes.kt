package org.doctrack.demo

import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.UserNotAuthenticatedException
import org.doctrack.DoctrackStore
import org.doctrack.core.DocumentKind
import org.doctrack.core.Language
import org.doctrack.core.NewDocument
import org.doctrack.core.PersonDraft
import org.doctrack.demo.keys.KeyStoreAccess
import org.doctrack.demo.reminders.AlarmRequest
import org.doctrack.demo.reminders.AlarmSink
import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/** AlarmManager as a map: what is set now, and every cancel. */
class FakeAlarmSink : AlarmSink {
    val alarms = linkedMapOf<String, AlarmRequest>()
    val cancelled = mutableListOf<String>()
    val calls = mutableListOf<String>()

    override fun set(request: AlarmRequest) {
        alarms[request.reminderId] = request
        calls += "set"
    }

    override fun cancel(reminderId: String, requestCode: Int) {
        alarms.remove(reminderId)
        cancelled += reminderId
        calls += "cancel"
    }
}

/** The phone's clock and time zone, which tests move. */
class FakeClock(var zone: ZoneId, var now: Instant)

/**
 * The Android Keystore's behaviour with software keys: keys by alias,
 * [invalidate] makes the next use throw KeyPermanentlyInvalidatedException
 * (a new fingerprint was enrolled), [requireAuthentication] makes it throw
 * UserNotAuthenticatedException, [wipe] clears every key (app data reset).
 */
class FakeKeyStore : KeyStoreAccess {
    private val keys = mutableMapOf<String, SecretKey>()
    private val invalidated = mutableSetOf<String>()
    var requireAuthentication = false
    var generated = 0

    override fun find(alias: String): SecretKey? = keys[alias]

    override fun generate(alias: String, requireUserAuthentication: Boolean): SecretKey {
        generated++
        invalidated -= alias
        return KeyGenerator.getInstance("AES").apply { init(256) }.generateKey().also { keys[alias] = it }
    }

    override fun delete(alias: String) {
        keys -= alias
        invalidated -= alias
    }

    override fun initCipher(cipher: Cipher, mode: Int, key: SecretKey, iv: ByteArray?) {
        val alias = keys.entries.firstOrNull { it.value === key }?.key
        if (alias != null && alias in invalidated) throw KeyPermanentlyInvalidatedException()
        if (requireAuthentication) throw UserNotAuthenticatedException()
        super.initCipher(cipher, mode, key, iv)
    }

    fun invalidate(alias: String) {
        invalidated += alias
    }

    fun wipe() {
        keys.clear()
        invalidated.clear()
    }
}

/**
 * A Myanmar fisher under the MOU (the same dates as tests/kotlin's Worker):
 * on [AS_OF] the work permit's renewal window is open and the 90-day
 * report's filing window opens on 15 Jun 2026.
 */
object Fixture {
    val AS_OF: LocalDate = LocalDate.of(2026, 6, 1)
    val ENTERED: LocalDate = LocalDate.of(2026, 4, 1)
    val REPORT_OPENS: LocalDate = LocalDate.of(2026, 6, 15)
    const val NAME = "Ko Aung Test"
    const val PASSPORT_NUMBER = "MA9988776"
    const val PERMIT_NUMBER = "WP-5544332"

    class Ids(val person: String, val passport: String, val permit: String, val report: String)

    suspend fun seed(store: DoctrackStore): Ids {
        val person = store.registerPerson(
            PersonDraft(displayName = NAME, nationality = "MM", language = Language.MY, cohort = "mou", worksOnFishingVessel = true),
            ENTERED,
        )
        val passport = store.recordDocument(
            NewDocument(
                holder = person.id, kind = DocumentKind.Passport, number = PASSPORT_NUMBER, issuingCountry = "MM",
                issuedOn = LocalDate.of(2020, 4, 1), expiresOn = LocalDate.of(2027, 3, 31),
            ),
            ENTERED,
        )
        val permit = store.recordDocument(
            NewDocument(
                holder = person.id, kind = DocumentKind.WorkPermit, number = PERMIT_NUMBER, issuingCountry = "TH",
                issuedOn = LocalDate.of(2025, 8, 15), expiresOn = LocalDate.of(2026, 8, 14), employer = "Test Fishing Co.",
            ),
            ENTERED,
        )
        val report = store.recordDocument(
            NewDocument(holder = person.id, kind = DocumentKind.NinetyDayReport, issuingCountry = "TH", issuedOn = ENTERED),
            ENTERED,
        )
        return Ids(person.id, passport.document.id, permit.document.id, report.document.id)
    }
}
