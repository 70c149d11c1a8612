builtins.fromJSON " \t\n\r [ 1 ,\n 2 ] \n"
