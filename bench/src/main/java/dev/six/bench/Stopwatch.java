package dev.six.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Repeats a task after warm-up and keeps the median and best wall times. */
record Stopwatch(double medianMillis, double bestMillis) {

  static Stopwatch measure(int warmups, int runs, Callable<?> task) throws Exception {
    for (int i = 0; i < warmups; i++) {
      task.call();
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      task.call();
      times[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(times);
    return new Stopwatch(times[runs / 2], times[0]);
  }
}
