[ (true && true) (false || false) ]
