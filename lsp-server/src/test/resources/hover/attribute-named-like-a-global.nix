# An attribute that has the name of a global (here map) is not that global.
{ lib }: lib.m$0ap
