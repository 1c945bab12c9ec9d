// The doctrack Android demo. Open this folder in Android Studio, or run
// ./gradlew :app:assembleDebug (see README.md: it needs the Android SDK, the
// NDK and cargo-ndk, none of which the doctrack build machines have).
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "doctrack-demo"
include(":app")
