package dev.six.s6.compile;
import java.util.*;
final class ExeclineLexer { static List<String> words(String s) throws ExeclineSyntaxError { List<String> w=new ArrayList<>(); int depth=0; for (String t: s.trim().split("\\s+")) { if(t.isEmpty()) continue; if(t.equals("{")){depth++;continue;} if(t.equals("}")){depth--; w.add(" ".repeat(depth)); continue;} w.add(" ".repeat(depth)+t);} return w; } }
