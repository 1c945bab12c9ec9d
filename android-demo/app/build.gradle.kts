// The demo app module. Not built on the doctrack build machines (no Android
// SDK, NDK or Gradle plugin there); its Kotlin sources are compiled there
// against android-all by android-demo/jvm-check (bash scripts/test-android-demo.sh).
import org.gradle.api.tasks.Exec

plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
}

// The repository root (this file is android-demo/app/build.gradle.kts).
val doctrackRoot: File = rootDir.parentFile

android {
    namespace = "org.doctrack.demo"
    compileSdk = 35
    // NDK version used for the Rust library (cargo-ndk reads ANDROID_NDK_HOME).
    ndkVersion = "27.2.12479018"

    defaultConfig {
        applicationId = "org.doctrack.demo"
        // 26: notification channels, java.time and AES-GCM Keystore keys everywhere.
        minSdk = 26
        targetSdk = 35
        versionCode = 1
        versionName = "0.1.0"
        ndk {
            abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64")
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    sourceSets {
        getByName("main") {
            // The app's Kotlin and the generated Android-flavour bindings
            // (bash scripts/generate-bindings.sh: target/bindings/kotlin-android).
            java.srcDirs("src/main/kotlin", File(doctrackRoot, "target/bindings/kotlin-android"))
            // libdoctrack_ffi.so per ABI, from the cargoNdk task below.
            jniLibs.srcDirs(layout.buildDirectory.dir("rustJniLibs"))
        }
        getByName("test") {
            java.srcDirs("src/test/kotlin")
        }
    }

    testOptions {
        // JVM unit tests: android.jar's stubs return defaults (Build.VERSION.SDK_INT
        // is 0, so the bindings use JNA's cleaner) and the host library is loaded
        // from target/debug (cargo build -p doctrack-ffi).
        unitTests.isReturnDefaultValues = true
        unitTests.all {
            it.useJUnitPlatform()
            it.systemProperty("jna.library.path", File(doctrackRoot, "target/debug").absolutePath)
        }
    }

    lint {
        // th, my, km and lo translate only the most visible strings (drafts);
        // the rest falls back to English on purpose.
        disable += "MissingTranslation"
    }

    packaging {
        jniLibs.keepDebugSymbols += "**/libdoctrack_ffi.so"
    }
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    // uniffi's Kotlin calls the library through JNA; the AAR ships libjnidispatch per ABI.
    implementation("net.java.dev.jna:jna:5.19.1@aar")
    implementation("org.jetbrains.kotlinx:kotlinx-coroutines-core:1.11.0")
    // Only for @RequiresApi in the generated Android-flavour bindings.
    implementation("androidx.annotation:annotation:1.9.1")

    testImplementation("org.junit.jupiter:junit-jupiter:5.14.4")
    // JVM unit tests load the host library through the plain JNA jar.
    testImplementation("net.java.dev.jna:jna:5.19.1")
}

// Builds the Rust library for every ABI with cargo-ndk (cargo install cargo-ndk;
// rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android).
val cargoNdk by tasks.registering(Exec::class) {
    group = "rust"
    description = "Builds libdoctrack_ffi.so for arm64-v8a, armeabi-v7a and x86_64 with cargo-ndk"
    workingDir = doctrackRoot
    val out = layout.buildDirectory.dir("rustJniLibs").get().asFile
    commandLine(
        "cargo", "ndk",
        "-t", "arm64-v8a", "-t", "armeabi-v7a", "-t", "x86_64",
        "--platform", "26",
        "-o", out.absolutePath,
        "build", "--release", "--locked", "-p", "doctrack-ffi",
    )
}

tasks.named("preBuild") { dependsOn(cargoNdk) }
