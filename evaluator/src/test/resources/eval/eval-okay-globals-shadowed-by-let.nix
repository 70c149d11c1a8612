[ (let map = 1; in map) (let true = false; in true) (let null = 3; in null) ]
