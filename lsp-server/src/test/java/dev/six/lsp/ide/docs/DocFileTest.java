package dev.six.lsp.ide.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The documentation format: what an entry holds, and the mistakes that stop the server from loading it. */
class DocFileTest {
  @Test
  void readsAnEntry() {
    Map<String, DocEntry> entries = DocFile.parse("t.md", List.of(
        "# intro, ignored", "", "## twice", "", "    twice x :: int -> int", "",
        "Doubles.", "Since Nix 2.30.", "", "Second paragraph.", "", "    > builtins.twice 2", "    4"));
    DocEntry e = entries.get("twice");
    assertEquals("twice x", e.usage());
    assertEquals("int -> int", e.type());
    assertEquals("Doubles.\nSince Nix 2.30.\n\nSecond paragraph.", e.text());
    assertEquals(Optional.of(new DocEntry.Example("builtins.twice 2", "4", false)), e.example());
    assertEquals(Optional.of("2.30"), e.sinceNix());
    assertEquals("builtins.twice x", e.usageAs("builtins.twice"));
  }

  @Test
  void readsAFailingExample() {
    DocEntry e = DocFile.parse("t.md", List.of("## boom", "    boom :: a", "Fails.", "    > boom", "    error: it broke"))
        .get("boom");
    assertEquals(Optional.of(new DocEntry.Example("boom", "it broke", true)), e.example());
    assertTrue(e.sinceNix().isEmpty());
  }

  @Test
  void refusesMistakes() {
    assertThrows(IllegalArgumentException.class, () -> DocFile.parse("t.md", List.of("## a", "Text first.")));
    assertThrows(IllegalArgumentException.class, () -> DocFile.parse("t.md", List.of("## a", "    b :: int", "Other name.")));
    assertThrows(IllegalArgumentException.class, () -> DocFile.parse("t.md", List.of("## a", "    a :: int")));
    assertThrows(IllegalArgumentException.class, () -> DocFile.parse("t.md",
        List.of("## a", "    a :: int", "Text.", "## a", "    a :: int", "Again.")));
    assertThrows(IllegalArgumentException.class, () -> DocFile.parse("t.md", List.of("## a", "    a :: int", "Text.", "    > a")));
  }
}
