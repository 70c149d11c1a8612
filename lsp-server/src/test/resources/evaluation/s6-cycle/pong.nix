{ targets }:
{
  up = "echo pong";
  after = [ targets.ping ];
}
