package dev.six.lsp.ide;

import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file a path literal names, as Nix resolves it (relative to the file it is written in,
 * {@code ~/} under the home directory, absolute as is): a directory means its {@code default.nix},
 * as {@code import} reads it. Only literals without interpolation, and only files that exist.
 */
final class PathTargets {
  private PathTargets() {}

  static Optional<Path> at(DocumentAnalysis analysis, Path document, int offset) {
    SyntaxTree tree = analysis.parse().tree();
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) == SyntaxKind.PATH && tree.start(n) <= offset && offset <= tree.end(n)) {
        return literal(tree, n).flatMap(text -> resolve(text, document));
      }
    }
    return Optional.empty();
  }

  /** The file the path literal {@code path} (a node of {@code tree}) names, if it exists. */
  static Optional<Path> of(SyntaxTree tree, int path, Path document) {
    return literal(tree, path).flatMap(text -> resolve(text, document));
  }

  /** The text of a path without interpolation, decoded from the grammar's bytewise form. */
  private static Optional<String> literal(SyntaxTree tree, int path) {
    StringBuilder text = new StringBuilder();
    for (int part : tree.children(path)) {
      SyntaxKind kind = tree.kind(part);
      if (kind != SyntaxKind.PATH_HEAD && kind != SyntaxKind.STR_TEXT) {
        return Optional.empty();
      }
      text.append(tree.string(part));
    }
    return Optional.of(new String(text.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
  }

  private static Optional<Path> resolve(String text, Path document) {
    try {
      Path target;
      if (text.startsWith("/")) {
        target = Path.of(text);
      } else if (text.startsWith("~/")) {
        target = Path.of(System.getProperty("user.home", "/")).resolve(text.substring(2));
      } else if (document != null && document.getParent() != null) {
        target = document.getParent().resolve(text);
      } else {
        return Optional.empty();
      }
      target = target.normalize();
      if (Files.isDirectory(target)) {
        target = target.resolve("default.nix");
      }
      return Files.isRegularFile(target) ? Optional.of(target) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
