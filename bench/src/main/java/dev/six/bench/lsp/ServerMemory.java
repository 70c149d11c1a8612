package dev.six.bench.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server JVM's memory, read from outside as an operator would: its heap in use after a full
 * collection (jcmd GC.run, then GC.heap_info: the generations' or regions' "used"), and the
 * process's peak resident set (VmHWM).
 */
final class ServerMemory {
  private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

  /** Megabytes; -1 when not measurable. */
  record Reading(double heapAfterGcMb, double peakRssMb) {}

  private ServerMemory() {}

  static Reading of(ProcessHandle jvm) throws IOException, InterruptedException {
    String pid = String.valueOf(jvm.pid());
    jcmd(pid, "GC.run");
    long usedKb = -1;
    for (String line : jcmd(pid, "GC.heap_info").split("\n")) {
      Matcher m = USED.matcher(line);
      // the young and old generations (Serial, Parallel) or the whole heap (G1); not Metaspace
      if (m.find() && !line.contains("Metaspace") && !line.contains("class space")) {
        usedKb = Math.max(0, usedKb) + Long.parseLong(m.group(1));
      }
    }
    long hwmKb = -1;
    Path status = Path.of("/proc", pid, "status");
    if (Files.isReadable(status)) {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          hwmKb = Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    }
    return new Reading(usedKb < 0 ? -1 : usedKb / 1024.0, hwmKb < 0 ? -1 : hwmKb / 1024.0);
  }

  private static String jcmd(String pid, String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("jcmd", pid, command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
