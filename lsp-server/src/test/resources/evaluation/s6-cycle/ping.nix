{ targets }:
{
  up = "echo ping";
  after = [
    targets.pong
  ];
}
