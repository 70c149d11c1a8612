package dev.six.lsp.server;

import dev.six.lsp.ide.Rename;
import dev.six.lsp.ide.ServiceRename;
import dev.six.lsp.ide.WorkspaceFacts;
import dev.six.lsp.ide.WorkspaceTexts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.FileRename;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameFilesParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rename requests on the request workers: a by-name service renamed across the workspace
 * (its directory moved too, when the editor can move files), else a binding renamed in its
 * document; and the edits that go with a service directory the editor moves itself.
 */
final class RenameRequests {
  private static final Logger LOG = LoggerFactory.getLogger(RenameRequests.class);
  private final OpenDocuments documents;
  private final RequestRunner requests;
  private final Supplier<WorkspaceFacts> facts;
  private volatile boolean clientCanMoveFiles;

  RenameRequests(OpenDocuments documents, RequestRunner requests, Supplier<WorkspaceFacts> facts) {
    this.documents = documents;
    this.requests = requests;
    this.facts = facts;
  }

  /** Whether the editor applies workspace edits that move files (a service rename moves its directory). */
  void clientCanMoveFiles(boolean can) {
    clientCanMoveFiles = can;
  }

  /** What a rename at the position would rename: a service's name, or a binding; else nothing. */
  CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepare(
      PrepareRenameParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("prepareRename", cancel -> NavigableDocument.of(documents, uri)
        .flatMap(at -> new ServiceRename(facts.get(), EditorTexts.of(documents)).target(at.analysis(),
                at.document().file(), at.offset(params.getPosition())).map(ServiceRename.Target::span)
            .or(() -> Rename.target(at.analysis(), at.offset(params.getPosition())))
            .map(span -> Either3.<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>forFirst(
                LspTypes.range(at.document().source(), span.start(), span.end()))))
        .orElse(null));
  }

  CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
    String uri = params.getTextDocument().getUri();
    return requests.run("rename", cancel -> {
      NavigableDocument at = NavigableDocument.of(documents, uri)
          .orElseThrow(() -> refused("the document is not open"));
      WorkspaceTexts texts = EditorTexts.of(documents);
      ServiceRename services = new ServiceRename(facts.get(), texts);
      int offset = at.offset(params.getPosition());
      if (services.target(at.analysis(), at.document().file(), offset).isPresent()) {
        ServiceRename.Plan moved = services.plan(at.analysis(), at.document().file(), offset, params.getNewName(),
            clientCanMoveFiles);
        if (moved.refused()) {
          throw refused(moved.refusal());
        }
        return ServiceRenameEdit.of(moved, texts, documents);
      }
      Rename.Plan plan = Rename.plan(at.analysis(), offset, params.getNewName());
      if (plan.refused()) {
        throw refused(plan.refusal());
      }
      List<TextEdit> edits = new ArrayList<>();
      for (var span : plan.spans()) {
        edits.add(new TextEdit(LspTypes.range(at.document().source(), span.start(), span.end()), params.getNewName()));
      }
      return new WorkspaceEdit(Map.of(uri, edits));
    });
  }

  /**
   * The editor is about to move files: for a by-name service's directory, the edits that rename
   * the service's uses with it (the move itself is the editor's). A move six would refuse as a
   * rename changes nothing, and says why in the log.
   */
  CompletableFuture<WorkspaceEdit> willRenameFiles(RenameFilesParams params) {
    return requests.run("willRenameFiles", cancel -> {
      WorkspaceTexts texts = EditorTexts.of(documents);
      ServiceRename services = new ServiceRename(facts.get(), texts);
      List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
      for (FileRename rename : params.getFiles()) {
        Path from = local(rename.getOldUri());
        Path to = local(rename.getNewUri());
        if (from == null || to == null) {
          continue;
        }
        services.directoryMoved(from, to).ifPresent(plan -> {
          if (plan.refused()) {
            LOG.warn("moving {}: the uses of the service are left as they are: {}", from, plan.refusal());
          } else {
            changes.addAll(ServiceRenameEdit.textEdits(plan, texts, documents));
          }
        });
      }
      return changes.isEmpty() ? null : new WorkspaceEdit(changes);
    });
  }

  /** The local file a {@code file:} URI names, or null for any other. */
  private static Path local(String uri) {
    try {
      java.net.URI parsed = java.net.URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Path.of(parsed).normalize() : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A request the server declines, with the reason the editor shows. */
  private static ResponseErrorException refused(String why) {
    return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, why, null));
  }
}
