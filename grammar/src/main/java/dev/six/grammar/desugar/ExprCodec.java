package dev.six.grammar.desugar;

import dev.six.grammar.desugar.NixExpr.AttrDef;
import dev.six.grammar.desugar.NixExpr.AttrName;
import dev.six.grammar.desugar.NixExpr.DynamicAttrDef;
import dev.six.grammar.desugar.NixExpr.ExprAssert;
import dev.six.grammar.desugar.NixExpr.ExprAttrs;
import dev.six.grammar.desugar.NixExpr.ExprBinary;
import dev.six.grammar.desugar.NixExpr.ExprCall;
import dev.six.grammar.desugar.NixExpr.ExprConcatStrings;
import dev.six.grammar.desugar.NixExpr.ExprError;
import dev.six.grammar.desugar.NixExpr.ExprFloat;
import dev.six.grammar.desugar.NixExpr.ExprIf;
import dev.six.grammar.desugar.NixExpr.ExprInt;
import dev.six.grammar.desugar.NixExpr.ExprLambda;
import dev.six.grammar.desugar.NixExpr.ExprLet;
import dev.six.grammar.desugar.NixExpr.ExprList;
import dev.six.grammar.desugar.NixExpr.ExprOpHasAttr;
import dev.six.grammar.desugar.NixExpr.ExprOpNot;
import dev.six.grammar.desugar.NixExpr.ExprPath;
import dev.six.grammar.desugar.NixExpr.ExprPos;
import dev.six.grammar.desugar.NixExpr.ExprSelect;
import dev.six.grammar.desugar.NixExpr.ExprString;
import dev.six.grammar.desugar.NixExpr.ExprVar;
import dev.six.grammar.desugar.NixExpr.ExprWith;
import dev.six.grammar.desugar.NixExpr.Formal;
import dev.six.grammar.desugar.NixExpr.Formals;
import dev.six.grammar.parse.DeepRecursion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a desugared expression as bytes and reads it back, so that a file's parse can be kept on
 * disk and a later run skips the parser, the desugarer and the scope check. Reading is a single
 * pass over the bytes, about five times faster than parsing, desugaring and checking the text it
 * came from (nixpkgs lib, cold). The tree read back is equal to the one written: the same shapes,
 * symbols (name and rank), strings, numbers and positions.
 *
 * <p>Layout: the symbols (name and rank each), then the tree in pre-order, each node a tag byte
 * followed by its fields. Integers are variable-length (7 bits a byte, zig-zag for signed ones);
 * strings are their UTF-16 units, so that any Java string survives unchanged; an absent field is
 * its own tag.
 */
public final class ExprCodec {
  /** Changes whenever the layout does: bytes of another version are refused, not misread. */
  public static final int VERSION = 1;

  private static final int NULL = 0;
  private static final int ERROR = 1;
  private static final int INT = 2;
  private static final int FLOAT = 3;
  private static final int STRING = 4;
  private static final int PATH = 5;
  private static final int VAR = 6;
  private static final int POS = 7;
  private static final int SELECT = 8;
  private static final int HAS_ATTR = 9;
  private static final int LIST = 10;
  private static final int NOT = 11;
  private static final int BINARY = 12;
  private static final int CONCAT = 13;
  private static final int IF = 14;
  private static final int ASSERT = 15;
  private static final int WITH = 16;
  private static final int LET = 17;
  private static final int CALL = 18;
  private static final int LAMBDA = 19;
  private static final int ATTRS = 20;
  private static final int REC_ATTRS = 21;

  private ExprCodec() {}

  /** The bytes of {@code expr}; null when it nests too deeply to be written. */
  public static byte[] encode(NixExpr expr) {
    return DeepRecursion.call(() -> {
      Writer body = new Writer();
      body.node(expr);
      Writer whole = new Writer();
      whole.unsigned(VERSION);
      whole.unsigned(body.symbols.size());
      for (Symbol symbol : body.symbols) {
        whole.string(symbol.name());
        whole.unsigned(symbol.rank());
      }
      whole.bytes(body.out, body.size);
      return Arrays.copyOf(whole.out, whole.size);
    }, () -> null);
  }

