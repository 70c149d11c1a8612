package dev.six.lsp.server;

import java.util.List;
import org.eclipse.lsp4j.FileOperationFilter;
import org.eclipse.lsp4j.FileOperationOptions;
import org.eclipse.lsp4j.FileOperationPattern;
import org.eclipse.lsp4j.FileOperationPatternKind;
import org.eclipse.lsp4j.FileOperationsServerCapabilities;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;

/**
 * The file operations the server wants to hear of before the editor makes them: moving a by-name
 * service's directory ({@code …/by-name/<xx>/<name>}), so that the service's uses are renamed with it.
 */
final class ServiceDirectories {
  private ServiceDirectories() {}

  static WorkspaceServerCapabilities willRenameCapability() {
    FileOperationPattern pattern = new FileOperationPattern("**/by-name/*/*");
    pattern.setMatches(FileOperationPatternKind.Folder);
    FileOperationsServerCapabilities operations = new FileOperationsServerCapabilities();
    operations.setWillRename(new FileOperationOptions(List.of(new FileOperationFilter(pattern, "file"))));
    WorkspaceServerCapabilities workspace = new WorkspaceServerCapabilities();
    workspace.setFileOperations(operations);
    return workspace;
  }
}
