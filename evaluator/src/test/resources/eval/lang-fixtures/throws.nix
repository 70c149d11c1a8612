throw "thrown while importing"
