package org.doctrack.demo

import org.doctrack.KeyWrapperException
import org.doctrack.demo.keys.KeyProblem
import org.doctrack.demo.keys.KeystoreKeyWrapper
import org.junit.jupiter.api.Assertions.assertArrayEquals
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The Keystore key wrapper's logic with a software key store standing in for the Android Keystore. */
class KeystoreKeyWrapperTest {
    private val secret = ByteArray(32) { (it * 7 + 3).toByte() }

    @Test
    fun `wraps and unwraps with a key made on first use`() {
        val keys = FakeKeyStore()
        val wrapper = KeystoreKeyWrapper(keys)
        assertFalse(wrapper.hasKey())
        val wrapped = wrapper.wrap(secret)
        assertTrue(wrapper.hasKey())
        assertEquals(1 + 12 + 32 + 16, wrapped.size)
        assertEquals(1, wrapped[0].toInt())
        assertFalse(wrapped.toList().windowed(8).contains(secret.take(8)), "the secret is not in the blob")
        assertArrayEquals(secret, wrapper.unwrap(wrapped))
        assertNull(wrapper.lastProblem)
        // A second wrap uses the same key, with a fresh IV.
        val again = wrapper.wrap(secret)
        assertEquals(1, keys.generated)
        assertFalse(again.contentEquals(wrapped))
    }

    @Test
    fun `a key invalidated by a new fingerprint is reported as invalidated`() {
        val keys = FakeKeyStore()
        val wrapper = KeystoreKeyWrapper(keys, requireUserAuthentication = true)
        val wrapped = wrapper.wrap(secret)
        keys.invalidate(KeystoreKeyWrapper.DEFAULT_ALIAS)
        assertThrows<KeyWrapperException.Invalidated> { wrapper.unwrap(wrapped) }
        assertEquals(KeyProblem.INVALIDATED, wrapper.lastProblem)
        // Re-enrolling: the dead key is deleted and a new one made.
        wrapper.forgetKey()
        assertNull(wrapper.lastProblem)
        val rewrapped = wrapper.wrap(secret)
        assertEquals(2, keys.generated)
        assertArrayEquals(secret, wrapper.unwrap(rewrapped))
        // The old blob cannot be opened by the new key.
        assertThrows<KeyWrapperException.Invalidated> { wrapper.unwrap(wrapped) }
    }

    @Test
    fun `a wiped key store (app data reset) is invalidated, not unavailable`() {
        val keys = FakeKeyStore()
        val wrapper = KeystoreKeyWrapper(keys)
        val wrapped = wrapper.wrap(secret)
        keys.wipe()
        assertThrows<KeyWrapperException.Invalidated> { wrapper.unwrap(wrapped) }
        assertEquals(KeyProblem.INVALIDATED, wrapper.lastProblem)
    }

    @Test
    fun `a key that needs authentication now is unavailable, and works after it`() {
        val keys = FakeKeyStore()
        val wrapper = KeystoreKeyWrapper(keys, requireUserAuthentication = true)
        val wrapped = wrapper.wrap(secret)
        keys.requireAuthentication = true
        assertThrows<KeyWrapperException.Unavailable> { wrapper.unwrap(wrapped) }
        assertEquals(KeyProblem.UNAVAILABLE, wrapper.lastProblem)
        keys.requireAuthentication = false
        assertArrayEquals(secret, wrapper.unwrap(wrapped))
        assertNull(wrapper.lastProblem)
    }

    @Test
    fun `damaged or foreign blobs are refused with a typed error`() {
        val wrapper = KeystoreKeyWrapper(FakeKeyStore())
        val wrapped = wrapper.wrap(secret)
        assertThrows<KeyWrapperException.Invalidated> { wrapper.unwrap(wrapped.copyOf(10)) }
        val otherFormat = wrapped.copyOf().also { it[0] = 9 }
        assertThrows<KeyWrapperException.Invalidated> { wrapper.unwrap(otherFormat) }
        val flipped = wrapped.copyOf().also { it[20] = (it[20].toInt() xor 1).toByte() }
        assertThrows<KeyWrapperException.Invalidated> { wrapper.unwrap(flipped) }
    }
}
