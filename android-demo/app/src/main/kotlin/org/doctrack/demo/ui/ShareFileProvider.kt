package org.doctrack.demo.ui

import android.content.ContentProvider
import android.content.ContentValues
import android.content.Context
import android.database.Cursor
import android.net.Uri
import android.os.ParcelFileDescriptor
import java.io.File
import java.io.FileNotFoundException

/**
 * The one share file another app (a messenger) may read:
 * `cache/share/doctrack.share`, through a content URI with a temporary read
 * grant. It is sealed for the chosen organisation alone; the share screen
 * deletes it when it is next opened.
 */
class ShareFileProvider : ContentProvider() {
    override fun onCreate(): Boolean = true

    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor {
        val context = context ?: throw FileNotFoundException()
        if (uri != uri() || mode != "r") throw FileNotFoundException()
        return ParcelFileDescriptor.open(file(context), ParcelFileDescriptor.MODE_READ_ONLY)
    }

    override fun getType(uri: Uri): String = MIME

    override fun query(uri: Uri, projection: Array<out String>?, selection: String?, selectionArgs: Array<out String>?, sortOrder: String?): Cursor? = null

    override fun insert(uri: Uri, values: ContentValues?): Uri? = null

    override fun delete(uri: Uri, selection: String?, selectionArgs: Array<out String>?): Int = 0

    override fun update(uri: Uri, values: ContentValues?, selection: String?, selectionArgs: Array<out String>?): Int = 0

    companion object {
        private const val AUTHORITY = "org.doctrack.demo.shares"

        /** What the file is, for the messenger. */
        const val MIME = "application/octet-stream"

        /** The share's content URI. */
        fun uri(): Uri = Uri.parse("content://$AUTHORITY/doctrack.share")

        /** The share's file. */
        fun file(context: Context): File = File(File(context.cacheDir, "share"), "doctrack.share")
    }
}
