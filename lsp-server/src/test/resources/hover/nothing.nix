{ a = 1; b = "te$0xt"; }
