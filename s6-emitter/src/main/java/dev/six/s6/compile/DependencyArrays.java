package dev.six.s6.compile;

import java.util.BitSet;

/**
 * Flattens the dependency sets into the database's two arrays: for each service in index order,
 * what it depends on (forward) and who depends on it (reverse), each ascending; a record points
 * into them with a count and the running start.
 */
final class DependencyArrays {
  private final int[] forwardCount;
  private final int[] reverseCount;
  private final int[] forwardStart;
  private final int[] reverseStart;
  private final int[] forward;
  private final int[] reverse;

  DependencyArrays(BitSet[] dependencies) {
    int n = dependencies.length;
    forwardCount = new int[n];
    reverseCount = new int[n];
    forwardStart = new int[n];
    reverseStart = new int[n];
    int edges = 0;
    for (int i = 0; i < n; i++) {
      forwardCount[i] = dependencies[i].cardinality();
      edges += forwardCount[i];
      dependencies[i].stream().forEach(j -> reverseCount[j]++);
    }
    forward = new int[edges];
    reverse = new int[edges];
    int f = 0;
    int r = 0;
    for (int i = 0; i < n; i++) {
      forwardStart[i] = f;
      reverseStart[i] = r;
      f += forwardCount[i];
      r += reverseCount[i];
    }
    int[] fill = reverseStart.clone();
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = dependencies[i].nextSetBit(0); j >= 0; j = dependencies[i].nextSetBit(j + 1)) {
        forward[k++] = j;
        // services are visited in ascending order, so each reverse list fills ascending
        reverse[fill[j]++] = i;
      }
    }
  }

  int forwardCount(int i) {
    return forwardCount[i];
  }

  int reverseCount(int i) {
    return reverseCount[i];
  }

  int forwardStart(int i) {
    return forwardStart[i];
  }

  int reverseStart(int i) {
    return reverseStart[i];
  }

  int[] forward() {
    return forward;
  }

  int[] reverse() {
    return reverse;
  }
}
