{
  lib,
  $0stdenv,
  hello,
}:
lib.id hello
