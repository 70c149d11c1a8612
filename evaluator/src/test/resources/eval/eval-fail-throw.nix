throw "boom"
