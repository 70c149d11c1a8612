# Nothing to report.
{ lib }:
let double = x: x * 2; in
lib.map double [ 1 2 ]
