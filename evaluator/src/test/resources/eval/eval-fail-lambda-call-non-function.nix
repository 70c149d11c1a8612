let x = "s"; in x 1
