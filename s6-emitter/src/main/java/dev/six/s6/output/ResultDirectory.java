package dev.six.s6.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * A build result that is replaced only atomically: {@code OUT/NAME} is a symbolic link to a
 * generation directory {@code OUT/.NAME-XXXX} that is written completely first; the link is then
 * swapped with one {@code rename}, and the previous generation removed. A failure or a kill at any
 * point leaves {@code OUT/NAME} pointing at a whole result (the old or the new one), as Nix's
 * {@code result} links do.
 */
public final class ResultDirectory {
  private final Path link;
  private FileChannel lockChannel;
  private FileLock lock;

  public ResultDirectory(Path out, String name) {
    if (name.isEmpty() || name.startsWith(".") || name.contains("/") || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("not a safe result name: '" + name + "'");
    }
    this.link = out.toAbsolutePath().normalize().resolve(name);
  }

  /** Where the result is (the link). */
  public Path path() {
    return link;
  }

  /**
   * A new, empty generation directory to write the next result into. Takes the result's lock
   * until {@link #commit} or {@link #abandon}, so two builds of one result do not interleave.
   */
  public Path newGeneration() throws IOException {
    Files.createDirectories(link.getParent());
    if (Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(link)) {
      throw new FileAlreadyExistsException(link.toString(), null,
          "exists and is not a result link written by six; move it away first");
    }
    lockChannel = FileChannel.open(link.resolveSibling("." + link.getFileName() + ".lock"),
        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    lock = lockChannel.lock();
    Path generation = Files.createTempDirectory(link.getParent(), generationPrefix());
    Files.setPosixFilePermissions(generation, PosixFilePermissions.fromString("rwxr-xr-x"));
    return generation;
  }

  /** Makes {@code generation} the result, atomically, and removes the ones it replaces. */
  public void commit(Path generation) throws IOException {
    try {
      Path temporaryLink = link.resolveSibling("." + link.getFileName() + ".link-" + ProcessHandle.current().pid());
      Files.deleteIfExists(temporaryLink);
      Files.createSymbolicLink(temporaryLink, generation.getFileName());
      Files.move(temporaryLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      // the previous generation, and any a killed build left behind: none is linked any more
      try (Stream<Path> siblings = Files.list(link.getParent())) {
        for (Path old : siblings.filter(p -> p.getFileName().toString().startsWith(generationPrefix())).toList()) {
          if (!old.getFileName().equals(generation.getFileName())) {
            Trees.deleteQuietly(old);
          }
        }
      }
    } finally {
      unlock();
    }
  }

  /** Removes a generation that will not be committed; the result stays as it was. */
  public void abandon(Path generation) {
    try {
      Trees.deleteQuietly(generation);
    } finally {
      unlock();
    }
  }

  private String generationPrefix() {
    return "." + link.getFileName() + "-";
  }

  private void unlock() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (lockChannel != null) {
        lockChannel.close();
      }
    } catch (IOException ignored) {
      // closing releases the lock in any case
    } finally {
      lock = null;
      lockChannel = null;
    }
  }
}
