x: x.a.b or 3
