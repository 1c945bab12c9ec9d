package android.os

/**
 * Test stand-in for android.os.Build (JVM unit tests only, first on the
 * class path). The real class in android-all reads system properties through
 * native code that exists only on a device. The Android-flavour bindings ask
 * `Build.VERSION.SDK_INT`; 0 makes them use JNA's object cleaner instead of
 * android.system.SystemCleaner, which is the only difference between the
 * Android and JVM flavours. The Gradle build's unit tests get the same from
 * `unitTests.isReturnDefaultValues = true`.
 */
@Suppress("unused")
class Build {
    object VERSION {
        @JvmField
        val SDK_INT: Int = 0
    }

    object VERSION_CODES {
        const val S: Int = 31
        const val TIRAMISU: Int = 33
        const val UPSIDE_DOWN_CAKE: Int = 34
    }
}
