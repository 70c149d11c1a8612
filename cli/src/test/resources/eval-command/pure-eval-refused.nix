# args: --pure-eval THIS
# Pure evaluation (the setting pure-eval, as a flag or through --option) is not something six does:
# an error, not an impure result.
builtins.currentSystem
