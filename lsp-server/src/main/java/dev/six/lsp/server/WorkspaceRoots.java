package dev.six.lsp.server;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/**
 * The folder the editor opened, from {@code initialize}: its first workspace folder, else its root
 * URI; and the local file behind a document's URI.
 */
final class WorkspaceRoots {
  private WorkspaceRoots() {}

  /** The first local folder, or {@code null} when the client opened none (a single file). */
  @SuppressWarnings("deprecation") // rootUri: older clients send only it
  static Path first(InitializeParams params) {
    if (params.getWorkspaceFolders() != null) {
      for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
        Path p = local(folder.getUri());
        if (p != null) {
          return p;
        }
      }
    }
    return local(params.getRootUri());
  }

  /** The local file a {@code file:} URI names, if it is one. */
  static Optional<Path> file(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Optional.of(Path.of(parsed)) : Optional.empty();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  private static Path local(String uri) {
    if (uri == null) {
      return null;
    }
    try {
      URI parsed = URI.create(uri);
      if (!"file".equals(parsed.getScheme())) {
        return null;
      }
      Path p = Path.of(parsed);
      return Files.isDirectory(p) ? p : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
