package dev.six.lsp.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files are evaluated: the documented rule, on small workspaces. */
class RootDiscoveryTest {
  @TempDir
  Path workspace;

  @Test
  void aDefaultOrSiteFileNothingImportsThatNeedsNoArgumentsIsARoot() throws IOException {
    write("site/default.nix", "let lib = import ../lib; in { descriptions = { }; }");
    write("lib/default.nix", "{ }"); // imported (as a directory)
    write("hosts/site.nix", "{ name ? \"box\" }: { inherit name; }"); // every formal has a default
    write("six/site.nix", "host: { }"); // needs an argument
    write("svc/default.nix", "{ lib }: lib"); // a formal without default
    write("used/default.nix", "1");
    write("user.nix", "import ./used/default.nix");
    write("plain.nix", "1"); // not a root's name
    write(".hidden/default.nix", "1");
    write("target/default.nix", "1");
    assertEquals(List.of(file("hosts/site.nix"), file("site/default.nix")), RootDiscovery.roots(workspace, List.of()));
  }

  @Test
  void configuredRootsAreTakenAsGiven() throws IOException {
    write("a/default.nix", "x: x");
    write("b.nix", "1");
    write("c/default.nix", "import ../b.nix");
    assertEquals(List.of(file("a/default.nix"), file("b.nix")),
        RootDiscovery.roots(workspace, List.of("a", "b.nix", "missing.nix", "a/default.nix")));
  }

  @Test
  void aFileNamedExplicitlyIsACandidateWhateverItsName() throws IOException {
    write("one.nix", "1");
    write("two.nix", "{ x }: x");
    assertEquals(List.of(file("one.nix")),
        RootDiscovery.discover(List.of(file("one.nix"), file("two.nix")), path -> false));
  }

  @Test
  void excludedPathsAreNeitherRootsNorImporters() throws IOException {
    write("keep/default.nix", "1");
    write("skip/default.nix", "import ../keep");
    assertEquals(List.of(file("keep/default.nix")),
        RootDiscovery.discover(List.of(workspace), path -> path.startsWith(workspace.resolve("skip"))));
  }

  private Path file(String relative) {
    return workspace.resolve(relative);
  }

  private void write(String relative, String text) throws IOException {
    Files.createDirectories(file(relative).getParent());
    Files.writeString(file(relative), text);
  }
}
