import Metrics
import Prometheus
import Vapor

/// Prometheus metrics. swift-metrics allows one bootstrap per process, and tests build many apps,
/// so the registry is process-wide and bootstrapped once. Vapor records request counts and durations.
enum Metrics {
    static let registry = PrometheusCollectorRegistry()

    private static let bootstrap: Void = {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }()

    static func bootstrapOnce() { _ = bootstrap }
}
