package org.doctrack.demo

import android.content.SharedPreferences
import org.doctrack.core.Language

/**
 * The person's choices, in the app's private preferences: the language of
 * the app and of reminders, and whether notifications may show details on
 * the lock screen (off by default). Holds no personal data.
 */
class Settings(private val prefs: SharedPreferences) {
    /** The chosen language; null until chosen (then the phone's language, if doctrack has it). */
    var language: Language?
        get() = prefs.getString(KEY_LANGUAGE, null)?.let { code -> Languages.fromCode(code) }
        set(value) {
            prefs.edit().putString(KEY_LANGUAGE, value?.let(Languages::code)).apply()
        }

    /** Show the detailed reminder text on the lock screen (opt-in). */
    var detailedLockScreen: Boolean
        get() = prefs.getBoolean(KEY_DETAILED, false)
        set(value) {
            prefs.edit().putBoolean(KEY_DETAILED, value).apply()
        }

    /** Whether the notification permission was asked once already (Android 13+). */
    var askedForNotifications: Boolean
        get() = prefs.getBoolean(KEY_ASKED, false)
        set(value) {
            prefs.edit().putBoolean(KEY_ASKED, value).apply()
        }

    private companion object {
        const val KEY_LANGUAGE = "language"
        const val KEY_DETAILED = "detailed_lock_screen"
        const val KEY_ASKED = "asked_notifications"
    }
}

/** The five languages doctrack speaks, with their codes and own names. */
object Languages {
    /** In the order the language screen lists them. */
    val all: List<Language> = listOf(Language.MY, Language.KM, Language.LO, Language.TH, Language.EN)

    /** BCP 47 code (also the Android resource qualifier). */
    fun code(language: Language): String = when (language) {
        Language.EN -> "en"
        Language.TH -> "th"
        Language.MY -> "my"
        Language.KM -> "km"
        Language.LO -> "lo"
    }

    /** The language of [code], or null if doctrack has none. */
    fun fromCode(code: String): Language? = all.firstOrNull { code(it) == code.substringBefore('-').lowercase() }

    /** The language's name in itself, for the language screen. */
    fun ownName(language: Language): String = when (language) {
        Language.EN -> "English"
        Language.TH -> "ไทย"
        Language.MY -> "မြန်မာ"
        Language.KM -> "ខ្មែរ"
        Language.LO -> "ລາວ"
    }
}
