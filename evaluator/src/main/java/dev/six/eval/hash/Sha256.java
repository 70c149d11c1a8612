package dev.six.eval.hash;

import java.security.MessageDigest;

/**
 * SHA-256 (FIPS 180-4) in plain Java, for JVMs that compile with C1 alone, as six's commands and
 * language server do. The JDK's own is fast only where C2 replaces it with an intrinsic; under C1
 * it is no faster than this one (18-20 ms per 1.3 MB either way), and its first use in a process
 * costs 25-40 ms more: looking up the security providers, linking the VarHandles it reads words
 * with, and interpreting it until C1 has compiled it. Nix hashes every path it copies to the
 * store (nixpkgs lib's tests copy 1.3 MB) and every store path's description, so a run hashes from
 * its first seconds. A {@link MessageDigest}, made directly: no provider is consulted.
 */
final class Sha256 extends MessageDigest {
  private static final int[] ROUND_CONSTANTS = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  };
  private static final int[] INITIAL_STATE = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  };
  private static final int BLOCK = 64;

  private final int[] state = INITIAL_STATE.clone();
  private final int[] schedule = new int[64];
  /** Input not yet hashed: less than a block. */
  private final byte[] pending = new byte[BLOCK];
  private int pendingLength;
  private long length;

  Sha256() {
    super("SHA-256");
  }

  @Override
  protected void engineUpdate(byte input) {
    engineUpdate(new byte[] {input}, 0, 1);
  }

  @Override
  protected void engineUpdate(byte[] input, int offset, int count) {
    length += count;
    if (pendingLength > 0) {
      int taken = Math.min(BLOCK - pendingLength, count);
      System.arraycopy(input, offset, pending, pendingLength, taken);
      pendingLength += taken;
      offset += taken;
      count -= taken;
      if (pendingLength < BLOCK) {
        return;
      }
      compress(pending, 0);
      pendingLength = 0;
    }
    for (; count >= BLOCK; offset += BLOCK, count -= BLOCK) {
      compress(input, offset);
    }
    System.arraycopy(input, offset, pending, 0, count);
    pendingLength = count;
  }

  @Override
  protected byte[] engineDigest() {
    long bits = length * 8;
    // A 1 bit, zeros up to 8 bytes short of a block's end, then the length in bits.
    byte[] padding = new byte[(pendingLength < BLOCK - 8 ? BLOCK : 2 * BLOCK) - pendingLength];
    padding[0] = (byte) 0x80;
    for (int i = 0; i < 8; i++) {
      padding[padding.length - 1 - i] = (byte) (bits >>> (8 * i));
    }
    engineUpdate(padding, 0, padding.length);
    byte[] digest = new byte[32];
    for (int i = 0; i < 8; i++) {
      int word = state[i];
      digest[4 * i] = (byte) (word >>> 24);
      digest[4 * i + 1] = (byte) (word >>> 16);
      digest[4 * i + 2] = (byte) (word >>> 8);
      digest[4 * i + 3] = (byte) word;
    }
    engineReset();
    return digest;
  }

  @Override
  protected void engineReset() {
    System.arraycopy(INITIAL_STATE, 0, state, 0, 8);
    pendingLength = 0;
    length = 0;
  }

  @Override
  protected int engineGetDigestLength() {
    return 32;
  }

  private void compress(byte[] block, int offset) {
    int[] w = schedule;
    for (int i = 0; i < 16; i++, offset += 4) {
      w[i] = (block[offset] << 24) | ((block[offset + 1] & 0xff) << 16) | ((block[offset + 2] & 0xff) << 8)
          | (block[offset + 3] & 0xff);
    }
    for (int i = 16; i < 64; i++) {
      int x = w[i - 15];
      int y = w[i - 2];
      int s0 = Integer.rotateRight(x, 7) ^ Integer.rotateRight(x, 18) ^ (x >>> 3);
      int s1 = Integer.rotateRight(y, 17) ^ Integer.rotateRight(y, 19) ^ (y >>> 10);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    int a = state[0];
    int b = state[1];
    int c = state[2];
    int d = state[3];
    int e = state[4];
    int f = state[5];
    int g = state[6];
    int h = state[7];
    for (int i = 0; i < 64; i++) {
      int sum1 = Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25);
      int choice = (e & f) ^ (~e & g);
      int t1 = h + sum1 + choice + ROUND_CONSTANTS[i] + w[i];
      int sum0 = Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22);
      int majority = (a & b) ^ (a & c) ^ (b & c);
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + sum0 + majority;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
}
