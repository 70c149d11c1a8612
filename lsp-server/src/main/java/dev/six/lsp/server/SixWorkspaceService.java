package dev.six.lsp.server;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace half of the protocol. The server so far knows only open documents (no workspace
 * index, no settings), so these notifications change nothing; they are logged so that a trace
 * shows the editor sent them, and they will feed the index when it exists.
 */
final class SixWorkspaceService implements WorkspaceService {
  private static final Logger LOG = LoggerFactory.getLogger(SixWorkspaceService.class);

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    LOG.debug("configuration changed; the server has no settings yet");
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    LOG.debug("{} watched files changed; only open documents are analysed", params.getChanges().size());
  }
}
