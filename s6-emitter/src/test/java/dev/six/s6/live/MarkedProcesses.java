package dev.six.s6.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The processes of one supervision tree, found by an environment entry that all of them inherit
 * from the s6-svscan the test starts. A process that outlives its parent is re-parented to init,
 * so the process tree no longer shows where it came from; its environment still does. Reads
 * Linux's {@code /proc}.
 */
final class MarkedProcesses {
  private static final Path PROC = Path.of("/proc");

  private final byte[] marker;

  /** {@code entry} is a whole environment entry, {@code NAME=value}, unique to one tree. */
  MarkedProcesses(String entry) {
    this.marker = entry.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Every live process whose environment holds the entry. */
  List<ProcessHandle> find() {
    List<ProcessHandle> found = new ArrayList<>();
    try (DirectoryStream<Path> pids = Files.newDirectoryStream(PROC, "[0-9]*")) {
      for (Path dir : pids) {
        if (marked(dir)) {
          ProcessHandle.of(Long.parseLong(dir.getFileName().toString())).ifPresent(found::add);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + PROC, e);
    }
    return found;
  }

  /** Waits up to {@code limit} for the marked processes to be gone; returns those still there. */
  List<ProcessHandle> awaitNone(Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    List<ProcessHandle> left = find();
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      left = find();
    }
    return left;
  }

  /** Sends SIGKILL to every marked process until none is left, or gives up after a few rounds. */
  void killAll() throws InterruptedException {
    // A supervisor can respawn a service between two rounds, hence the loop.
    for (int round = 0; round < 20; round++) {
      List<ProcessHandle> left = find();
      if (left.isEmpty()) {
        return;
      }
      left.forEach(ProcessHandle::destroyForcibly);
      Thread.sleep(50);
    }
  }

  /** One line per process: its pid and command line. */
  static String describe(List<ProcessHandle> processes) {
    StringBuilder out = new StringBuilder();
    for (ProcessHandle p : processes) {
      out.append("\n  ").append(p.pid()).append(' ').append(p.info().commandLine().orElse("?"));
    }
    return out.toString();
  }

  private boolean marked(Path dir) {
    byte[] environ;
    try {
      environ = Files.readAllBytes(dir.resolve("environ"));
    } catch (IOException | SecurityException e) {
      return false; // gone meanwhile, or another user's: not ours either way
    }
    int start = 0;
    for (int i = 0; i <= environ.length; i++) {
      if (i == environ.length || environ[i] == 0) {
        if (i - start == marker.length && Arrays.equals(environ, start, i, marker, 0, marker.length)) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }
}
