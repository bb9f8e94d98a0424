"""Running the service in production: request ids, logs, metrics, rate limits, shutdown."""
