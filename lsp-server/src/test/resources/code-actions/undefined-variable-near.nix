{ list }:
let count = builtins.length list; in
$0cout + 1
