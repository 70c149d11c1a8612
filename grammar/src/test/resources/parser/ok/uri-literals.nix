[ http://x.org/y?z https://example.org/x?y=1&z=2 mirror://gnu/hello a:b git+ssh://git@host:repo.git x.y:z ]
