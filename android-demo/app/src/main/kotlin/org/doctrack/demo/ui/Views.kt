package org.doctrack.demo.ui

import android.app.Activity
import android.graphics.Typeface
import android.graphics.drawable.GradientDrawable
import android.text.InputType
import android.view.View
import android.view.ViewGroup
import android.widget.Button
import android.widget.EditText
import android.widget.LinearLayout
import android.widget.ScrollView
import android.widget.TextView
import org.doctrack.typedText

/**
 * Small helpers that build the screens from platform widgets in code (no
 * XML layouts, no AndroidX): every view the app shows is compiled and
 * type-checked with the rest of the Kotlin.
 */
class Column(val activity: Activity) {
    /** The column's layout. */
    val layout = LinearLayout(activity).apply {
        orientation = LinearLayout.VERTICAL
        val pad = dp(16)
        setPadding(pad, pad, pad, pad)
    }

    /** dp to pixels. */
    fun dp(value: Int): Int = (value * activity.resources.displayMetrics.density).toInt()

    /** Adds [view] and returns it. */
    fun <V : View> add(view: V): V {
        layout.addView(view, LinearLayout.LayoutParams(ViewGroup.LayoutParams.MATCH_PARENT, ViewGroup.LayoutParams.WRAP_CONTENT))
        return view
    }

    /** A heading. */
    fun heading(text: CharSequence): TextView = add(TextView(activity).apply {
        this.text = BurmeseScript.forScreen(text)
        textSize = 20f
        setTypeface(typeface, Typeface.BOLD)
        setPadding(0, dp(12), 0, dp(4))
    })

    /** A line of text. */
    fun text(text: CharSequence, size: Float = 16f): TextView = add(TextView(activity).apply {
        this.text = BurmeseScript.forScreen(text)
        textSize = size
        setPadding(0, dp(2), 0, dp(2))
    })

    /** A small grey note (sources, review states). */
    fun note(text: CharSequence): TextView = text(text, 13f).apply { setTextColor(0xFF616161.toInt()) }

    /** A button. */
    fun button(text: CharSequence, onClick: () -> Unit): Button = add(Button(activity).apply {
        this.text = BurmeseScript.forScreen(text)
        setOnClickListener { onClick() }
    })

    /**
     * A text field. When the person leaves it after typing Zawgyi on a phone
     * whose font is Unicode, the text is shown converted, with a note saying
     * so (on a Zawgyi phone it stays as typed; the store converts it).
     */
    fun field(hint: CharSequence, password: Boolean = false): EditText = add(EditText(activity).apply {
        this.hint = BurmeseScript.forScreen(hint)
        if (password) {
            inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_VARIATION_PASSWORD
        } else {
            setOnFocusChangeListener { _, focused ->
                if (!focused && !BurmeseScript.zawgyiFont) {
                    val typed = typedText(text.toString())
                    if (typed.convertedFromZawgyi) {
                        setText(typed.text)
                        error = activity.getString(org.doctrack.demo.R.string.zawgyi_converted)
                    }
                }
            }
        }
    })

    /** A coloured status label. */
    fun chip(text: CharSequence, colour: Int): TextView = add(TextView(activity).apply {
        this.text = BurmeseScript.forScreen(text)
        setTextColor(StatusColours.onColour(colour))
        background = GradientDrawable().apply {
            setColor(colour)
            cornerRadius = dp(12).toFloat()
        }
        setPadding(dp(10), dp(4), dp(10), dp(4))
    })

    /** Removes every view. */
    fun clear() = layout.removeAllViews()

    /** The column in a scroll view, as the activity's content. */
    fun show() {
        activity.setContentView(ScrollView(activity).apply { addView(layout) })
    }
}
