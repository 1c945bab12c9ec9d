package org.doctrack.demo.ui

import android.os.Handler
import android.os.Looper
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.SupervisorJob
import kotlin.coroutines.CoroutineContext

/**
 * A coroutine dispatcher for Android's main thread over a platform
 * `Handler` (the app uses no AndroidX or kotlinx-coroutines-android).
 * doctrack's `suspend` calls run on the store's own worker thread, so
 * awaiting them here never blocks the UI.
 */
object MainThread : CoroutineDispatcher() {
    private val handler by lazy { Handler(Looper.getMainLooper()) }

    override fun dispatch(context: CoroutineContext, block: Runnable) {
        handler.post(block)
    }
}

/** A scope for one screen: cancel it in `onDestroy`. */
fun screenScope(): CoroutineScope = CoroutineScope(SupervisorJob() + MainThread)
