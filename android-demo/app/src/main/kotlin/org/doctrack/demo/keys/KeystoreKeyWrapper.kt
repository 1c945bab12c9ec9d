package org.doctrack.demo.keys

import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.UserNotAuthenticatedException
import org.doctrack.KeyWrapper
import org.doctrack.KeyWrapperException
import java.security.GeneralSecurityException
import java.security.InvalidKeyException
import java.util.concurrent.atomic.AtomicReference
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/** Why the platform key could not be used, as the app's screens need it. */
enum class KeyProblem {
    /** Gone for good (new fingerprint, lock screen removed, app data reset): offer passphrase or backup. */
    INVALIDATED,

    /** Not usable now (the person must authenticate first, keystore busy): try again or use the passphrase. */
    UNAVAILABLE,
}

/**
 * The doctrack [KeyWrapper] backed by the Android Keystore: a
 * non-exportable AES-256-GCM key under [alias], optionally usable only after
 * the person authenticated ([requireUserAuthentication]). doctrack hands it a
 * random 32-byte slot secret to wrap at setup and to unwrap at every open;
 * the data key never reaches the app.
 *
 * Wrapped blobs are `version (1) ‖ IV (12) ‖ ciphertext+tag`.
 *
 * When the key is gone for good the wrapper throws
 * [KeyWrapperException.Invalidated] and remembers [KeyProblem.INVALIDATED]
 * ([lastProblem]): the app then offers the passphrase slot or a backup
 * restore and re-enrolls a new key ([forgetKey] + `addKeySlot`). The store
 * file is never touched here.
 *
 * All key store operations go through [keys], so the logic is tested on a
 * JVM with a software key store ([AndroidKeystoreAccess] on the phone).
 * Nothing is logged: the platform's exception texts may hold personal data.
 */
class KeystoreKeyWrapper(
    private val keys: KeyStoreAccess,
    private val alias: String = DEFAULT_ALIAS,
    private val requireUserAuthentication: Boolean = false,
) : KeyWrapper {
    private val problem = AtomicReference<KeyProblem?>(null)

    /** What went wrong at the last wrap or unwrap, or null if it worked. */
    val lastProblem: KeyProblem? get() = problem.get()

    override fun wrap(secret: ByteArray): ByteArray = guarded {
        val key = keys.find(alias) ?: keys.generate(alias, requireUserAuthentication)
        val cipher = Cipher.getInstance(TRANSFORMATION)
        keys.initCipher(cipher, Cipher.ENCRYPT_MODE, key, null)
        val iv = cipher.iv
        if (iv == null || iv.size != IV_BYTES) throw KeyWrapperException.Unavailable()
        byteArrayOf(FORMAT) + iv + cipher.doFinal(secret)
    }

    override fun unwrap(wrapped: ByteArray): ByteArray = guarded {
        // No key under the alias: the Keystore was cleared (app data reset,
        // restored to a new phone). Nothing can bring that key back.
        val key = keys.find(alias) ?: throw invalidated()
        if (wrapped.size < 1 + IV_BYTES + TAG_BYTES || wrapped[0] != FORMAT) throw invalidated()
        val cipher = Cipher.getInstance(TRANSFORMATION)
        val iv = wrapped.copyOfRange(1, 1 + IV_BYTES)
        keys.initCipher(cipher, Cipher.DECRYPT_MODE, key, iv)
        try {
            cipher.doFinal(wrapped, 1 + IV_BYTES, wrapped.size - 1 - IV_BYTES)
        } catch (e: AEADBadTagException) {
            // A different key of the same alias (it was deleted and made
            // again): the old one is gone for good.
            throw invalidated()
        }
    }

    /** Deletes the dead key so the next [wrap] makes a new one (re-enrolling after recovery). */
    fun forgetKey() {
        keys.delete(alias)
        problem.set(null)
    }

    /** Whether a key exists under the alias. */
    fun hasKey(): Boolean = keys.find(alias) != null

    private fun invalidated(): KeyWrapperException {
        problem.set(KeyProblem.INVALIDATED)
        return KeyWrapperException.Invalidated()
    }

    private fun guarded(work: () -> ByteArray): ByteArray {
        problem.set(null)
        return try {
            work()
        } catch (e: KeyWrapperException) {
            if (problem.get() == null) {
                problem.set(if (e is KeyWrapperException.Invalidated) KeyProblem.INVALIDATED else KeyProblem.UNAVAILABLE)
            }
            throw e
        } catch (e: KeyPermanentlyInvalidatedException) {
            throw invalidated()
        } catch (e: UserNotAuthenticatedException) {
            problem.set(KeyProblem.UNAVAILABLE)
            throw KeyWrapperException.Unavailable()
        } catch (e: InvalidKeyException) {
            problem.set(KeyProblem.UNAVAILABLE)
            throw KeyWrapperException.Unavailable()
        } catch (e: GeneralSecurityException) {
            problem.set(KeyProblem.UNAVAILABLE)
            throw KeyWrapperException.Unavailable()
        } catch (e: java.security.ProviderException) {
            // Keystore daemon trouble (busy, locked device on some phones).
            problem.set(KeyProblem.UNAVAILABLE)
            throw KeyWrapperException.Unavailable()
        }
    }

    companion object {
        /** The Keystore alias the demo uses. */
        const val DEFAULT_ALIAS = "doctrack-store-key"
        private const val TRANSFORMATION = "AES/GCM/NoPadding"
        private const val FORMAT: Byte = 1
        private const val IV_BYTES = 12
        private const val TAG_BYTES = 16
        internal const val TAG_BITS = 128
    }
}

/** The key store seen by [KeystoreKeyWrapper]: the Android Keystore, or a fake in tests. */
interface KeyStoreAccess {
    /** The key under [alias], or null if there is none. */
    fun find(alias: String): SecretKey?

    /** Makes a new non-exportable AES-256 key under [alias]. */
    fun generate(alias: String, requireUserAuthentication: Boolean): SecretKey

    /** Deletes the key under [alias] (never the store). */
    fun delete(alias: String)

    /**
     * Initialises [cipher] with [key]; [iv] is null for encryption (the key
     * store picks a random IV). May throw KeyPermanentlyInvalidatedException
     * or UserNotAuthenticatedException, as the Android Keystore does.
     */
    fun initCipher(cipher: Cipher, mode: Int, key: SecretKey, iv: ByteArray?) {
        if (iv == null) cipher.init(mode, key) else cipher.init(mode, key, GCMParameterSpec(KeystoreKeyWrapper.TAG_BITS, iv))
    }
}
