package dev.six.lsp.index;

import dev.six.grammar.parse.IndexParser;
import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages of a nixpkgs checkout, found without evaluating it: every
 * {@code pkgs/by-name/<xx>/<name>/package.nix} (from the directory names alone) and every
 * {@code name = callPackage <path> { … };} of {@code pkgs/top-level/all-packages.nix} (a directory
 * meaning its {@code default.nix}). Reading the listing and one file keeps this to about a second
 * on a full checkout, where parsing its 40,000 files would take minutes.
 */
final class NixpkgsPackages {
  private NixpkgsPackages() {}

  /** What the packages are read from: the by-name directories, and all-packages.nix's bytes (null when absent). */
  record Sources(List<Path> byName, byte[] allPackages, String fingerprint) {}

  /** The sources of the checkout at {@code nixpkgs}: a directory listing and one file, no parsing. */
  static Sources sources(Path nixpkgs) throws IOException {
    List<Path> dirs = new ArrayList<>();
    StringBuilder seen = new StringBuilder();
    Path byName = nixpkgs.resolve("pkgs/by-name");
    if (Files.isDirectory(byName)) {
      for (Path stem : sorted(byName)) {
        for (Path dir : sorted(stem)) {
          dirs.add(dir);
          seen.append(dir.getFileName()).append('\n');
        }
      }
    }
    Path all = nixpkgs.resolve("pkgs/top-level/all-packages.nix");
    byte[] bytes = Files.isRegularFile(all) ? Files.readAllBytes(all) : null;
    if (bytes != null) {
      seen.append(WorkspaceIndex.sha256(bytes));
    }
    return new Sources(dirs, bytes, WorkspaceIndex.sha256(seen.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /** The packages the sources define. */
  static List<IndexedSymbol> packages(Path nixpkgs, Sources sources) {
    List<IndexedSymbol> packages = new ArrayList<>();
    for (Path dir : sources.byName()) {
      packages.add(new IndexedSymbol(dir.getFileName().toString(), IndexedSymbol.Kind.PACKAGE, "",
          dir.resolve("package.nix").toString(), 1, 1));
    }
    if (sources.allPackages() != null) {
      Path all = nixpkgs.resolve("pkgs/top-level/all-packages.nix");
      callPackageSites(all, new String(sources.allPackages(), StandardCharsets.ISO_8859_1).toCharArray(), packages);
    }
    return packages;
  }

  private static List<Path> sorted(Path dir) throws IOException {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
      entries.forEach(children::add);
    }
    children.sort(null);
    return children;
  }

  /** {@code name = callPackage ./path { … };} (or {@code x.callPackage}): the name and the file it reads. */
  private static void callPackageSites(Path all, char[] text, List<IndexedSymbol> out) {
    SyntaxTree tree = IndexParser.parse(text, text.length).tree();
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) != SyntaxKind.BIND) {
        continue;
      }
      int attrpath = tree.child(n, 0);
      int[] names = attrpath < 0 ? new int[0] : tree.children(attrpath);
      if (names.length != 1 || tree.kind(names[0]) != SyntaxKind.ATTR_ID) {
        continue;
      }
      Path file = calledFile(tree, tree.child(n, 1), all.getParent());
      if (file != null) {
        String name = decode(tree.string(names[0]));
        out.add(new IndexedSymbol(name, IndexedSymbol.Kind.PACKAGE, "", file.toString(), 1, 1));
      }
    }
  }

  /** The path a {@code callPackage PATH ARGS} expression reads, or null. */
  private static Path calledFile(SyntaxTree tree, int value, Path dir) {
    int v = value;
    // callPackage PATH ARGS is (callPackage PATH) ARGS: go down the function side to the call of callPackage
    while (v >= 0 && tree.kind(v) == SyntaxKind.APPLY) {
      int function = tree.child(v, 0);
      if (function >= 0 && isCallPackage(tree, function)) {
        int path = tree.child(v, 1);
        return path >= 0 && tree.kind(path) == SyntaxKind.PATH ? resolve(tree, path, dir) : null;
      }
      v = function;
    }
    return null;
  }

  private static boolean isCallPackage(SyntaxTree tree, int f) {
    if (tree.kind(f) == SyntaxKind.VAR) {
      return "callPackage".equals(tree.string(f));
    }
    if (tree.kind(f) == SyntaxKind.SELECT) {
      int attrpath = tree.child(f, 1);
      int last = attrpath < 0 ? -1 : tree.lastChild(attrpath);
      return last >= 0 && tree.kind(last) == SyntaxKind.ATTR_ID && "callPackage".equals(tree.string(last));
    }
    return false;
  }

  private static Path resolve(SyntaxTree tree, int path, Path dir) {
    StringBuilder text = new StringBuilder();
    for (int part : tree.children(path)) {
      if (tree.kind(part) != SyntaxKind.PATH_HEAD && tree.kind(part) != SyntaxKind.STR_TEXT) {
        return null;
      }
      text.append(tree.string(part));
    }
    try {
      Path target = dir.resolve(decode(text.toString())).normalize();
      return Files.isDirectory(target) ? target.resolve("default.nix") : target;
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static String decode(String bytewise) {
    return new String(bytewise.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
