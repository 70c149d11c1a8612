package dev.six.lsp.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.lsp.Directories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.six.lsp.ide.FileReference;
import dev.six.lsp.ide.SixReference;
import java.util.List;
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

  /**
   * A restart compares a file's size and modification time before its content: a file last
   * changed well before it was read is not read again while both stay the same (so a change that
   * keeps both goes unseen, as with make and git's index), but one changed just before it was read
   * is compared by content, since a second change in the same clock tick keeps its time.
   */
  @Test
  void comparesSizeAndTimeBeforeContent() throws IOException {
    Path workspace = Files.createDirectories(temp.resolve("stamped"));
    Path old = workspace.resolve("old.nix");
    Path recent = workspace.resolve("recent.nix");
    Files.writeString(old, "{ alpha = 1; }\n");
    Files.writeString(recent, "{ gamma = 1; }\n");
    java.nio.file.attribute.FileTime longAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    Files.setLastModifiedTime(old, longAgo);
    java.nio.file.attribute.FileTime recently = Files.getLastModifiedTime(recent);
    Path store = temp.resolve("stamped-index");
    try (WorkspaceIndex index = WorkspaceIndex.open(store)) {
      assertEquals(new WorkspaceIndex.SyncResult(2, 2, 0), index.sync(workspace));
    }
    // same sizes and times, other contents
    Files.writeString(old, "{ betaa = 1; }\n");
    Files.setLastModifiedTime(old, longAgo);
    Files.writeString(recent, "{ delta = 1; }\n");
    Files.setLastModifiedTime(recent, recently);
    try (WorkspaceIndex index = WorkspaceIndex.open(store)) {
      assertEquals(new WorkspaceIndex.SyncResult(2, 1, 0), index.sync(workspace), "only the recent file is read");
      assertEquals("alpha", index.search("alpha", 5).get(0).name(), "the old file's stamp was trusted");
      assertEquals("delta", index.search("delta", 5).get(0).name(), "the recent file was compared by content");
      assertTrue(index.search("gamma", 5).isEmpty());
    }
    // touched, same content: its stamp is renewed, nothing is re-indexed
    Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    try (WorkspaceIndex index = WorkspaceIndex.open(store)) {
      assertEquals(new WorkspaceIndex.SyncResult(2, 1, 0), index.sync(workspace), "betaa is new to the index");
      assertEquals("betaa", index.search("betaa", 5).get(0).name());
    }
    try (WorkspaceIndex index = WorkspaceIndex.open(store)) {
      assertEquals(new WorkspaceIndex.SyncResult(2, 0, 0), index.sync(workspace), "restamped: nothing to read");
    }
  }

  @Test
  void findsDefinitionsAndKeepsThemAcrossRestarts() throws IOException {
    Path workspace = Directories.copyKeepingTimes(SIX, temp.resolve("workspace"));
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

  @Test
  void keepsReferencesAndUpdatesThemWithTheFile() throws IOException {
    try (WorkspaceIndex index = WorkspaceIndex.inMemory()) {
      String host = "{ name = \"a\"; services = { sshd = { port = 2222; }; };\n"
          + "  service-overlays = [ { targets.sshd.__input.port.__assign = 22; targets.net.iface.eth1.__init = 1; } ]; }";
      index.update("/w/hosts/a.nix", host.toCharArray());
      assertEquals(List.of("/w/hosts/a.nix:" + host.indexOf("sshd"), "/w/hosts/a.nix:" + host.indexOf("sshd.__input")),
          places(index, SixReference.Kind.SERVICE, "sshd", SixReference.Kind.TARGET));
      List<FileReference> port = index.references(SixReference.Kind.PARAMETER, "sshd port", false);
      assertEquals(2, port.size(), "the selection's and the infusion's: " + port);
      FileReference eth1 = index.references(SixReference.Kind.TARGET, "net.iface.eth1", false).get(0);
      assertEquals(SixReference.Role.DEFINITION, eth1.reference().role());
      assertEquals(3, index.references(SixReference.Kind.TARGET, "net", true).size(), "net, net.iface, net.iface.eth1");

      index.update("/w/hosts/a.nix", "{ name = \"a\"; services = [ \"dropbear\" ]; }".toCharArray());
      assertTrue(index.references(SixReference.Kind.SERVICE, "sshd", false).isEmpty(), "the old uses are gone");
      assertTrue(index.references(SixReference.Kind.TARGET, "sshd", false).isEmpty());
      assertEquals(1, index.references(SixReference.Kind.SERVICE, "dropbear", false).size());
    }
  }

  @Test
  void formalsKeepTheirDefaultsAndOffsets() throws IOException {
    try (WorkspaceIndex index = WorkspaceIndex.inMemory()) {
      String text = "{ six, port ? 22, keys ? [ \"a\"\n    \"b\" ] }: six.mkFunnel { passthru.after = [ ]; }";
      index.update("/w/svcs/by-name/ss/sshd/service.nix", text.toCharArray());
      List<IndexedSymbol> symbols = index.definitionsIn("/w/svcs/by-name/ss/sshd/service.nix");
      IndexedSymbol port = symbols.stream().filter(s -> s.name().equals("port")).findFirst().orElseThrow();
      assertEquals("22", port.detail());
      assertEquals("port", text.substring(port.start(), port.end()));
      IndexedSymbol keys = symbols.stream().filter(s -> s.name().equals("keys")).findFirst().orElseThrow();
      assertEquals("[ \"a\" \"b\" ]", keys.detail(), "a default on several lines is shown on one");
      IndexedSymbol after = symbols.stream().filter(s -> s.name().equals("after")).findFirst().orElseThrow();
      assertEquals("passthru", after.container());
      assertEquals("after", text.substring(after.start(), after.end()), "a nested name is placed at itself");
      assertEquals(List.of("sshd"), index.definitions(IndexedSymbol.Kind.SERVICE, null, 10).stream()
          .map(IndexedSymbol::name).toList());
    }
  }

  @Test
  void anIndexInAnOlderFormatIsReadAgain() throws IOException {
    Path workspace = Files.createDirectories(temp.resolve("w"));
    Files.writeString(workspace.resolve("a.nix"), "{ services.sshd = { }; name = \"h\"; }");
    Path store = temp.resolve("index");
    try (WorkspaceIndex index = WorkspaceIndex.open(store)) {
      assertEquals(1, index.sync(workspace).reindexed());
    }
    // what a format-1 index held: the file's hash, and no format marker
    try (var dir = org.apache.lucene.store.FSDirectory.open(store);
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.deleteAll();
      var file = new org.apache.lucene.document.Document();
      file.add(new org.apache.lucene.document.StringField("type", "file", org.apache.lucene.document.Field.Store.NO));
      file.add(new org.apache.lucene.document.StringField("path", workspace.resolve("a.nix").toString(),
          org.apache.lucene.document.Field.Store.YES));
      file.add(new org.apache.lucene.document.StoredField("hash",
          WorkspaceIndex.sha256(Files.readAllBytes(workspace.resolve("a.nix")))));
      writer.addDocument(file);
    }
    try (WorkspaceIndex index = WorkspaceIndex.open(store)) {
      assertEquals(1, index.sync(workspace).reindexed(), "an unchanged file is read again after a format change");
      assertEquals(1, index.references(SixReference.Kind.SERVICE, "sshd", false).size());
    }
  }

  @Test
  void nixpkgsPackagesAreReadFromByNameAndCallPackageSites() throws Exception {
    Path nixpkgs = Path.of(WorkspaceIndexTest.class.getResource("/fake-nixpkgs").toURI());
    try (WorkspaceIndex index = WorkspaceIndex.inMemory()) {
      WorkspaceIndex.SyncResult first = index.syncPackages(nixpkgs);
      assertEquals(3, first.files(), "hello, curl, curlMinimal");
      assertEquals(0, index.syncPackages(nixpkgs).reindexed(), "unchanged: nothing read again");
      assertTrue(index.definitions(IndexedSymbol.Kind.PACKAGE, "hello", 5).get(0).file()
          .endsWith("pkgs/by-name/he/hello/package.nix"));
      assertTrue(index.definitions(IndexedSymbol.Kind.PACKAGE, "curl", 5).get(0).file()
          .endsWith("pkgs/tools/networking/curl/default.nix"), "a directory is its default.nix");
      assertTrue(index.definitions(IndexedSymbol.Kind.PACKAGE, "notAPackage", 5).isEmpty());
    }
  }

  private static List<String> places(WorkspaceIndex index, SixReference.Kind kind, String key, SixReference.Kind also)
      throws IOException {
    List<FileReference> all = new java.util.ArrayList<>(index.references(kind, key, false));
    all.addAll(index.references(also, key, false));
    return all.stream().map(f -> f.file() + ":" + f.reference().span().start()).sorted().toList();
  }
}
