[ ./a+b ./a-b ./a_b ./.hidden 1/2 1.5/2 -/a ]
