package dev.six.bench.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.nio.file.Path;

/** The few LSP messages the benchmark sends, built as JSON: objects from key/value pairs, positions, documents. */
final class Json {
  private static final Gson GSON = new Gson();

  private Json() {}

  static JsonElement tree(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    return value instanceof JsonElement ? (JsonElement) value : GSON.toJsonTree(value);
  }

  /** An object of alternating keys and values. */
  static JsonObject object(Object... keysAndValues) {
    JsonObject o = new JsonObject();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      o.add((String) keysAndValues[i], tree(keysAndValues[i + 1]));
    }
    return o;
  }

  static JsonObject position(int line, int character) {
    return object("line", line, "character", character);
  }

  static JsonObject document(String uri) {
    return object("uri", uri);
  }

  /** Parameters of a request at a position in a document (definition, hover, ...). */
  static JsonObject at(String uri, int line, int character) {
    return object("textDocument", document(uri), "position", position(line, character));
  }

  static JsonObject opened(String uri, int version, String text) {
    return object("textDocument", object("uri", uri, "languageId", "nix", "version", version, "text", text));
  }

  static String uri(Path file) {
    return file.toUri().toString();
  }
}