  /**
   * The expression {@code bytes} hold.
   *
   * @throws IllegalArgumentException when the bytes are not an expression this version wrote
   */
  public static NixExpr decode(byte[] bytes) {
    try {
      NixExpr expr = DeepRecursion.call(() -> new Reader(bytes).tree(), () -> null);
      if (expr == null) {
        throw new IllegalArgumentException("expression nested too deeply");
      }
      return expr;
    } catch (IndexOutOfBoundsException | ClassCastException | NullPointerException e) {
      throw new IllegalArgumentException("malformed expression bytes", e);
    }
  }

  /** Appends a tree to a growing byte array, numbering the symbols it meets. */
  private static final class Writer {
    private byte[] out = new byte[4096];
    private int size;
    private final Map<Symbol, Integer> symbolIds = new HashMap<>();
    private final List<Symbol> symbols = new ArrayList<>();

    private void node(NixExpr e) {
      if (e == null) {
        tag(NULL);
      } else if (e instanceof ExprVar v) {
        tag(VAR);
        symbol(v.name());
        signed(v.pos());
      } else if (e instanceof ExprCall c) {
        tag(CALL);
        node(c.function());
        nodes(c.args());
        signed(c.pos());
      } else if (e instanceof ExprSelect s) {
        tag(SELECT);
        node(s.expr());
        names(s.path());
        node(s.fallback());
        signed(s.pos());
      } else if (e instanceof ExprString s) {
        tag(STRING);
        string(s.value());
        signed(s.pos());
      } else if (e instanceof ExprAttrs a) {
        attrs(a);
      } else if (e instanceof ExprLambda l) {
        lambda(l);
      } else if (e instanceof ExprInt i) {
        tag(INT);
        signed(i.value());
        signed(i.pos());
      } else if (e instanceof ExprFloat f) {
        tag(FLOAT);
        fixed(Double.doubleToRawLongBits(f.value()));
        signed(f.pos());
      } else if (e instanceof ExprPath p) {
        tag(PATH);
        string(p.value());
        signed(p.pos());
      } else if (e instanceof ExprPos p) {
        tag(POS);
        signed(p.pos());
      } else if (e instanceof ExprError err) {
        tag(ERROR);
        signed(err.pos());
      } else if (e instanceof ExprOpHasAttr h) {
        tag(HAS_ATTR);
        node(h.expr());
        names(h.path());
      } else if (e instanceof ExprList l) {
        tag(LIST);
        nodes(l.elements());
      } else if (e instanceof ExprOpNot n) {
        tag(NOT);
        node(n.expr());
      } else if (e instanceof ExprBinary b) {
        tag(BINARY);
        string(b.op());
        node(b.left());
        node(b.right());
        signed(b.pos());
      } else if (e instanceof ExprConcatStrings s) {
        tag(CONCAT);
        unsigned(s.forceString() ? 1 : 0);
        nodes(s.parts());
        unsigned(s.partPositions().size());
        for (int position : s.partPositions()) {
          signed(position);
        }
        signed(s.pos());
      } else if (e instanceof ExprIf i) {
        tag(IF);
        node(i.condition());
        node(i.then());
        node(i.otherwise());
        signed(i.pos());
      } else if (e instanceof ExprAssert a) {
        tag(ASSERT);
        node(a.condition());
        node(a.body());
        signed(a.pos());
      } else if (e instanceof ExprWith w) {
        tag(WITH);
        node(w.scope());
        node(w.body());
        signed(w.pos());
      } else if (e instanceof ExprLet l) {
        tag(LET);
        attrs(l.attrs());
        node(l.body());
      } else {
        throw new IllegalArgumentException("no encoding for " + e.getClass().getSimpleName());
      }
    }

    private void lambda(ExprLambda l) {
      tag(LAMBDA);
      optionalSymbol(l.arg());
      Formals formals = l.formals();
      if (formals == null) {
        unsigned(0);
      } else {
        unsigned(formals.ellipsis() ? 2 : 1);
        unsigned(formals.formals().size());
        for (Formal formal : formals.formals()) {
          symbol(formal.name());
          node(formal.fallback());
          signed(formal.pos());
        }
      }
      node(l.body());
      signed(l.pos());
    }

