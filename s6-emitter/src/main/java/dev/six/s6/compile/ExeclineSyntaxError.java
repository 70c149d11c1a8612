package dev.six.s6.compile;
final class ExeclineSyntaxError extends Exception { String suffix(){return "";} int line(){return 1;} int column(){return 1;} }
