package dev.platina.health.api;

public enum HealthStatus {
    UP,
    DOWN
}
