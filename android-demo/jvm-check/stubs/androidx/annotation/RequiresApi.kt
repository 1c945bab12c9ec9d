package androidx.annotation

/**
 * Stand-in for androidx.annotation.RequiresApi, which the generated
 * Android-flavour bindings name. Only for compiling on a plain JVM
 * (android-demo/jvm-check); the Gradle build uses the real
 * androidx.annotation:annotation artifact from Google's Maven repository.
 */
@Retention(AnnotationRetention.BINARY)
@Target(
    AnnotationTarget.CLASS,
    AnnotationTarget.FUNCTION,
    AnnotationTarget.CONSTRUCTOR,
    AnnotationTarget.PROPERTY_GETTER,
    AnnotationTarget.PROPERTY_SETTER,
    AnnotationTarget.FIELD,
    AnnotationTarget.FILE,
)
annotation class RequiresApi(val value: Int = 1, val api: Int = 1)
