package dev.six.lsp.server;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;

/**
 * What the soak test checks in an answer besides its arrival: positions and ranges inside the
 * document they point into (for the document the request was about, whose text the server has
 * exactly), ranges that do not end before they start, folding lines that exist, semantic tokens
 * on existing lines and within them. Answers of every kind are walked as the JSON the editor
 * receives, so new features are checked without code for each result type.
 */
final class SoakChecks {
  private static final Gson GSON = new MessageJsonHandler(Map.of()).getGson();

  private SoakChecks() {}

  /**
   * The problems in {@code result}; empty when there are none. {@code document}: the document the
   * answer is about, whose text the server has exactly, or {@code null} for a workspace-wide one.
   */
  static List<String> answer(Object result, SoakDocument document) {
    List<String> problems = new ArrayList<>();
    if (result != null) {
      walk(GSON.toJsonTree(result), document == null ? "" : document.uri, document, problems);
    }
    if (result instanceof SemanticTokens && document != null) {
      problems.addAll(semanticTokens((SemanticTokens) result, document));
    }
    return problems;
  }

  /** The published diagnostics that do not lie in the text they were published for. */
  static List<String> diagnostics(List<Diagnostic> diagnostics, SoakDocument document) {
    List<String> problems = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      if (!document.contains(d.getRange())) {
        problems.add("diagnostic outside the text: " + d.getRange() + " " + d.getMessage());
      }
    }
    return problems;
  }

  private static void walk(JsonElement element, String uri, SoakDocument document, List<String> problems) {
    if (element.isJsonArray()) {
      for (JsonElement e : element.getAsJsonArray()) {
        walk(e, uri, document, problems);
      }
      return;
    }
    if (!element.isJsonObject()) {
      return;
    }
    JsonObject object = element.getAsJsonObject();
    String here = uri;
    if (string(object, "uri") != null) {
      here = string(object, "uri");
    } else if (string(object, "targetUri") != null) {
      here = string(object, "targetUri");
    } else if (object.has("textDocument") && object.get("textDocument").isJsonObject()
        && string(object.getAsJsonObject("textDocument"), "uri") != null) {
      here = string(object.getAsJsonObject("textDocument"), "uri");
    }
    boolean ours = document != null && here.equals(document.uri);
    Position position = position(object);
    if (position != null) {
      if (position.getLine() < 0 || position.getCharacter() < 0 || ours && !document.contains(new Range(position, position))) {
        problems.add("position outside " + here + ": " + object);
      }
      return;
    }
    if (object.has("start") && object.has("end")) {
      Position start = position(object.get("start"));
      Position end = position(object.get("end"));
      if (start != null && end != null && (start.getLine() > end.getLine()
          || start.getLine() == end.getLine() && start.getCharacter() > end.getCharacter())) {
        problems.add("range ends before it starts: " + object);
      }
    }
    if (ours && object.has("startLine") && object.has("endLine") && object.get("startLine").isJsonPrimitive()) {
      int startLine = object.get("startLine").getAsInt();
      int endLine = object.get("endLine").getAsInt();
      if (startLine < 0 || startLine > endLine || endLine >= document.lineCount()) {
        problems.add("folding range outside the text: " + object);
      }
    }
    for (Map.Entry<String, JsonElement> member : object.entrySet()) {
      if (member.getKey().equals("changes") && member.getValue().isJsonObject()) {
        // a workspace edit's changes are keyed by the document they apply to
        for (Map.Entry<String, JsonElement> edits : member.getValue().getAsJsonObject().entrySet()) {
          walk(edits.getValue(), edits.getKey(), document, problems);
        }
      } else {
        walk(member.getValue(), here, document, problems);
      }
    }
  }

  /** Decodes the relative encoding: every token on an existing line and inside it. */
  private static List<String> semanticTokens(SemanticTokens tokens, SoakDocument document) {
    List<String> problems = new ArrayList<>();
    List<Integer> data = tokens.getData();
    if (data.size() % 5 != 0) {
      return List.of("semantic tokens data is not a multiple of 5 long: " + data.size());
    }
    String[] lines = document.text.split("\n", -1);
    int line = 0;
    int character = 0;
    for (int i = 0; i < data.size(); i += 5) {
      int deltaLine = data.get(i);
      line += deltaLine;
      character = deltaLine == 0 ? character + data.get(i + 1) : data.get(i + 1);
      int length = data.get(i + 2);
      if (line >= lines.length || character + length > lines[line].length() || length <= 0) {
        problems.add("semantic token " + (i / 5) + " at " + line + ":" + character + " length " + length + " outside the text");
      }
    }
    return problems;
  }

  private static Position position(JsonElement element) {
    if (element == null || !element.isJsonObject()) {
      return null;
    }
    JsonObject object = element.getAsJsonObject();
    if (object.size() != 2 || !object.has("line") || !object.has("character")
        || !object.get("line").isJsonPrimitive() || !object.get("character").isJsonPrimitive()) {
      return null;
    }
    return new Position(object.get("line").getAsInt(), object.get("character").getAsInt());
  }

  private static String string(JsonObject object, String key) {
    JsonElement e = object.get(key);
    return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
  }
}
