package dev.six.lsp.ide;

import dev.six.grammar.syntax.SyntaxKind;
import dev.six.grammar.syntax.SyntaxTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * sixos's callPackage convention from the editor's side: in a {@code by-name/<xx>/<name>/service.nix},
 * a formal (or {@code targets.<name>}, {@code services.<name>}) named like another service receives
 * that service, whose definition is {@code by-name/<first two characters>/<name>/service.nix} under
 * the same {@code by-name} directory. Found on disk, without an index.
 */
final class ServiceTargets {
  private ServiceTargets() {}

  static Optional<Path> at(DocumentAnalysis analysis, NameResolution names, Path document, int offset) {
    Path byName = byNameRoot(document);
    if (byName == null) {
      return Optional.empty();
    }
    return serviceName(analysis.parse().tree(), names, offset).flatMap(name -> service(byName, name));
  }

  /** The {@code by-name} directory of a {@code by-name/<xx>/<name>/service.nix}, or null. */
  static Path byNameRoot(Path document) {
    if (document == null || !document.getFileName().toString().equals("service.nix") || document.getNameCount() < 4) {
      return null;
    }
    Path byName = document.getParent().getParent().getParent();
    return byName.getFileName().toString().equals("by-name") ? byName : null;
  }

  private static Optional<String> serviceName(SyntaxTree tree, NameResolution names, int offset) {
    Optional<Occurrence> occurrence = names.at(offset);
    if (occurrence.isPresent() && occurrence.get().declaration()
        && occurrence.get().binding().kind() == Binding.Kind.FORMAL) {
      return Optional.of(occurrence.get().binding().name());
    }
    for (int n = 0; n < tree.nodeCount(); n++) {
      if (tree.kind(n) != SyntaxKind.SELECT || tree.start(n) > offset || offset > tree.end(n)) {
        continue;
      }
      int subject = tree.child(n, 0);
      int path = tree.child(n, 1);
      if (subject < 0 || tree.kind(subject) != SyntaxKind.VAR || path < 0 || tree.kind(path) != SyntaxKind.ATTRPATH) {
        continue;
      }
      String root = tree.string(subject);
      int first = tree.child(path, 0);
      if ((root.equals("targets") || root.equals("services")) && first >= 0 && tree.kind(first) == SyntaxKind.ATTR_ID
          && tree.start(first) <= offset && offset <= tree.end(first)) {
        return Optional.of(tree.string(first));
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> service(Path byName, String bytewiseName) {
    String name = new String(bytewiseName.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    if (name.isEmpty() || name.contains("/") || name.startsWith(".")) {
      return Optional.empty();
    }
    String stem = name.length() >= 2 ? name.substring(0, 2) : name;
    Path file = byName.resolve(stem).resolve(name).resolve("service.nix");
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}
