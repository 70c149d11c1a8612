# Three broken bindings; the parser recovers at each `;` and reports all of them.
{
  a = 1
  b = 2;
  c = [ 1 2;
  d = ) ;
  e = 5;
}
