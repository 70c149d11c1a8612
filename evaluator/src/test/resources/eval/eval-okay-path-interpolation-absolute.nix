let x = "y"; in /x/${x}