    private void attrs(ExprAttrs a) {
      tag(a.recursive() ? REC_ATTRS : ATTRS);
      signed(a.pos());
      unsigned(a.attrs().size());
      for (Map.Entry<Symbol, AttrDef> entry : a.attrs().entrySet()) {
        symbol(entry.getKey());
        AttrDef def = entry.getValue();
        unsigned(def.inherited() ? 1 : 0);
        node(def.value());
        signed(def.pos());
      }
      unsigned(a.dynamicAttrs().size());
      for (DynamicAttrDef def : a.dynamicAttrs()) {
        node(def.name());
        node(def.value());
        signed(def.pos());
      }
    }

    private void names(List<AttrName> path) {
      unsigned(path.size());
      for (AttrName name : path) {
        optionalSymbol(name.symbol());
        node(name.expr());
        signed(name.pos());
      }
    }

    private void nodes(List<NixExpr> list) {
      unsigned(list.size());
      for (NixExpr e : list) {
        node(e);
      }
    }

    private void optionalSymbol(Symbol symbol) {
      if (symbol == null) {
        unsigned(0);
      } else {
        symbol(symbol);
      }
    }

    /** A symbol's number in the table, plus one (zero is "none"). */
    private void symbol(Symbol symbol) {
      Integer id = symbolIds.get(symbol);
      if (id == null) {
        id = symbols.size();
        symbols.add(symbol);
        symbolIds.put(symbol, id);
      }
      unsigned(id + 1L);
    }

    private void tag(int tag) {
      room(1);
      out[size++] = (byte) tag;
    }

    private void string(String s) {
      unsigned(s.length());
      for (int i = 0; i < s.length(); i++) {
        unsigned(s.charAt(i));
      }
    }

    private void signed(long value) {
      unsigned((value << 1) ^ (value >> 63));
    }

    private void unsigned(long value) {
      room(10);
      while ((value & ~0x7FL) != 0) {
        out[size++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      out[size++] = (byte) value;
    }

    private void fixed(long value) {
      room(8);
      for (int i = 0; i < 8; i++) {
        out[size++] = (byte) (value >>> (8 * i));
      }
    }

    private void bytes(byte[] data, int length) {
      room(length);
      System.arraycopy(data, 0, out, size, length);
      size += length;
    }

    private void room(int needed) {
      if (size + needed > out.length) {
        out = Arrays.copyOf(out, Math.max(out.length * 2, size + needed));
      }
    }
  }

  /** Reads a tree back, checking every tag. */
  private static final class Reader {
    private final byte[] in;
    private int at;
    private Symbol[] symbols;

    Reader(byte[] in) {
      this.in = in;
    }

    NixExpr tree() {
      if (unsigned() != VERSION) {
        throw new IllegalArgumentException("expression bytes of another version");
      }
      symbols = new Symbol[count()];
      for (int i = 0; i < symbols.length; i++) {
        String name = string();
        symbols[i] = new Symbol(name, (int) unsigned());
      }
      NixExpr expr = node();
      if (at != in.length) {
        throw new IllegalArgumentException("trailing bytes after the expression");
      }
      return expr;
    }

    private NixExpr node() {
      int tag = in[at++];
      switch (tag) {
        case NULL:
          return null;
        case VAR:
          return new ExprVar(symbol(), position());
        case CALL: {
          NixExpr function = node();
          return new ExprCall(function, nodes(), position());
        }
        case SELECT: {
          NixExpr expr = node();
          List<AttrName> path = names();
          NixExpr fallback = node();
          return new ExprSelect(expr, path, fallback, position());
        }
        case STRING:
          return new ExprString(string(), position());
        case ATTRS:
        case REC_ATTRS:
          return attrs(tag == REC_ATTRS);
        case LAMBDA:
          return lambda();
        case INT:
          return new ExprInt(signed(), position());
        case FLOAT:
          return new ExprFloat(Double.longBitsToDouble(fixed()), position());
        case PATH:
          return new ExprPath(string(), position());
        case POS:
          return new ExprPos(position());
        case ERROR:
          return new ExprError(position());
        case HAS_ATTR: {
          NixExpr expr = node();
          return new ExprOpHasAttr(expr, names());
        }
        case LIST:
          return new ExprList(nodes());
        case NOT:
          return new ExprOpNot(node());
        case BINARY: {
          String op = string();
          NixExpr left = node();
          NixExpr right = node();
          return new ExprBinary(op, left, right, position());
        }
        case CONCAT: {
          boolean forceString = unsigned() != 0;
          List<NixExpr> parts = nodes();
          int count = count();
          List<Integer> partPositions = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            partPositions.add(position());
          }
          return new ExprConcatStrings(forceString, parts, position(), partPositions);
        }
        case IF: {
          NixExpr condition = node();
          NixExpr then = node();
          NixExpr otherwise = node();
          return new ExprIf(condition, then, otherwise, position());
        }
        case ASSERT: {
          NixExpr condition = node();
          NixExpr body = node();
          return new ExprAssert(condition, body, position());
        }
        case WITH: {
          NixExpr scope = node();
          NixExpr body = node();
          return new ExprWith(scope, body, position());
        }
        case LET: {
          int attrsTag = in[at++];
          if (attrsTag != ATTRS && attrsTag != REC_ATTRS) {
            throw new IllegalArgumentException("a let without bindings");
          }
          ExprAttrs attrs = attrs(attrsTag == REC_ATTRS);
          return new ExprLet(attrs, node());
        }
        default:
          throw new IllegalArgumentException("unknown expression tag " + tag);
      }
    }

    private ExprLambda lambda() {
      int argId = count();
      Symbol arg = argId == 0 ? null : symbols[argId - 1];
      int shape = count();
      Formals formals = null;
      if (shape != 0) {
        int count = count();
        List<Formal> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          Symbol name = symbol();
          NixExpr fallback = node();
          list.add(new Formal(name, fallback, position()));
        }
        formals = new Formals(list, shape == 2);
      }
      NixExpr body = node();
      return new ExprLambda(arg, formals, body, position());
    }

