package dev.six.s6.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real s6 supervision tree over compiled service directories, set up the way {@code s6-rc-init}
 * sets one up: the service directories are copied into a live directory with a {@code down} file
 * each, so that s6-supervise starts none of them by itself, and the scan directory links to the
 * copies. Services are then brought up and down one at a time with s6-svc and s6-svwait.
 *
 * <p>Everything runs under Debian's s6 with a clean environment ({@link DebianS6#PATH} and
 * {@code LIVE_OUT}, the directory services write their traces to). Every wait has a limit, and
 * {@link #close()} kills whatever of the tree is still alive, so a broken service cannot hang the
 * build or outlive it.
 */
public final class SupervisionTree implements AutoCloseable {
  /** How long one service may take to come up or go down, as s6-svwait's {@code -t}. */
  public static final Duration SERVICE_LIMIT = Duration.ofSeconds(10);

  private final Path live;
  private final Path scandir;
  private final Path out;
  private final Path svscanLog;
  private final Path toolLog;
  private final String marker;
  private final MarkedProcesses processes;
  private Process svscan;

  /** A tree in the empty directory {@code work}. */
  public SupervisionTree(Path work) throws IOException {
    this.live = Files.createDirectories(work.resolve("live/servicedirs"));
    this.scandir = Files.createDirectories(work.resolve("scandir"));
    this.out = Files.createDirectories(work.resolve("out"));
    this.svscanLog = work.resolve("s6-svscan.log");
    this.toolLog = work.resolve("tools.log");
    this.marker = "LIVE_OUT=" + out;
    this.processes = new MarkedProcesses(marker);
  }

  /** Where services write what they have done ({@code $LIVE_OUT}). */
  public Path out() {
    return out;
  }

  /** Copies the service directory {@code compiled/NAME} in, and links it from the scan directory. */
  public void install(Path compiled, String name) throws IOException {
    Path copy = live.resolve(name);
    copyTree(compiled.resolve(name), copy);
    Files.createFile(copy.resolve("down"));
    Files.createSymbolicLink(scandir.resolve(name), copy);
  }

  /** Starts s6-svscan and waits until every installed service has its s6-supervise. */
  public void start() throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(DebianS6.program("s6-svscan").toString(), scandir.toString())
        .redirectErrorStream(true)
        .redirectOutput(Redirect.appendTo(svscanLog.toFile()));
    builder.environment().clear();
    builder.environment().put("PATH", DebianS6.PATH);
    builder.environment().put("LIVE_OUT", out.toString());
    svscan = builder.start();
    long deadline = System.nanoTime() + SERVICE_LIMIT.toNanos();
    for (Path service : installed()) {
      while (run("s6-svok", service.toString()) != 0) {
        if (!svscan.isAlive() || System.nanoTime() > deadline) {
          fail("no s6-supervise for " + service.getFileName() + diagnostics());
        }
        Thread.sleep(20);
      }
    }
  }

  /**
   * {@code s6-svc -u}, then waits until the service is up: ready by its own word
   * ({@code s6-svwait -U}) when it has a notification fd, merely started ({@code -u}) otherwise,
   * since s6-supervise can report readiness only through that fd.
   */
  public void up(String name) throws IOException, InterruptedException {
    Path dir = live.resolve(name);
    String mode = Files.exists(dir.resolve("notification-fd")) ? "-U" : "-u";
    control(name, "-u");
    await(name, mode, "up" + (mode.equals("-U") ? " and ready" : ""));
  }

  /** {@code s6-svc -d}, then waits until it is down and its finish script is over ({@code -D}). */
  public void down(String name) throws IOException, InterruptedException {
    control(name, "-d");
    await(name, "-D", "down");
  }

  /** {@code s6-svscanctl -t}: s6-svscan stops every supervisor and exits 0, leaving no process. */
  public void stop() throws IOException, InterruptedException {
    require(run("s6-svscanctl", "-t", scandir.toString()) == 0, "s6-svscanctl -t failed");
    if (!svscan.waitFor(SERVICE_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("s6-svscan still runs " + SERVICE_LIMIT.toSeconds() + " s after s6-svscanctl -t" + diagnostics());
    }
    assertEquals(0, svscan.exitValue(), "s6-svscan's exit code" + diagnostics());
    List<ProcessHandle> left = processes.awaitNone(Duration.ofSeconds(5));
    require(left.isEmpty(), "processes of the tree outlived s6-svscan:" + MarkedProcesses.describe(left));
  }

  /** Kills s6-svscan and every process of the tree that is still there. */
  @Override
  public void close() throws InterruptedException {
    if (svscan != null && svscan.isAlive()) {
      svscan.destroyForcibly();
      svscan.waitFor(5, TimeUnit.SECONDS);
    }
    processes.killAll();
  }

  /** What s6-svscan, its supervisors and the services wrote to their stdout and stderr. */
  public String diagnostics() {
    return "\n--- s6-svscan and services' output ---\n" + read(svscanLog) + "--- tools' output ---\n" + read(toolLog);
  }

  private void control(String name, String command) throws IOException, InterruptedException {
    require(run("s6-svc", command, live.resolve(name).toString()) == 0, "s6-svc " + command + " " + name + " failed");
  }

  private void await(String name, String mode, String state) throws IOException, InterruptedException {
    int code = run("s6-svwait", mode, "-t", Long.toString(SERVICE_LIMIT.toMillis()), live.resolve(name).toString());
    require(code == 0, name + " was not " + state + " within " + SERVICE_LIMIT.toSeconds() + " s (s6-svwait "
        + mode + " exited " + code + ")");
  }

  private void require(boolean condition, String message) {
    if (!condition) {
      fail(message + diagnostics());
    }
  }

  /** Runs an s6 tool to its end, within a limit; returns its exit code. */
  private int run(String program, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(DebianS6.program(program).toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(Redirect.appendTo(toolLog.toFile()));
    builder.environment().clear();
    builder.environment().put("PATH", DebianS6.PATH);
    Process process = builder.start();
    Duration limit = SERVICE_LIMIT.plusSeconds(5); // beyond s6-svwait's own -t
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not end within " + limit.toSeconds() + " s" + diagnostics());
    }
    return process.exitValue();
  }

  private List<Path> installed() throws IOException {
    try (Stream<Path> entries = Files.list(live)) {
      return entries.sorted().toList();
    }
  }

  /** A copy with modes and symbolic links kept, as s6-rc-init's copy of a service directory. */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Files.copy(source, to.resolve(from.relativize(source).toString()),
            StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      }
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
