[ (builtins.getEnv "TEST_VAR") (builtins.getEnv "NO_SUCH_VAR") ]
