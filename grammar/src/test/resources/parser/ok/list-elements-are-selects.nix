x: [ x.a x.b or 1 x ]
