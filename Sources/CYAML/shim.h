// libyaml for Swift: its one header, from the system (libyaml-dev).
#include <yaml.h>
