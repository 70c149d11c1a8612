package dev.six.lsp.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace index on a copy of the bundled site's service machinery: it finds services,
 * attributes, let bindings and formals by name; reopened, it re-reads nothing that did not
 * change; a changed file is re-read and a deleted one forgotten; a second server on the same
 * workspace gets an index of its own in memory instead of failing.
 */
class WorkspaceIndexTest {
  private static final Path SIX = Path.of("..", "corpus", "six").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  @Test
  void findsDefinitionsAndKeepsThemAcrossRestarts() throws IOException {
    Path workspace = copy(SIX, temp.resolve("workspace"));
    Path store = temp.resolve("index");
    WorkspaceIndex.SyncResult first;
    try (WorkspaceIndex index = WorkspaceIndex.open(store)) {
      assertTrue(index.persistent());
      first = index.sync(workspace);
      assertTrue(first.files() > 40, "the corpus has its files: " + first);
      assertEquals(first.files(), first.reindexed());

      List<IndexedSymbol> dropbear = index.search("dropbear", 10);
      assertEquals("dropbear", dropbear.get(0).name(), dropbear.toString());
      assertEquals(IndexedSymbol.Kind.SERVICE, dropbear.get(0).kind());
      assertTrue(dropbear.get(0).file().endsWith("svcs/by-name/dr/dropbear/service.nix"), dropbear.get(0).file());

      List<IndexedSymbol> mkFunnel = index.search("mkFunnel", 5);
      assertFalse(mkFunnel.isEmpty());
      assertEquals("mkFunnel", mkFunnel.get(0).name());

      assertTrue(index.search("notification", 50).stream().anyMatch(s -> s.name().equals("notification-fd")),
          "names that contain the query, case ignored");
    }

    Path changed = workspace.resolve("svcs/by-name/dr/dropbear/service.nix");
    Files.writeString(changed, "{ six }: six.mkFunnel { run = \"true\"; brandNewName = 1; }\n");
    Files.delete(workspace.resolve("svcs/by-name/cr/cron/service.nix"));
    try (WorkspaceIndex index = WorkspaceIndex.open(store)) {
      WorkspaceIndex.SyncResult second = index.sync(workspace);
      assertEquals(new WorkspaceIndex.SyncResult(first.files() - 1, 1, 1), second, "only what changed is read");
      assertEquals("brandNewName", index.search("brandnewname", 5).get(0).name());
      assertTrue(index.search("cron", 20).stream().noneMatch(s -> s.kind() == IndexedSymbol.Kind.SERVICE),
          "the deleted service is forgotten");
    }
  }

  @Test
  void aSecondServerOnTheSameWorkspaceIndexesInMemory() throws IOException {
    Path store = temp.resolve("index");
    try (WorkspaceIndex first = WorkspaceIndex.open(store); WorkspaceIndex second = WorkspaceIndex.open(store)) {
      assertTrue(first.persistent());
      assertFalse(second.persistent());
    }
  }

  @Test
  void anEditReindexesOneFile() throws IOException {
    try (WorkspaceIndex index = WorkspaceIndex.inMemory()) {
      index.update("/w/a.nix", "let helperFunction = x: x; in { exported = helperFunction 1; }".toCharArray());
      assertEquals(IndexedSymbol.Kind.LET, index.search("helperFunction", 5).get(0).kind());
      index.update("/w/a.nix", "{ renamed = 1; }".toCharArray());
      assertTrue(index.search("helperFunction", 5).isEmpty());
      IndexedSymbol renamed = index.search("renamed", 5).get(0);
      assertEquals(List.of(1, 3), List.of(renamed.line(), renamed.column()));
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return to;
  }
}
