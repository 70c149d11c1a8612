package dev.six.lsp.values;

import dev.six.eval.error.NixError;
import dev.six.eval.probe.RecordedSite;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.ArrayAttrs;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import dev.six.grammar.lexer.NixNames;
import dev.six.lsp.ide.DocumentAnalysis;
import dev.six.lsp.ide.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Completion of attribute names after {@code x.} or {@code x.a.b.partial} when an evaluation
 * recorded the value of {@code x}: the names of the set reached, each with the type of its value
 * (forced within a small time budget; past it, or when forcing fails, the type says so). Names
 * from several evaluations are merged, the first evaluation that has one giving its type.
 */
public final class EvaluatedCompletion {
  private static final String PLACEHOLDER = "sixCompletionPlaceholder";
  static final Duration LIMIT = Duration.ofMillis(300);
  /** Attribute values are forced to tell their type only while this much of the limit is left. */
  private static final long FORCING_NANOS = Duration.ofMillis(100).toNanos();

  private final EvaluatedRoots roots;

  public EvaluatedCompletion(EvaluatedRoots roots) {
    this.roots = roots;
  }

  /** A proposal: an attribute name and the type of its value. */
  public record Item(String name, String type) {}

  /** The names to offer at byte {@code offset} of {@code source}, a file the evaluator names {@code fileName}. */
  public List<Item> at(String fileName, SourceText source, int offset) {
    char[] text = source.bytewise();
    int start = offset;
    while (start > 0 && NixNames.isIdPart(text[start - 1])) {
      start--;
    }
    if (start == 0 || text[start - 1] != '.') {
      return List.of();
    }
    String prefix = new String(text, start, offset - start);
    // the names before the dot: x.a.b
    List<String> selected = new ArrayList<>();
    int end = start - 1;
    int variable;
    while (true) {
      int nameStart = end;
      while (nameStart > 0 && NixNames.isIdPart(text[nameStart - 1])) {
        nameStart--;
      }
      if (nameStart == end) {
        return List.of();
      }
      selected.add(0, new String(text, nameStart, end - nameStart));
      if (nameStart > 0 && text[nameStart - 1] == '.') {
        end = nameStart - 1;
        continue;
      }
      variable = nameStart;
      break;
    }
    selected.remove(0); // the variable itself
    String probeText = new String(text, 0, start) + (prefix.isEmpty() ? PLACEHOLDER : prefix)
        + new String(text, offset, source.length() - offset);
    SourceText probe = SourceText.of(new String(probeText.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    Optional<ValueQuery> query = new ValueLocator(DocumentAnalysis.parseOnly(probe)).at(variable);
    if (query.isEmpty() || !query.get().selections().isEmpty()) {
      return List.of();
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (EvaluatedRoot root : roots.finished()) {
      Optional<RecordedSite> site = query.get().pick(root.recorder().sitesAt(fileName, query.get().offset()));
      if (site.isEmpty()) {
        continue;
      }
      try {
        root.evaluate(st -> {
          long deadline = System.nanoTime() + FORCING_NANOS;
          for (Value value : site.get().values()) {
            names(st, value, selected, prefix, names, deadline);
          }
          return null;
        }, LIMIT);
      } catch (NixError e) {
        // this evaluation cannot answer in time; the others may
      }
    }
    List<Item> items = new ArrayList<>();
    names.forEach((name, type) -> items.add(new Item(name, type)));
    return items;
  }

  private static void names(EvalState st, Value value, List<String> selected, String prefix, Map<String, String> names,
      long deadline) {
    AttributeWalk.Reached reached;
    try {
      reached = AttributeWalk.select(st, value, selected);
      if (!reached.found() || !(st.force(reached.value()) instanceof NixAttrs set)) {
        return;
      }
      ArrayAttrs flat = set.flat();
      for (int i = 0; i < flat.size(); i++) {
        String name = flat.keyAt(i).name;
        if (!name.startsWith(prefix) || names.containsKey(name)) {
          continue;
        }
        names.put(name, typeOf(st, flat.valueAt(i), deadline));
      }
    } catch (NixError e) {
      // the set itself failed: nothing to offer from this value
    }
  }

  private static String typeOf(EvalState st, Value value, long deadline) {
    if (System.nanoTime() > deadline) {
      return ValueText.typeName(value);
    }
    try {
      return ValueText.typeName(st.force(value));
    } catch (NixError e) {
      return "error";
    }
  }
}
