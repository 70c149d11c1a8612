let or = 1; in a: [ a or a ]
