import DocTrack
import Foundation

/// doctrack's `RollbackAnchor` in the Keychain: the store's sealed value
/// (it reveals nothing) as a generic-password item that is readable only
/// while the device is unlocked and never leaves this iPhone — not in
/// iCloud Keychain, not in backups. An older copy of the store file put
/// back in its place (from a backup, another device, a file copied in) is
/// then refused at open with `AppError.RolledBack`.
///
/// One item per store file (`account`). Saving replaces the item: the old
/// one is deleted first, so a crash between the two leaves no value, and
/// the next open remembers the store as it is then (README, security).
public final class KeychainRollbackAnchor: RollbackAnchor, @unchecked Sendable {
    private let keychain: KeychainAccess
    private let account: String

    public init(keychain: KeychainAccess = SystemKeychain(), storeName: String) {
        self.keychain = keychain
        self.account = "doctrack-anchor-" + storeName
    }

    public func load() throws -> Data? {
        do {
            return try keychain.read(account: account)
        } catch {
            throw AnchorError.Unavailable
        }
    }

    public func save(value: Data) throws {
        do {
            try keychain.delete(account: account)
            try keychain.add(account: account, data: value)
        } catch {
            throw AnchorError.Unavailable
        }
    }
}
