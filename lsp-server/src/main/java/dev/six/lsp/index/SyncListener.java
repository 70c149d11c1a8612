package dev.six.lsp.index;

import java.nio.file.Path;

/**
 * Told how a {@link WorkspaceIndex#sync} goes, on the syncing thread: how many files it found,
 * then each file as it is done (read again or found unchanged). The server reports progress and
 * learns the workspace's by-name services from it.
 */
public interface SyncListener {
  SyncListener NONE = new SyncListener() {};

  /** The walk found {@code files} {@code .nix} files. */
  default void found(int files) {}

  /** {@code file} is indexed: the {@code done}-th of {@code total}. */
  default void indexed(Path file, int done, int total) {}
}
