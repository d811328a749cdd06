// replaced by the config layer
