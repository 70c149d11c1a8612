package dev.six.lsp.server;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ResourceOperationKind;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;

/** What the editor said at {@code initialize} that it can do, where a feature depends on it. */
final class ClientSupport {
  private ClientSupport() {}

  /** Whether a workspace edit may move files and directories: document changes with the {@code rename} operation. */
  static boolean canRenameFiles(ClientCapabilities capabilities) {
    if (capabilities == null || capabilities.getWorkspace() == null) {
      return false;
    }
    WorkspaceEditCapabilities edit = capabilities.getWorkspace().getWorkspaceEdit();
    if (edit == null || !Boolean.TRUE.equals(edit.getDocumentChanges())) {
      return false;
    }
    List<String> operations = edit.getResourceOperations();
    return operations != null && operations.contains(ResourceOperationKind.Rename);
  }
}
