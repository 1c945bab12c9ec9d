import CryptoKit
import DocTrack
import Foundation
import Security

/// Why the platform key could not be used, as the unlock screen needs it.
public enum KeyProblem: Sendable, Equatable {
    /// Gone for good (the app was reinstalled, the device restored without it): offer passphrase or backup.
    case invalidated
    /// Not usable now (the device is locked): try again, or use the passphrase.
    case unavailable
    /// The person cancelled the authentication prompt.
    case cancelled
}

/// The Keychain operations the wrapper needs, so its logic can be tested with a fake.
public protocol KeychainAccess: Sendable {
    /// The key data stored under `account`, or nil if there is none.
    func read(account: String) throws -> Data?
    /// Stores new key data under `account` (never replaces).
    func add(account: String, data: Data) throws
    /// Deletes the item under `account` (never the store).
    func delete(account: String) throws
}

/// Errors of `KeychainAccess`, mapped from `OSStatus`.
public enum KeychainFailure: Error, Equatable {
    case locked
    case cancelled
    case other(OSStatus)
}

/// doctrack's `KeyWrapper` backed by the iOS Keychain.
///
/// A random 256-bit AES key is kept as a generic-password item with
/// `kSecAttrAccessibleWhenUnlockedThisDeviceOnly`: readable only while the
/// device is unlocked, never synced to iCloud, never in backups, so it stays
/// on this iPhone. doctrack gives the wrapper a random 32-byte slot secret;
/// it is sealed with AES-GCM (CryptoKit) as `version (1) ‖ nonce ‖ ciphertext ‖ tag`.
/// The data key never reaches the app.
///
/// When the key is gone for good the wrapper throws `KeyWrapperError.Invalidated`
/// and remembers `.invalidated` (`lastProblem`): the app then offers the
/// recovery passphrase or a backup restore, and enrolls a new key. The store
/// file is never touched here. Nothing is logged.
public final class KeychainKeyWrapper: KeyWrapper, @unchecked Sendable {
    private let keychain: KeychainAccess
    private let account: String
    private let lock = NSLock()
    private var problem: KeyProblem?

    public init(keychain: KeychainAccess = SystemKeychain(), account: String = "doctrack-store-key") {
        self.keychain = keychain
        self.account = account
    }

    /// What went wrong at the last wrap or unwrap, or nil if it worked.
    public var lastProblem: KeyProblem? {
        lock.lock(); defer { lock.unlock() }
        return problem
    }

    private func record(_ p: KeyProblem?) {
        lock.lock(); problem = p; lock.unlock()
    }

    public func wrap(secret: Data) throws -> Data {
        record(nil)
        let key = try existingKey() ?? newKey()
        do {
            // 12-byte nonce (CryptoKit's default), so `combined` is never nil.
            guard let combined = try AES.GCM.seal(secret, using: key).combined else {
                throw KeyWrapperError.Unavailable
            }
            return Data([1]) + combined
        } catch {
            record(.unavailable)
            throw KeyWrapperError.Unavailable
        }
    }

    public func unwrap(wrapped: Data) throws -> Data {
        record(nil)
        guard let key = try existingKey() else {
            record(.invalidated)
            throw KeyWrapperError.Invalidated
        }
        guard wrapped.count >= 1 + 12 + 16, wrapped.first == 1 else {
            record(.invalidated)
            throw KeyWrapperError.Invalidated
        }
        do {
            let body = wrapped.dropFirst()
            let box = try AES.GCM.SealedBox(combined: Data(body))
            return try AES.GCM.open(box, using: key)
        } catch {
            // Another key under the same account: the old one is gone.
            record(.invalidated)
            throw KeyWrapperError.Invalidated
        }
    }

    /// Deletes the dead key so the next `wrap` makes a new one (re-enrolling).
    public func forgetKey() {
        try? keychain.delete(account: account)
        record(nil)
    }

    /// Whether a key exists.
    public func hasKey() -> Bool {
        (try? keychain.read(account: account)) != nil
    }

    private func existingKey() throws -> SymmetricKey? {
        do {
            return try keychain.read(account: account).map { SymmetricKey(data: $0) }
        } catch KeychainFailure.cancelled {
            record(.cancelled)
            throw KeyWrapperError.Cancelled
        } catch {
            record(.unavailable)
            throw KeyWrapperError.Unavailable
        }
    }

    private func newKey() throws -> SymmetricKey {
        let key = SymmetricKey(size: .bits256)
        do {
            try keychain.add(account: account, data: key.withUnsafeBytes { Data($0) })
        } catch {
            record(.unavailable)
            throw KeyWrapperError.Unavailable
        }
        return key
    }
}

/// `KeychainAccess` over the real Keychain (generic passwords of this app).
///
/// With `requireBiometry`, the item is also protected by the current set of
/// enrolled biometrics (`.biometryCurrentSet`): reading it shows Face ID or
/// Touch ID, and enrolling a new finger or face makes it unreadable for good,
/// which the wrapper reports as `Invalidated` (the same outcome as Android's
/// `KeyPermanentlyInvalidatedException`).
public struct SystemKeychain: KeychainAccess {
    private let service = "org.doctrack.demo"
    private let requireBiometry: Bool

    public init(requireBiometry: Bool = false) {
        self.requireBiometry = requireBiometry
    }

    public func read(account: String) throws -> Data? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess: return item as? Data
        case errSecItemNotFound: return nil
        default: throw Self.failure(status)
        }
    }

    public func add(account: String, data: Data) throws {
        var attributes: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecValueData as String: data,
        ]
        if requireBiometry,
           let access = SecAccessControlCreateWithFlags(
               nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .biometryCurrentSet, nil
           ) {
            attributes[kSecAttrAccessControl as String] = access
        } else {
            // Only while unlocked, only on this device: no iCloud Keychain, no backups.
            attributes[kSecAttrAccessible as String] = kSecAttrAccessibleWhenUnlockedThisDeviceOnly
        }
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else { throw Self.failure(status) }
    }

    public func delete(account: String) throws {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        let status = SecItemDelete(query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else { throw Self.failure(status) }
    }

    private static func failure(_ status: OSStatus) -> KeychainFailure {
        switch status {
        case errSecInteractionNotAllowed, errSecAuthFailed: return .locked
        case errSecUserCanceled: return .cancelled
        default: return .other(status)
        }
    }
}
