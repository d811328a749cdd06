// replaced by the simulated gateway
