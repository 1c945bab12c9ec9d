package org.doctrack.tests

import org.doctrack.KeyWrapper
import org.doctrack.KeyWrapperException
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * A platform key wrapper as an Android app writes it, with javax.crypto
 * AES-256-GCM standing in for a non-exportable Android Keystore key.
 *
 * [invalidate] simulates the Keystore invalidating the key (a new
 * fingerprint, the lock screen removed); [leakyFailure] makes every call
 * throw an exception whose text holds personal data, which doctrack must
 * never copy into its errors.
 */
class AesGcmKeyWrapper : KeyWrapper {
    private val key: SecretKey = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
    private val random = SecureRandom()

    @Volatile var invalidated = false
    @Volatile var leakyFailure = false
    @Volatile var calls = 0

    fun invalidate() {
        invalidated = true
    }

    private fun check() {
        calls++
        if (leakyFailure) throw RuntimeException("keystore failed for passport MA1234567 of Zaw Min Htut")
        if (invalidated) throw KeyWrapperException.Invalidated()
    }

    override fun wrap(secret: ByteArray): ByteArray {
        check()
        val iv = ByteArray(12).also { random.nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, iv))
        return iv + cipher.doFinal(secret)
    }

    override fun unwrap(wrapped: ByteArray): ByteArray {
        check()
        if (wrapped.size < 12 + 16) throw KeyWrapperException.Unavailable()
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, wrapped.copyOfRange(0, 12)))
        return cipher.doFinal(wrapped.copyOfRange(12, wrapped.size))
    }
}
