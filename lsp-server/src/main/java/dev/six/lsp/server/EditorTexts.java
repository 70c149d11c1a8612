package dev.six.lsp.server;

import dev.six.lsp.ide.SourceText;
import dev.six.lsp.ide.WorkspaceTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/** The file texts one request sees: the editor's for open documents, the disk's for the others. */
final class EditorTexts {
  private EditorTexts() {}

  /** The texts as they are now; a file that cannot be read has none. */
  static WorkspaceTexts of(OpenDocuments documents) {
    return new WorkspaceTexts(file -> documents.byFile(file).map(OpenDocument::source).orElseGet(() -> {
      try {
        return SourceText.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException unreadable) {
        return null;
      }
    }));
  }
}
