package org.doctrack.demo.data

import kotlinx.coroutines.sync.Mutex
import kotlinx.coroutines.sync.withLock
import org.doctrack.DoctrackStore
import org.doctrack.Unlock
import org.doctrack.core.AppException
import org.doctrack.core.AttachmentInfo
import org.doctrack.core.Checklist
import org.doctrack.core.Custodian
import org.doctrack.core.Custody
import org.doctrack.core.Dashboard
import org.doctrack.core.Directory
import org.doctrack.core.DocumentDetail
import org.doctrack.core.DocumentRecord
import org.doctrack.core.HelpEntry
import org.doctrack.core.HelpTopic
import org.doctrack.core.HistoryEntry
import org.doctrack.core.Language
import org.doctrack.core.MergeReport
import org.doctrack.core.NewEvent
import org.doctrack.core.NoticeView
import org.doctrack.core.PersonDraft
import org.doctrack.core.PersonRecord
import org.doctrack.core.ReminderOptions
import org.doctrack.core.ReminderState
import org.doctrack.core.ReminderSync
import org.doctrack.core.RouteDetail
import org.doctrack.core.RuleGuidance
import org.doctrack.core.ScheduledReminder
import org.doctrack.core.CreatedShare
import org.doctrack.core.ShareForm
import org.doctrack.core.ShareMade
import org.doctrack.core.ShareRecipient
import org.doctrack.core.ShareRequest
import org.doctrack.core.SlotKind
import org.doctrack.createStore
import org.doctrack.demo.keys.FileRollbackAnchor
import org.doctrack.demo.keys.KeyProblem
import org.doctrack.demo.keys.KeystoreKeyWrapper
import org.doctrack.openStore
import org.doctrack.restoreStore
import java.io.File
import java.time.LocalDate

/** The outcome of unlocking the store, as the unlock screen needs it. */
sealed interface OpenResult {
    /** Open: show the people. */
    data object Opened : OpenResult

    /** No store yet: set one up (platform key + recovery passphrase). */
    data object NoStore : OpenResult

    /**
     * The platform key is gone for good (new fingerprint, lock screen
     * removed, app data reset). The store is intact: unlock with the
     * recovery passphrase or restore a backup; a new key is enrolled then.
     */
    data object KeyInvalidated : OpenResult

    /** The key cannot be used now (authentication needed, keystore busy): retry or use the passphrase. */
    data object KeyUnavailable : OpenResult

    /** The passphrase was wrong: ask again. */
    data object WrongPassphrase : OpenResult

    /** The store file is damaged: offer a backup restore (the file is kept). */
    data class Damaged(val error: AppException) : OpenResult

    /**
     * The store is an older copy than the one this phone last saw (someone
     * put an old file back): nothing is shown. Offer a backup restore, or
     * [DoctrackRepository.keepOlderCopy] if the person chooses this copy.
     */
    data object RolledBack : OpenResult

    /** Anything else, typed (show `renderMessage(errorMessage(error), language)`). */
    data class Failed(val error: AppException) : OpenResult
}

/**
 * The app's single way into doctrack: opens the store in [dir] with the
 * platform key ([keyWrapper]) or the recovery passphrase, and offers the
 * screens what they show. Every call is a `suspend` call of the generated
 * API, which runs on the store's own worker thread: screens call it from
 * the main thread without blocking it.
 *
 * **The store is never deleted or overwritten here.** A backup is restored
 * into a new file beside it, and [dir]/current-store names the store in use.
 *
 * Every store has a rollback anchor in [anchorDir] (one file per store,
 * see [FileRollbackAnchor]): an older copy of the store put back in its
 * place is refused ([OpenResult.RolledBack]).
 *
 * Never logs: names, numbers and dates are personal data.
 */
