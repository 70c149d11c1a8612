({ __functor = self: x: self.k * x; k = 2; } // { k = 3; }) 5
