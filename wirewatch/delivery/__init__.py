"""Alert delivery beyond the Kafka topic."""
