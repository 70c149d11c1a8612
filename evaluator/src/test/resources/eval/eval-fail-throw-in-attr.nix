{ a = 1; b = throw "in attr"; }