class DoctrackRepository(
    private val dir: File,
    val keyWrapper: KeystoreKeyWrapper,
    private val today: () -> LocalDate = { LocalDate.now() },
    private val anchorDir: File = File(dir, "anchors"),
) {
    private val lock = Mutex()

    @Volatile
    private var store: DoctrackStore? = null

    private val pointer = File(dir, "current-store")

    /** The store file in use (it may not exist yet). */
    fun storeFile(): File {
        val name = pointer.takeIf { it.isFile }?.readText()?.trim()?.takeIf { it.isNotEmpty() } ?: DEFAULT_NAME
        return File(dir, name)
    }

    /** The rollback anchor of the store file [store]. */
    private fun anchorOf(store: File) = FileRollbackAnchor(File(anchorDir, store.name + ".anchor"))

    /** Whether a store exists. */
    fun hasStore(): Boolean = storeFile().exists()

    /** Whether the store is open. */
    val isOpen: Boolean get() = store?.isOpen() == true

    /** The open store; throws [AppException.Closed] when locked. */
    fun open(): DoctrackStore = store?.takeIf { it.isOpen() } ?: throw AppException.Closed()

    /** Opens the store with the platform key. */
    suspend fun unlock(): OpenResult = lock.withLock {
        if (isOpen) return OpenResult.Opened
        if (!hasStore()) return OpenResult.NoStore
        attempt(viaPlatformKey = true) { openStore(storeFile().path, Unlock.Platform(keyWrapper), anchorOf(storeFile())) }
    }

    /**
     * Opens the store although it is older than the one this phone last saw,
     * after the person chose to keep this copy; from now on it is the copy
     * remembered. [passphrase] null: with the platform key.
     */
    suspend fun keepOlderCopy(passphrase: String? = null): OpenResult = lock.withLock {
        if (isOpen) return OpenResult.Opened
        val unlock = if (passphrase == null) Unlock.Platform(keyWrapper) else Unlock.Passphrase(passphrase)
        attempt(viaPlatformKey = passphrase == null) {
            openStore(storeFile().path, unlock, anchorOf(storeFile()), acceptOlderCopy = true)
        }
    }

    /**
     * Creates the store: the platform key opens it every day, and
     * [recoveryPassphrase] is a second key slot for when the platform key is
     * lost. Refuses if a store exists.
     */
    suspend fun create(recoveryPassphrase: String): OpenResult = lock.withLock {
        if (hasStore()) return OpenResult.Failed(AppException.AlreadyExists())
        dir.mkdirs()
        val result = attempt(viaPlatformKey = true) { createStore(storeFile().path, Unlock.Platform(keyWrapper), anchorOf(storeFile())) }
        if (result == OpenResult.Opened) {
            open().addKeySlot(Unlock.Passphrase(recoveryPassphrase))
        }
        result
    }

    /**
     * Opens with the recovery passphrase. If the platform key was
     * invalidated, a new one is enrolled: the dead platform slot is removed
     * and a new key wraps a new slot, so the next start opens with the
     * platform key again.
     */
    suspend fun unlockWithPassphrase(passphrase: String): OpenResult = lock.withLock {
        if (isOpen) return OpenResult.Opened
        val result = attempt(viaPlatformKey = false) { openStore(storeFile().path, Unlock.Passphrase(passphrase), anchorOf(storeFile())) }
        if (result == OpenResult.Opened && needsNewPlatformKey()) reEnrollPlatformKey()
        result
    }

    /**
     * Restores an encrypted backup into a new store beside the old one
     * (which stays on disk, untouched) and uses it from now on, unlocked by a
     * new platform key and [newRecoveryPassphrase].
     */
    suspend fun restoreBackup(backup: File, backupPassphrase: String, newRecoveryPassphrase: String): Pair<OpenResult, MergeReport?> =
        lock.withLock {
            store?.let { if (it.isOpen()) it.closeStore() }
            store = null
            dir.mkdirs()
            var name = "store-restored-${today()}.doctrack"
            var n = 2
            while (File(dir, name).exists()) name = "store-restored-${today()}-${n++}.doctrack"
            val target = File(dir, name)
            // The new store gets a new platform key: the old one may be dead.
            if (!keyWrapper.hasKey() || keyWrapper.lastProblem == KeyProblem.INVALIDATED) keyWrapper.forgetKey()
            var report: MergeReport? = null
            // The backup's passphrase is checked first: WrongSecret means that one.
            val result = attempt(viaPlatformKey = false) {
                val restored = restoreStore(backup.path, backupPassphrase, target.path, Unlock.Platform(keyWrapper), anchorOf(target))
                report = restored.report
                restored.store
            }
            if (result == OpenResult.Opened) {
                open().addKeySlot(Unlock.Passphrase(newRecoveryPassphrase))
                pointer.writeText(name)
            }
            result to report
        }

    /** Writes an encrypted backup of everything to [target] (a new file). */
    suspend fun exportBackup(target: File, passphrase: String) {
        open().exportBackup(target.path, passphrase)
    }

    /** Closes the store (on leaving the app or locking it). */
    suspend fun close() = lock.withLock {
        store?.let { if (it.isOpen()) it.closeStore() }
        store?.close()
        store = null
    }

    // ---- what the screens show ----

    /** Every person, archived ones last. */
    suspend fun people(): List<PersonRecord> = open().people().items.sortedBy { it.archived }

    /** One person's documents. */
    suspend fun documentsOf(personId: String): List<DocumentRecord> = open().documentsOf(personId).items

    /** The list screen as of today, person by person: a card per document (status, next deadline, blockers) and the renewal plan. */
    suspend fun dashboard(): Dashboard = open().dashboard(today())

    /**
     * One document as of today with everything a detail screen explains:
     * its record, its row (next date, advice), every date with its reasons,
     * blockers, fees and fines, and the sources of each rule a reason
     * names. No status and no row when its holder is archived.
     */
    suspend fun documentDetail(id: String): DocumentDetail = open().documentDetail(id, today())

    /** One document. */
    suspend fun document(id: String): DocumentRecord = open().document(id)

    /** One document's history, oldest first. */
    suspend fun history(id: String): List<HistoryEntry> = open().history(id)

    /** A rule's guidance in [language], with its review state. */
    suspend fun guidance(ruleId: String, language: Language): RuleGuidance? = open().ruleGuidance(ruleId, language)

    /** Adds a person. */
    suspend fun addPerson(draft: PersonDraft): String = open().registerPerson(draft, today()).id

    /** Adds a document from a checked form, and its photo if one was taken. */
    suspend fun addDocument(form: DocumentForm.Checked, photo: ByteArray?): DocumentRecord {
        val store = open()
        val record = store.recordDocument(form.document, today())
        if (photo != null && photo.isNotEmpty()) {
            store.addPhoto(record.document.id, "image/jpeg", photo, today())
        }
        return record
    }

    /** A document's photos. */
    suspend fun photos(documentId: String): List<AttachmentInfo> = open().photos(documentId)

    // ---- custody, checklists, help ----

    /** One person. */
    suspend fun person(personId: String): PersonRecord = open().person(personId)

    /**
     * Records who holds a document from today ([Custodian.WORKER]: the
     * person has it back). Kept as an event in its history; a document held
     * by someone else for too long becomes a private flag on the dashboard.
     */
    suspend fun recordCustody(documentId: String, holder: Custodian, note: String? = null): DocumentRecord =
        open().applyEvent(documentId, NewEvent.CustodyChanged(Custody(holder = holder, since = today(), note = note)), today())

    /** What to bring to renew a document, as of today; null when the rules list nothing. */
    suspend fun renewalChecklist(documentId: String): Checklist? = open().renewalChecklist(documentId, today())

    /** A route back for a person as of today: when it is open, its steps with their checklists. */
    suspend fun routeDetail(personId: String, routeId: String): RouteDetail = open().routeDetail(personId, routeId, today())

    /**
     * Ticks or unticks [item] of the checklist [list] (its key, as the
     * checklist gives it) for a person, today.
     */
    suspend fun tickChecklistItem(personId: String, list: String, item: String, ticked: Boolean): PersonRecord =
        open().tickChecklistItem(personId, list, item, ticked, today())

    /** The best services for a person and [topic], best first. */
    suspend fun helpFor(personId: String, topic: HelpTopic): List<HelpEntry> = open().helpFor(personId, topic)

    /** The whole directory of help (every province and service, shown or withheld). */
    suspend fun directory(): Directory = open().directory()

    // ---- sharing with an organisation ----

    /** The organisations of the help directory that gave a sharing key, named in [language]. */
    suspend fun shareRecipients(language: Language): List<ShareRecipient> =
        open().shareRecipients(language.name.lowercase())

    /**
     * Seals what the person chose for one organisation ([recipientKey],
     * from [shareRecipients] or scanned) until [until], and records it in
     * their history. [form] [ShareForm.QR_CODE]: no photos, shown as one QR
     * code; [ShareForm.FILE]: sent as a file. It cannot be taken back.
     */
    suspend fun createShare(
        personId: String,
        documents: List<String>,
        history: Boolean,
        photos: Boolean,
        until: LocalDate,
        recipientName: String,
        recipientKey: String,
        form: ShareForm,
    ): CreatedShare = open().createShare(
        ShareRequest(
            person = personId,
            documents = documents,
            history = history,
            photos = photos,
            until = until,
            recipientName = recipientName,
            recipientKey = recipientKey,
            form = form,
        ),
        today(),
    )

    /** Everything [personId] shared, newest first. */
    suspend fun sharesOf(personId: String): List<ShareMade> =
        open().sharesMade().filter { it.person == personId }.reversed()

    /** Today, as the repository sees it (the day every call above uses; tests fix it). */
    fun currentDay(): LocalDate = today()

    // ---- reminders ----

    /** The reminder options for [language] and the lock-screen choice. */
    fun reminderOptions(language: Language?, detailedLockScreen: Boolean) = ReminderOptions(
        language = language,
        detailedLockScreen = detailedLockScreen,
        limit = REMINDER_LIMIT,
    )

    /** Plans reminders for the next [REMINDER_DAYS] days and says what to cancel and add. */
    suspend fun syncReminders(options: ReminderOptions): ReminderSync =
        open().syncReminders(today(), today().plusDays(REMINDER_DAYS), options)

    /** The in-app "due soon" list (the fallback when notifications are off). */
    suspend fun dueSoon(options: ReminderOptions, days: Long = DUE_SOON_DAYS): List<ScheduledReminder> =
        DueSoon.select(open().reminders(today().minusDays(DUE_SOON_PAST_DAYS), today().plusDays(days), options), today())

    /** Marks a reminder done (it never comes back). */
    /** A person's notices of what changes of the rules changed for them, newest first. */
    suspend fun notices(personId: String): List<NoticeView> = open().notices(personId)

    /** Marks a notice read (its reminder is cancelled at the next sync). */
    suspend fun markNoticeRead(id: String) = open().markNoticeRead(id, today())

    suspend fun reminderDone(id: String) = open().setReminderState(id, ReminderState.Done, today())

    /** Snoozes a reminder by [days]. */
    suspend fun snooze(id: String, days: Long) =
        open().setReminderState(id, ReminderState.Snoozed(today().plusDays(days)), today())

    // ---- keys ----

    private suspend fun needsNewPlatformKey(): Boolean {
        val platformSlots = open().keySlots().filter { it.kind == SlotKind.PLATFORM }
        return platformSlots.isEmpty() || keyWrapper.lastProblem == KeyProblem.INVALIDATED || !keyWrapper.hasKey()
    }

    /** Replaces the platform slot(s) with one wrapped by a new Keystore key. */
    private suspend fun reEnrollPlatformKey() {
        val store = open()
        val dead = store.keySlots().filter { it.kind == SlotKind.PLATFORM }
        keyWrapper.forgetKey()
        store.addKeySlot(Unlock.Platform(keyWrapper))
        for (slot in dead) store.removeKeySlot(slot.id)
    }

    private suspend fun attempt(viaPlatformKey: Boolean, open: suspend () -> DoctrackStore): OpenResult = try {
        store = open()
        OpenResult.Opened
    } catch (e: AppException) {
        classify(e, viaPlatformKey)
    }

    private fun classify(e: AppException, viaPlatformKey: Boolean): OpenResult = when (e) {
        is AppException.KeyUnavailable -> when {
            keyWrapper.lastProblem == KeyProblem.INVALIDATED || !keyWrapper.hasKey() -> OpenResult.KeyInvalidated
            else -> OpenResult.KeyUnavailable
        }
        // A platform key that unwraps to a wrong secret is not the key that
        // made the slot: as good as invalidated.
        is AppException.WrongSecret -> if (viaPlatformKey) OpenResult.KeyInvalidated else OpenResult.WrongPassphrase
        is AppException.StoreMissing -> OpenResult.NoStore
        is AppException.StorageCorrupt -> OpenResult.Damaged(e)
        is AppException.RolledBack -> OpenResult.RolledBack
        else -> OpenResult.Failed(e)
    }

    companion object {
        /** The store's file name in [dir]. */
        const val DEFAULT_NAME = "store.doctrack"

        /** How far ahead reminders are planned at each sync. */
        const val REMINDER_DAYS = 180L

        /**
         * At most this many alarms at once (AlarmManager allows 500 per app;
         * later ones come in at later syncs).
         */
        val REMINDER_LIMIT: UInt = 100u

        /** The "due soon" list: reminders of the next two weeks… */
        const val DUE_SOON_DAYS = 14L

        /** …and of the last week that are still pending. */
        const val DUE_SOON_PAST_DAYS = 7L
    }
}
