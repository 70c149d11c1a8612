1 == throw "forced"
