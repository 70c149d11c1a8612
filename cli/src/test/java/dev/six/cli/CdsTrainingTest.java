package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.junit.jupiter.api.Test;

/** The launcher's training run still runs every command it trains on as intended. */
class CdsTrainingTest {
  @Test
  void everyTrainingRunEndsAsExpected() {
    assertDoesNotThrow(() -> CdsTraining.main(new String[0]));
  }
}
