package dev.six.lsp.ide.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.oracle.NixInstantiate;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example of the documentation gives the result it shows: with six always, and with the
 * real Nix 2.8 unless the name is newer ("Since Nix X.Y" with X.Y after 2.8). The Nix half is skipped when
 * {@code nix-instantiate} is missing, unless {@code SIX_REQUIRE_NIX=1}.
 */
class DocExamplesTest {
  @TestFactory
  Stream<DynamicTest> examplesGiveTheirResultInSix() {
    return DocExamples.all().stream().map(c -> DynamicTest.dynamicTest(c.displayName(),
        () -> check(c, DocExamples.six(c.expression()), "six")));
  }

  @TestFactory
  Stream<DynamicTest> examplesGiveTheirResultInNix() {
    Path nix = NixInstantiate.require();
    return DocExamples.all().stream().filter(c -> !DocExamples.newerThanNix28(c.entry()))
        .map(c -> DynamicTest.dynamicTest(c.displayName(), () -> check(c, DocExamples.nix(nix, c.expression()), "Nix")));
  }

  /**
   * A name documented as newer than Nix 2.8 is missing from Nix 2.8, and one with an example and
   * no such note is there, so the notes say the truth.
   */
  @Test
  void sinceNotesAgreeWithNix28() throws Exception {
    Path nix = NixInstantiate.require();
    DocExamples.Outcome names = DocExamples.nix(nix, "builtins.attrNames builtins");
    assertTrue(names.success(), names.text());
    Set<String> inNix28 = new TreeSet<>(DocExamples.strings(names.text()));
    for (DocEntry entry : Documentation.builtins().values()) {
      if (entry.name().startsWith("__")) {
        continue; // __curPos is syntax, not an attribute of builtins
      }
      if (DocExamples.newerThanNix28(entry)) {
        assertFalse(inNix28.contains(entry.name()), entry.name() + " is in Nix 2.8, yet documented since Nix "
            + entry.sinceNix().get());
      } else if (entry.example().isPresent()) {
        assertTrue(inNix28.contains(entry.name()), entry.name() + " is not in Nix 2.8: say since when it exists");
      }
    }
  }

  private static void check(DocExamples.Case c, DocExamples.Outcome outcome, String evaluator) {
    DocEntry.Example example = c.example();
    if (example.fails()) {
      assertFalse(outcome.success(), () -> evaluator + " succeeds with " + outcome.text());
      assertTrue(outcome.text().contains(example.result()),
          () -> evaluator + " fails with '" + outcome.text() + "', not '" + example.result() + "'");
    } else {
      assertTrue(outcome.success(), () -> evaluator + " fails: " + outcome.text());
      assertEquals(example.result(), outcome.text(), evaluator + "'s result");
    }
  }
}
