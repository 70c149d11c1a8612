{ or = 1; a.or = 2; }.or
