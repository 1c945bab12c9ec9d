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
 * The one file the camera app may write: `cache/camera/photo.jpg`, shared
 * through a content URI with a temporary write grant (the platform's
 * replacement for AndroidX's FileProvider, which is not used here). The
 * photo leaves the disk as soon as it is read into the encrypted store.
 */
class PhotoProvider : ContentProvider() {
    override fun onCreate(): Boolean = true

    override fun openFile(uri: Uri, mode: String): ParcelFileDescriptor {
        val context = context ?: throw FileNotFoundException()
        if (uri != uri()) throw FileNotFoundException()
        val file = file(context)
        file.parentFile?.mkdirs()
        return ParcelFileDescriptor.open(file, ParcelFileDescriptor.parseMode(mode))
    }

    override fun getType(uri: Uri): String = "image/jpeg"

    override fun query(uri: Uri, projection: Array<out String>?, selection: String?, selectionArgs: Array<out String>?, sortOrder: String?): Cursor? = null

    override fun insert(uri: Uri, values: ContentValues?): Uri? = null

    override fun delete(uri: Uri, selection: String?, selectionArgs: Array<out String>?): Int = 0

    override fun update(uri: Uri, values: ContentValues?, selection: String?, selectionArgs: Array<out String>?): Int = 0

    companion object {
        private const val AUTHORITY = "org.doctrack.demo.photos"

        /** The photo's content URI. */
        fun uri(): Uri = Uri.parse("content://$AUTHORITY/photo.jpg")

        /** The photo's file. */
        fun file(context: Context): File = File(File(context.cacheDir, "camera"), "photo.jpg")
    }
}
