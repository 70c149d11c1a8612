# Only the argument of infuse is an infusion: ordinary sets may hold anything.
{ infuse, prev }:
{
  port = 2222;
  __weird = 1;
  x = infuse prev;
}
