[ true false null (let true = 1; in true) ]
