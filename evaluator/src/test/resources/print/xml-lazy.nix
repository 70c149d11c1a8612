{
  computed = 1 + 1;
  constant = 2;
  text = "s";
}
