package dev.six.lsp.ide;

import dev.six.grammar.desugar.ScopeChecker;
import dev.six.grammar.lexer.NixNames;
import dev.six.grammar.lint.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an undefined name may have meant: the names in scope there (and Nix's globals) within a
 * slip of it, nearest first, as "did you mean" does; and {@code pkgs.NAME} or {@code lib.NAME} when
 * {@code pkgs} or {@code lib} is in scope, the usual home of a package or a library function.
 */
final class NameSuggestions {
  /** At most this many near names: more is noise. */
  private static final int NEAREST = 3;

  private NameSuggestions() {}

  static List<String> of(DocumentAnalysis analysis, int offset, String name) {
    NameResolver.ScopeNames scope = NameResolver.scopeAt(analysis, offset);
    Set<String> candidates = new LinkedHashSet<>();
    scope.bindings().forEach(b -> candidates.add(b.name()));
    for (String global : ScopeChecker.globalNames()) {
      if (!global.startsWith("__") || name.startsWith("__")) {
        candidates.add(global);
      }
    }
    int slip = Math.max(1, name.length() / 3);
    List<String> near = new ArrayList<>();
    for (String candidate : candidates) {
      if (!candidate.equals(name) && NixNames.isIdentifier(candidate) && Suggestion.distance(name, candidate) <= slip) {
        near.add(candidate);
      }
    }
    near.sort(Comparator.comparingInt((String c) -> Suggestion.distance(name, c)).thenComparing(c -> c));
    List<String> result = new ArrayList<>(near.subList(0, Math.min(NEAREST, near.size())));
    for (String home : List.of("pkgs", "lib")) {
      if (scope.bindings().stream().anyMatch(b -> b.name().equals(home))) {
        result.add(home + "." + name);
      }
    }
    return result;
  }
}
