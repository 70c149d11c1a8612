# Two names that nothing binds; `with` would hide them, so there is none here.
let
  used = 1;
in
[ used missing (x: x + alsoMissing) ]
