# An attribute of builtins that does not exist: nothing to show.
builtins.noS$0uchThing
