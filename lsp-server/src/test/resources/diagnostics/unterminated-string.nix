{
  greeting = "hello;
}
