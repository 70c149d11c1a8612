package dev.six.lsp.values;

import dev.six.eval.error.NixError;
import dev.six.eval.probe.RecordedSite;
import dev.six.eval.value.Value;
import dev.six.lsp.ide.SourceText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Optional;

/**
 * The evaluated part of a hover: for each finished evaluation that bound what is under the cursor,
 * its value (as {@link ValueText} renders it, selections forced within a small time limit, nothing
 * else forced), with the root it came from and, for a binding made several times (a function
 * called more than once), its first values. Markdown; text one char per byte. Values come from
 * evaluations already done: a hover never starts one.
 */
public final class ValueHover {
  /** How long one root may take to answer: only selections and a derivation's path are forced. */
  static final Duration LIMIT = Duration.ofMillis(250);
  /** At most this many roots are shown (a service used by every host would repeat itself). */
  static final int ROOTS = 3;

  private final EvaluatedRoots roots;
  private final String base;

  /** {@code base}: paths under this directory are shown relative to it (null: absolute). */
  public ValueHover(EvaluatedRoots roots, String base) {
    this.roots = roots;
    this.base = base;
  }

  /**
   * The markdown for {@code query} in the file named {@code fileName} (bytewise, as the evaluator
   * names files) whose editor text is {@code source}; empty when no evaluation recorded it.
   */
  public Optional<String> markdown(String fileName, SourceText source, ValueQuery query) {
    List<String> sections = new ArrayList<>();
    int more = 0;
    for (EvaluatedRoot root : roots.finished()) {
      Optional<RecordedSite> site = query.pick(root.recorder().sitesAt(fileName, query.offset()));
      if (site.isEmpty()) {
        continue;
      }
      if (sections.size() == ROOTS) {
        more++;
        continue;
      }
      sections.add(section(root, site.get(), query, current(site.get(), source)));
    }
    if (sections.isEmpty()) {
      return Optional.empty();
    }
    if (more > 0) {
      sections.add(Bytewise.of("… and ") + more + " more evaluation" + (more == 1 ? "" : "s"));
    }
    return Optional.of(String.join("\n\n", sections));
  }

  private String section(EvaluatedRoot root, RecordedSite site, ValueQuery query, boolean current) {
    StringBuilder out = new StringBuilder("**Evaluated** by `").append(root.label()).append('`');
    if (!current) {
      out.append(" (the file as last evaluated: it has changed since)");
    }
    Value[] values = site.values();
    String[] phases = site.phases();
    if (values.length == 0) {
      return out.append(": never bound (the evaluation did not reach this code)").toString();
    }
    if (site.count() > 1) {
      out.append(Bytewise.of(" — bound ")).append(site.count()).append(" times").append(site.count() > values.length
          ? ", the first " + values.length + " shown" : "");
    }
    out.append(":\n");
    // each distinct rendering once, with the hosts (phases) whose evaluation bound it
    Map<String, Set<String>> renderings = new LinkedHashMap<>();
    try {
      root.evaluate(st -> {
        ValueText text = new ValueText(st, ValueText.Limits.HOVER, base);
        for (int i = 0; i < values.length; i++) {
          String rendered;
          try {
            AttributeWalk.Reached reached = AttributeWalk.select(st, values[i], query.selections());
            rendered = reached.found() ? text.render(reached.value()) : "# " + reached.missing();
          } catch (NixError e) {
            rendered = "# error: " + ValueText.firstLine(e.getMessage());
          }
          Set<String> from = renderings.computeIfAbsent(rendered, r -> new LinkedHashSet<>());
          if (phases[i] != null) {
            from.add(phases[i]);
          }
        }
        return null;
      }, LIMIT);
    } catch (NixError e) {
      renderings.put("# not available: " + ValueText.firstLine(e.getMessage()), Set.of());
    }
    for (var entry : renderings.entrySet()) {
      if (!entry.getValue().isEmpty()) {
        out.append("in ").append(String.join(", ", entry.getValue().stream().map(h -> "`" + h + "`").toList()))
            .append(":\n");
      }
      out.append("```nix\n").append(entry.getKey()).append("\n```\n");
    }
    return out.toString().stripTrailing();
  }

  /** Whether the editor's text is the one evaluated (else offsets may point elsewhere). */
  static boolean current(RecordedSite site, SourceText source) {
    char[] evaluated = site.file().text();
    return java.util.Arrays.equals(evaluated, 0, evaluated.length, source.bytewise(), 0, source.length());
  }
}
