package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The launcher's training run still runs every command it trains on as intended, the bundled
 * site's build and the editor session with {@code six lsp} included.
 */
class CdsTrainingTest {
  @Test
  void everyTrainingRunEndsAsExpected() {
    String before = System.getProperty("six.root");
    System.setProperty("six.root", Path.of("..").toAbsolutePath().normalize().toString());
    try {
      assertDoesNotThrow(CdsTraining::train);
    } finally {
      if (before == null) {
        System.clearProperty("six.root");
      } else {
        System.setProperty("six.root", before);
      }
    }
  }
}
