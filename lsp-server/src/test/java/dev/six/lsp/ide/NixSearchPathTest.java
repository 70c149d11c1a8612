package dev.six.lsp.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Looking {@code <name>} up in {@code NIX_PATH} as Nix's {@code findFile} does. */
class NixSearchPathTest {
  @TempDir
  Path temp;

  @Test
  void aPrefixMatchesWholeNamePartsOnly() throws IOException {
    Path nixpkgs = file("nixpkgs/default.nix").getParent();
    file("nixpkgs/lib/default.nix");
    file("nixpkgs-other/default.nix");
    NixSearchPath path = NixSearchPath.parse("nixpkgs=" + nixpkgs);
    assertEquals(Optional.of(nixpkgs.resolve("default.nix")), path.find("nixpkgs"));
    assertEquals(Optional.of(nixpkgs.resolve("lib/default.nix")), path.find("nixpkgs/lib"));
    assertEquals(Optional.empty(), path.find("nixpkgs-other"), "nixpkgs= is not a prefix of nixpkgs-other");
  }

  @Test
  void entriesAreTriedInOrderAndTheFirstExistingWins() throws IOException {
    Path first = file("a/x.nix").getParent();
    Path second = file("b/x.nix").getParent();
    file("b/y.nix");
    NixSearchPath path = NixSearchPath.parse(first + ":" + second);
    assertEquals(Optional.of(first.resolve("x.nix")), path.find("x.nix"));
    assertEquals(Optional.of(second.resolve("y.nix")), path.find("y.nix"));
  }

  @Test
  void urlEntriesAreSkippedAndTheirColonsDoNotSplit() throws IOException {
    Path local = file("local/nixpkgs/default.nix").getParent().getParent();
    NixSearchPath path = NixSearchPath.parse("nixpkgs=https://example.org/nixpkgs.tar.gz:" + local);
    assertEquals(Optional.of(local.resolve("nixpkgs/default.nix")), path.find("nixpkgs"));
    assertEquals(Optional.empty(), NixSearchPath.parse(null).find("nixpkgs"));
  }

  private Path file(String relative) throws IOException {
    Path file = temp.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{ }");
    return file;
  }
}
