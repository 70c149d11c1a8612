package dev.six.s6.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of a live case's {@code expect} file: something the case's services must have left in
 * their output directory ({@code $LIVE_OUT}) once all of them are up, or once all are down. The
 * file is the case's data; the test only knows how to look.
 *
 * <p>Lines are {@code WHEN CHECK FILE [LINE]}, blank lines and {@code #} lines skipped:
 * {@code WHEN} is {@code up} or {@code down}; {@code CHECK} is {@code line} (FILE holds LINE as a
 * whole line; LINE is the rest of the line, spaces included) or {@code finalized} (FILE is an s6-log
 * {@code current} file that s6-log closed cleanly, which it marks by making it executable).
 */
public record LiveExpectation(Phase when, Check check, String file, String line) {

  /** After everything is up (met within a while), or after everything is down (met at once). */
  public enum Phase { UP, DOWN }

  /** What is looked at. */
  public enum Check { LINE, FINALIZED }

  public static List<LiveExpectation> read(Path expectFile) throws IOException {
    List<LiveExpectation> expectations = new ArrayList<>();
    int number = 0;
    for (String text : Files.readAllLines(expectFile, StandardCharsets.ISO_8859_1)) {
      number++;
      String trimmed = text.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] words = trimmed.split("\\s+", 4);
      String where = expectFile + ":" + number;
      if (words.length < 3) {
        throw new IllegalArgumentException(where + ": expected WHEN CHECK FILE [LINE]");
      }
      Phase when = Phase.valueOf(words[0].toUpperCase(Locale.ROOT));
      Check check = Check.valueOf(words[1].toUpperCase(Locale.ROOT));
      String line = words.length == 4 ? words[3] : null;
      if ((check == Check.LINE) != (line != null)) {
        throw new IllegalArgumentException(where + ": 'line' needs a LINE, 'finalized' takes none");
      }
      expectations.add(new LiveExpectation(when, check, words[2], line));
    }
    return expectations;
  }

  /** Whether it holds now, in the output directory {@code out}. */
  public boolean holdsIn(Path out) throws IOException {
    Path path = out.resolve(file);
    if (!Files.isRegularFile(path)) {
      return false;
    }
    if (check == Check.FINALIZED) {
      return Files.getPosixFilePermissions(path).contains(PosixFilePermission.OWNER_EXECUTE);
    }
    return Files.readAllLines(path, StandardCharsets.ISO_8859_1).contains(line);
  }

  @Override
  public String toString() {
    return when.name().toLowerCase(Locale.ROOT) + ": " + file
        + (check == Check.LINE ? " has the line \"" + line + "\"" : " was closed cleanly by s6-log");
  }
}
