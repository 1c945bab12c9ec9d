package org.doctrack.demo.keys

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.security.KeyStore
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey

/**
 * [KeyStoreAccess] over the Android Keystore ("AndroidKeyStore" provider):
 * AES-256-GCM keys that never leave the secure hardware (or the TEE's
 * software fallback), random IVs required, and — when asked — usable only
 * for [AUTH_VALIDITY_SECONDS] after the person unlocked with a biometric or
 * the device credential. Such keys are invalidated by Android when a new
 * fingerprint is enrolled or the lock screen is removed
 * (`setInvalidatedByBiometricEnrollment(true)`), which the wrapper reports
 * as [KeyProblem.INVALIDATED].
 */
class AndroidKeystoreAccess : KeyStoreAccess {
    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    override fun find(alias: String): SecretKey? = keyStore().getKey(alias, null) as? SecretKey

    override fun generate(alias: String, requireUserAuthentication: Boolean): SecretKey {
        val spec = KeyGenParameterSpec.Builder(
            alias,
            KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT,
        )
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setRandomizedEncryptionRequired(true)
            .apply {
                if (requireUserAuthentication) {
                    setUserAuthenticationRequired(true)
                    setInvalidatedByBiometricEnrollment(true)
                    if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R) {
                        setUserAuthenticationParameters(
                            AUTH_VALIDITY_SECONDS,
                            KeyProperties.AUTH_BIOMETRIC_STRONG or KeyProperties.AUTH_DEVICE_CREDENTIAL,
                        )
                    } else {
                        @Suppress("DEPRECATION")
                        setUserAuthenticationValidityDurationSeconds(AUTH_VALIDITY_SECONDS)
                    }
                }
            }
            .build()
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER).run {
            init(spec)
            generateKey()
        }
    }

    override fun delete(alias: String) {
        val store = keyStore()
        if (store.containsAlias(alias)) store.deleteEntry(alias)
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"

        /** How long one unlock of the phone lets the key be used. */
        const val AUTH_VALIDITY_SECONDS = 30
    }
}
