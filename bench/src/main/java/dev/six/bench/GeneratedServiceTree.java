package dev.six.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;

/**
 * Writes a large, realistic s6-rc source tree for the compiler benchmark: a fixed seed gives the
 * same tree every time. Per group of ten: five longruns (one with a logger, so a producer and a
 * last consumer with a pipeline name), three oneshots with execline blocks, and bundles over the
 * group; dependencies only point to earlier services, so the graph is acyclic.
 */
final class GeneratedServiceTree {
  private GeneratedServiceTree() {}

  /** Writes about {@code services} services (half of them longruns) under {@code dir}. */
  static void write(Path dir, int services) throws IOException {
    Random random = new Random(20261126);
    Files.createDirectories(dir);
    int groups = services / 10;
    for (int g = 0; g < groups; g++) {
      String p = String.format("g%04d", g);
      for (int i = 0; i < 4; i++) {
        String name = p + "-daemon" + i;
        Path s = service(dir, name, "longrun");
        text(s.resolve("run"), "#!/bin/execlineb -P\nfdmove -c 2 1\n/usr/bin/" + name + " --foreground\n");
        executable(s.resolve("run"));
        if (i == 0) {
          text(s.resolve("notification-fd"), "3\n");
          text(s.resolve("producer-for"), p + "-log\n");
        }
        if (i == 1) {
          Files.createDirectories(s.resolve("env"));
          text(s.resolve("env/PORT"), (8000 + g) + "\n");
          text(s.resolve("timeout-up"), "5000\n");
        }
        dependencies(s, random, g, p);
      }
      Path log = service(dir, p + "-log", "longrun");
      text(log.resolve("run"), "#!/bin/execlineb -P\ns6-log -d3 T /var/log/" + p + "\n");
      executable(log.resolve("run"));
      text(log.resolve("consumer-for"), p + "-daemon0\n");
      text(log.resolve("pipeline-name"), p + "-pipeline\n");
      for (int i = 0; i < 3; i++) {
        Path s = service(dir, p + "-setup" + i, "oneshot");
        text(s.resolve("up"), "if { mkdir -p /run/" + p + i + " }\nforeground { chmod 0755 /run/" + p + i + " }\n"
            + "echo \"setup " + p + " " + i + "\"\n");
        text(s.resolve("down"), "rm -rf /run/" + p + i + "\n");
        dependencies(s, random, g, p);
      }
      Path bundle = service(dir, p, "bundle");
      StringBuilder contents = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        contents.append(p).append("-daemon").append(i).append('\n');
      }
      contents.append(p).append("-pipeline\n");
      text(bundle.resolve("contents"), contents.toString());
      Path all = service(dir, p + "-all", "bundle");
      text(all.resolve("contents"), p + "\n" + p + "-setup0\n" + p + "-setup1\n" + p + "-setup2\n");
    }
  }

  private static void dependencies(Path s, Random random, int g, String p) throws IOException {
    StringBuilder deps = new StringBuilder();
    for (int k = 0; k < 3 && g > 0; k++) {
      deps.append(String.format("g%04d", random.nextInt(g))).append("-setup").append(random.nextInt(3)).append('\n');
    }
    if (g > 0 && random.nextBoolean()) {
      deps.append(String.format("g%04d", random.nextInt(g))).append('\n');
    }
    if (!deps.isEmpty()) {
      text(s.resolve("dependencies"), deps.toString());
    }
  }

  private static Path service(Path dir, String name, String type) throws IOException {
    Path s = Files.createDirectories(dir.resolve(name));
    text(s.resolve("type"), type + "\n");
    return s;
  }

  private static void text(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
