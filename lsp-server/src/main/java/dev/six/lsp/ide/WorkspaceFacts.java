package dev.six.lsp.ide;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the cross-file features ask of the workspace, answered from an index rather than by parsing
 * the workspace on each request: where services and packages are defined, every reference to a
 * key, and the formals and attributes a file declares. Implemented by the Lucene index; the
 * features stay free of it. Offsets are bytes of the files as the index last read them.
 */
public interface WorkspaceFacts {

  /** A name a file declares: a formal (with its default's source as detail) or an attribute. */
  record Declaration(Path file, String name, String container, Span span, String detail) {
    /** The container and the name, dotted. */
    public String qualifiedName() {
      return container.isEmpty() ? name : container + "." + name;
    }
  }

  /** The {@code service.nix} files of the by-name service {@code name} (the first one wins in sixos). */
  List<Path> services(String name);

  /** Every by-name service's name. */
  Set<String> serviceNames();

  /** Where the package {@code name} is written ({@code package.nix}, or the file a callPackage site reads). */
  List<Path> packages(String name);

  /** Package names starting with {@code prefix}, at most {@code limit}. */
  List<String> packageNames(String prefix, int limit);

  /** Every reference of {@code kind} to {@code key}. */
  List<FileReference> references(SixReference.Kind kind, String key);

  /** Every reference of {@code kind} whose key starts with {@code prefix}. */
  List<FileReference> referencesWithPrefix(SixReference.Kind kind, String prefix);

  /** The formals of the functions {@code file} declares, outermost first. */
  List<Declaration> formals(Path file);

  /** The attributes {@code file} declares, with the attribute path they sit under. */
  List<Declaration> attributes(Path file);

  /** No workspace: nothing is known. */
  WorkspaceFacts NONE = new WorkspaceFacts() {
    @Override
    public List<Path> services(String name) {
      return List.of();
    }

    @Override
    public Set<String> serviceNames() {
      return Set.of();
    }

    @Override
    public List<Path> packages(String name) {
      return List.of();
    }

    @Override
    public List<String> packageNames(String prefix, int limit) {
      return List.of();
    }

    @Override
    public List<FileReference> references(SixReference.Kind kind, String key) {
      return List.of();
    }

    @Override
    public List<FileReference> referencesWithPrefix(SixReference.Kind kind, String prefix) {
      return List.of();
    }

    @Override
    public List<Declaration> formals(Path file) {
      return List.of();
    }

    @Override
    public List<Declaration> attributes(Path file) {
      return List.of();
    }
  };
}
