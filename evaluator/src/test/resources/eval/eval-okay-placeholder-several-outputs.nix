map builtins.placeholder [ "dev" "lib" "bin" "" ]