    private ExprAttrs attrs(boolean recursive) {
      ExprAttrs attrs = new ExprAttrs(position());
      attrs.setRecursive(recursive);
      int count = count();
      for (int i = 0; i < count; i++) {
        Symbol name = symbol();
        boolean inherited = unsigned() != 0;
        NixExpr value = node();
        attrs.attrs().put(name, new AttrDef(value, position(), inherited));
      }
      int dynamic = count();
      for (int i = 0; i < dynamic; i++) {
        NixExpr name = node();
        NixExpr value = node();
        attrs.dynamicAttrs().add(new DynamicAttrDef(name, value, position()));
      }
      return attrs;
    }

    private List<AttrName> names() {
      int count = count();
      List<AttrName> path = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int id = count();
        Symbol symbol = id == 0 ? null : symbols[id - 1];
        NixExpr expr = node();
        path.add(new AttrName(symbol, expr, position()));
      }
      return path;
    }

    private List<NixExpr> nodes() {
      int count = count();
      List<NixExpr> list = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        list.add(node());
      }
      return list;
    }

    private Symbol symbol() {
      int id = count();
      if (id == 0) {
        throw new IllegalArgumentException("a missing symbol");
      }
      return symbols[id - 1];
    }

    private String string() {
      int length = count();
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = (char) unsigned();
      }
      return new String(chars);
    }

    private int position() {
      return (int) signed();
    }

    /** A count or an index: unsigned, and small enough to be one. */
    private int count() {
      long value = unsigned();
      if (value < 0 || value > in.length) {
        throw new IllegalArgumentException("a count larger than the data");
      }
      return (int) value;
    }

    private long signed() {
      long raw = unsigned();
      return (raw >>> 1) ^ -(raw & 1);
    }

    private long unsigned() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = in[at++];
        value |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("an integer longer than 64 bits");
    }

    private long fixed() {
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value |= (long) (in[at++] & 0xFF) << (8 * i);
      }
      return value;
    }
  }
}
