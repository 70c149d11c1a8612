package dev.six.lsp.server;

import dev.six.lsp.ide.ServiceRename;
import dev.six.lsp.ide.SourceText;
import dev.six.lsp.ide.WorkspaceTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.RenameFileOptions;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * A service rename as the protocol's workspace edit: the text edits of every file first (at the
 * files' current URIs, with the version of those the editor has open), then the move of the
 * service's directory, which must come last because some of the edited files are inside it.
 */
final class ServiceRenameEdit {
  private ServiceRenameEdit() {}

  static WorkspaceEdit of(ServiceRename.Plan plan, WorkspaceTexts texts, OpenDocuments documents) {
    List<Either<TextDocumentEdit, ResourceOperation>> changes = textEdits(plan, texts, documents);
    RenameFile move = new RenameFile(directoryUri(plan.from()), directoryUri(plan.to()));
    move.setOptions(new RenameFileOptions(false, false));
    changes.add(Either.forRight(move));
    return new WorkspaceEdit(changes);
  }

  /** The text edits alone, for a move the editor makes itself. */
  static List<Either<TextDocumentEdit, ResourceOperation>> textEdits(ServiceRename.Plan plan, WorkspaceTexts texts,
      OpenDocuments documents) {
    List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
    for (Map.Entry<Path, List<ServiceRename.Edit>> file : plan.edits().entrySet()) {
      SourceText text = texts.of(file.getKey());
      var open = documents.byFile(file.getKey());
      String uri = open.map(OpenDocument::uri).orElse(file.getKey().toUri().toString());
      List<Either<TextEdit, SnippetTextEdit>> edits = new ArrayList<>();
      for (ServiceRename.Edit edit : file.getValue()) {
        edits.add(Either.forLeft(new TextEdit(LspTypes.range(text, edit.span().start(), edit.span().end()), edit.newText())));
      }
      VersionedTextDocumentIdentifier id = new VersionedTextDocumentIdentifier(uri, open.map(OpenDocument::version).orElse(null));
      changes.add(Either.forLeft(new TextDocumentEdit(id, edits)));
    }
    return changes;
  }

  /** A directory's URI without the trailing slash Java adds only when the directory exists. */
  private static String directoryUri(Path directory) {
    String uri = directory.toUri().toString();
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}
