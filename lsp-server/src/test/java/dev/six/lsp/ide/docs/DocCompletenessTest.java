package dev.six.lsp.ide.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.desugar.ScopeChecker;
import dev.six.grammar.lint.InfuseLint;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The documentation covers exactly what exists: every built-in six's evaluator registers (so a
 * new built-in fails here until it is documented), {@code __curPos}, and every infuse sugar, and
 * names nothing else; entries are ASCII and have examples except where running one needs the
 * network, a binary cache or flakes.
 */
class DocCompletenessTest {
  /** The built-ins whose examples could not run offline: their entries say so instead. */
  private static final Set<String> WITHOUT_EXAMPLE = Set.of(
      "fetchClosure", "fetchGit", "fetchMercurial", "fetchTarball", "fetchTree", "fetchurl", "getFlake");

  @Test
  void everyRegisteredBuiltinIsDocumentedAndNothingElse() {
    DocExamples.Outcome registered = DocExamples.six("builtins.attrNames builtins");
    assertTrue(registered.success(), registered.text());
    Set<String> expected = new TreeSet<>(DocExamples.strings(registered.text()));
    expected.add("__curPos");
    Set<String> documented = new TreeSet<>(Documentation.builtins().keySet());
    Set<String> missing = new TreeSet<>(expected);
    missing.removeAll(documented);
    Set<String> unknown = new TreeSet<>(documented);
    unknown.removeAll(expected);
    assertEquals(Set.of(), missing, "built-ins without documentation in builtins.md");
    assertEquals(Set.of(), unknown, "builtins.md documents names six does not have");
  }

  /**
   * Hover and completion find documentation for every global name the static checks know (the
   * grammar's list), except those six does not register: the list and the registry may differ.
   */
  @Test
  void everyGlobalSixRegistersHasDocumentationUnderItsGlobalName() {
    Set<String> registered = new TreeSet<>(DocExamples.strings(DocExamples.six("builtins.attrNames builtins").text()));
    Set<String> undocumented = new TreeSet<>();
    Set<String> unregistered = new TreeSet<>();
    for (String global : ScopeChecker.globalNames()) {
      if (Documentation.global(global).isEmpty()) {
        undocumented.add(global);
      }
      if (!registered.contains(global.startsWith("__") ? global.substring(2) : global)) {
        unregistered.add(global);
      }
    }
    assertEquals(unregistered, undocumented);
  }

  @Test
  void everySugarIsDocumentedInInfuseOrder() {
    DocExamples.Outcome names = DocExamples.six(
        "map (s: s.name) (import " + DocExamples.INFUSE + " { }).v1.default-sugars");
    assertTrue(names.success(), names.text());
    List<String> documented = List.copyOf(Documentation.sugars().keySet());
    assertEquals(DocExamples.strings(names.text()), documented, "infuse-sugars.md against corpus/infuse");
    assertEquals(InfuseLint.SUGARS, documented, "infuse-sugars.md against InfuseLint");
  }

  @Test
  void entriesHaveExamplesAndAreAscii() {
    for (Map<String, DocEntry> file : List.of(Documentation.builtins(), Documentation.sugars())) {
      for (DocEntry entry : file.values()) {
        assertEquals(!WITHOUT_EXAMPLE.contains(entry.name()), entry.example().isPresent(),
            entry.name() + ": an example, unless it needs the network");
        String all = entry.usage() + entry.type() + entry.text() + entry.example().map(e -> e.expression() + e.result()).orElse("");
        assertTrue(all.chars().allMatch(c -> c < 128), entry.name() + " is not ASCII");
      }
    }
  }
}
