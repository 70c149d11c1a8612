package dev.six.lsp.server;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.six.lsp.eval.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the server's settings from what an editor sends: the {@code six} section pulled with
 * {@code workspace/configuration}, {@code workspace/didChangeConfiguration}'s settings, or
 * {@code initializationOptions}. Keys may be nested ({@code {"evaluation": {"roots": [...]}}}, as
 * editors send dotted setting names) or dotted; the section may come with or without its
 * {@code six} wrapper. Missing or mistyped keys keep the value they had, and a mistyped one is logged.
 *
 * <pre>
 * six.evaluation.roots      files or directories, relative to the workspace (default: discovered)
 * six.evaluation.enable     evaluate on save (default: true)
 * six.evaluation.timeLimit  seconds one root's evaluation may take (default: 10)
 * six.nixPath               NIX_PATH entries: "prefix=path" or "path", relative to the workspace
 *                           (default: the NIX_PATH the server was started with)
 * six.diagnostics.delay     milliseconds the static diagnostics wait after an edit (default: 150)
 * </pre>
 */
final class SettingsReader {
  private static final Logger LOG = LoggerFactory.getLogger(SettingsReader.class);

  private SettingsReader() {}

  /** {@code base} with whatever {@code sent} (a JSON element, or what LSP4J made of one) sets. */
  static Settings read(Object sent, Settings base) {
    JsonElement json = sent instanceof JsonElement e ? e : new Gson().toJsonTree(sent);
    if (json == null || !json.isJsonObject()) {
      return base;
    }
    JsonObject section = json.getAsJsonObject();
    if (section.has("six") && section.get("six").isJsonObject()) {
      section = section.getAsJsonObject("six");
    }
    Settings s = base;
    JsonElement roots = lookup(section, "evaluation", "roots");
    if (roots != null) {
      s = s.withRoots(strings(roots, "evaluation.roots", s.roots()));
    }
    JsonElement nixPath = lookup(section, "nixPath", null);
    if (nixPath != null) {
      s = s.withNixPath(strings(nixPath, "nixPath", s.nixPath()));
    }
    JsonElement enable = lookup(section, "evaluation", "enable");
    if (enable != null) {
      if (enable.isJsonPrimitive() && enable.getAsJsonPrimitive().isBoolean()) {
        s = s.withEvaluation(enable.getAsBoolean());
      } else {
        mistyped("evaluation.enable", enable);
      }
    }
    JsonElement limit = lookup(section, "evaluation", "timeLimit");
    if (limit != null) {
      double seconds = number(limit);
      if (seconds > 0) {
        s = s.withTimeLimit(Duration.ofMillis(Math.round(seconds * 1000)));
      } else {
        mistyped("evaluation.timeLimit", limit);
      }
    }
    JsonElement delay = lookup(section, "diagnostics", "delay");
    if (delay != null) {
      double millis = number(delay);
      if (millis >= 0) {
        s = s.withDiagnosticsDelayMillis(Math.round(millis));
      } else {
        mistyped("diagnostics.delay", delay);
      }
    }
    return s;
  }

  /** {@code group.key} nested, or dotted at the top; {@code key} null: {@code group} itself. */
  private static JsonElement lookup(JsonObject section, String group, String key) {
    if (key == null) {
      return section.get(group);
    }
    JsonElement nested = section.get(group);
    if (nested != null && nested.isJsonObject() && nested.getAsJsonObject().has(key)) {
      return nested.getAsJsonObject().get(key);
    }
    return section.get(group + "." + key);
  }

  private static List<String> strings(JsonElement value, String name, List<String> previous) {
    if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
      return List.of(value.getAsString()); // one entry written without brackets
    }
    if (!value.isJsonArray()) {
      mistyped(name, value);
      return previous;
    }
    List<String> out = new ArrayList<>();
    for (JsonElement element : (JsonArray) value) {
      if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()) {
        out.add(element.getAsString());
      } else {
        mistyped(name, element);
      }
    }
    return out;
  }

  private static double number(JsonElement value) {
    if (value.isJsonPrimitive()) {
      JsonPrimitive p = value.getAsJsonPrimitive();
      if (p.isNumber()) {
        return p.getAsDouble();
      }
    }
    return -1;
  }

  private static void mistyped(String name, JsonElement value) {
    LOG.warn("ignoring the setting six.{}: {} is not a value it takes", name, value);
  }
}
