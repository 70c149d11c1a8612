# dnsd is given port 70000, which its own validation rejects.
(import ../../six { }).describeHost {
  name = "invalid-parameter";
  services = { dnsd = { port = 70000; }; };
  extra-by-name-dirs = [ ./svcs/by-name ];
}
