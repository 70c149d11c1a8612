# crond passes both `run` and `argv` to mkFunnel.
(import ../../six { }).describeHost {
  name = "run-and-argv";
  services = [ "crond" ];
  extra-by-name-dirs = [ ./svcs/by-name ];
}
