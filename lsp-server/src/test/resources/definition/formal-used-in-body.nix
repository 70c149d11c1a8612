{ pkgs, ... }: pk$0gs.hello
