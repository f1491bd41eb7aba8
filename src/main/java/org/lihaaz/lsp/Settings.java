package org.lihaaz.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.lihaaz.config.ConfigLoader;
import org.lihaaz.lang.LanguageChoice;
import org.lihaaz.rule.MessageChoice;
import org.lihaaz.rule.Rule;

/**
 * What the editor's settings choose, over each project's {@code .lihaaz.yml} (as the command line's
 * {@code --lang}, {@code --sureness} and {@code --messages} do); null leaves it to the project.
 * Read from {@code initializationOptions} and {@code workspace/didChangeConfiguration}, either as
 * {@code {"lihaaz": {...}}} or as the object itself. A value that cannot be read is left out and
 * named in {@link #problems()}.
 */
record Settings(LanguageChoice language, Rule.Sureness sureness, MessageChoice messages, List<String> problems) {
    static final Settings NONE = new Settings(null, null, null, List.of());

    Settings {
        problems = List.copyOf(problems);
    }

    static Settings from(Object json) {
        if (!(json instanceof JsonObject o)) {
            return NONE;
        }
        if (o.has("lihaaz") && o.get("lihaaz").isJsonObject()) {
            o = o.getAsJsonObject("lihaaz");
        }
        List<String> problems = new ArrayList<>();
        String lang = string(o, "language");
        String sure = string(o, "sureness");
        String msgs = string(o, "messages");
        LanguageChoice language = lang == null ? null : LanguageChoice.parse(lang).orElse(null);
        if (lang != null && language == null) {
            problems.add("setting language: '" + lang + "' is not auto, en, ur or ur-Latn");
        }
        Rule.Sureness sureness = sure == null ? null : ConfigLoader.parseSureness(sure).orElse(null);
        if (sure != null && sureness == null) {
            problems.add("setting sureness: '" + sure + "' is not low, medium or high");
        }
        MessageChoice messages = msgs == null ? null : MessageChoice.parse(msgs).orElse(null);
        if (msgs != null && messages == null) {
            problems.add("setting messages: '" + msgs + "' is not a known choice");
        }
        return new Settings(language, sureness, messages, problems);
    }

    /** A whole number setting (server limits in initializationOptions), or the default. */
    static long number(Object json, String key, long dflt) {
        if (json instanceof JsonObject o) {
            if (o.has("lihaaz") && o.get("lihaaz").isJsonObject()) {
                o = o.getAsJsonObject("lihaaz");
            }
            JsonElement e = o.get(key);
            if (e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber()) {
                return e.getAsLong();
            }
        }
        return dflt;
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull() || !e.isJsonPrimitive()) {
            return null;
        }
        String s = e.getAsString().strip();
        return s.isEmpty() ? null : s;
    }
}
