// @apollo/gateway reports usage to Apollo unless told not to; there is no network here anyway.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
