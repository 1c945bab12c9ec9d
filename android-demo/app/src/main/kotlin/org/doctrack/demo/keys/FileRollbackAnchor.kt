package org.doctrack.demo.keys

import org.doctrack.AnchorException
import org.doctrack.RollbackAnchor
import java.io.File
import java.io.IOException

/**
 * The rollback anchor of one store: doctrack's sealed value (it reveals
 * nothing) kept in [file], outside the store's folder and never in a
 * backup. An older copy of the store file put back alone — restored by hand,
 * moved from another phone, swapped in by someone who can replace files —
 * is then refused at open (`AppException.RolledBack`).
 *
 * What it does not catch on Android: someone who rolls back every file of
 * the app at once (store and anchor together, e.g. on a rooted phone), as
 * Android offers apps no storage that such a person cannot roll back
 * (README, security).
 *
 * Written beside and renamed, so a crash never leaves half a value.
 */
class FileRollbackAnchor(private val file: File) : RollbackAnchor {
    override fun load(): ByteArray? = try {
        if (file.isFile) file.readBytes() else null
    } catch (e: IOException) {
        throw AnchorException.Unavailable()
    }

    override fun save(value: ByteArray) {
        try {
            file.parentFile?.mkdirs()
            val next = File(file.parentFile, file.name + ".next")
            next.outputStream().use { out ->
                out.write(value)
                out.fd.sync()
            }
            if (!next.renameTo(file)) throw IOException("rename failed")
        } catch (e: IOException) {
            throw AnchorException.Unavailable()
        }
    }
}
