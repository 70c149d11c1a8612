throw "thrown message"
