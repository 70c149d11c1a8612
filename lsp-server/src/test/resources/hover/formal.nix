{ pkgs, port ? 22 }:
toString po$0rt
