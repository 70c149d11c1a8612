package dev.six.eval.derivation;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.formats.FormatException;
import dev.six.eval.formats.json.JsonParser;
import dev.six.eval.print.JsonPrinter;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.util.Map;
import java.util.TreeMap;

/**
 * The attributes of a derivation with {@code __structuredAttrs = true}: one JSON object, passed
 * to the builder as the variable {@code __json} instead of one variable per attribute. Values are
 * written as {@code builtins.toJSON} writes them (paths copied to the store, derivations as their
 * output path) and the object is written compactly with its names in order, as current Nix's JSON
 * library does.
 */
final class StructuredAttrs {
  /** The variable that holds the object. */
  static final String VARIABLE = "__json";

  private final EvalState st;
  private final Map<String, String> members = new TreeMap<>();

  StructuredAttrs(EvalState st) {
    this.st = st;
  }

  /** Adds attribute {@code name}; the strings in it add to {@code context}. */
  void add(String name, Value value, Pos pos, ContextCollector context) {
    members.put(name, JsonPrinter.print(st, value, true, true, pos, context));
  }

  /** The object as the text of {@code __json}. */
  String render(Pos pos) {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, String> member : members.entrySet()) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append(JsonPrinter.print(st, NixString.of(member.getKey()), true, false, pos, new ContextCollector()));
      out.append(':').append(member.getValue());
    }
    return out.append('}').toString();
  }

  /**
   * A {@code __json} attribute given directly (the old way to get structured attributes): current
   * Nix parses it and writes it back as its JSON library does (names sorted, compact).
   */
  static String reencode(EvalState st, String json, Pos pos) {
    Value parsed;
    try {
      parsed = JsonParser.parse(json);
    } catch (FormatException e) {
      throw new EvalError(ErrorKind.INVALID_VALUE, "cannot process " + VARIABLE + " attribute: " + e.getMessage(), null);
    }
    return JsonPrinter.print(st, parsed, true, false, pos, new ContextCollector());
  }
}
