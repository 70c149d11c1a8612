{ services, ... }:
{ after = services.data$0base.name; }
