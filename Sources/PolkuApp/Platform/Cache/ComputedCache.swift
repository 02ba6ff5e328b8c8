import Foundation
import PolkuDomain
import Vapor

/// Results computed from the whole county's data — a worker's reminders, the statistics — kept until the
/// data changes (decision 68). An entry is valid for one data generation; a request that finds an older one
/// computes anew, and requests that arrive while one computes wait for it instead of computing again.
/// The database stays the only store: this holds what can be computed again at any time.
actor ComputedCache {
    private struct Entry {
        let generation: Int64
        let task: Task<any Sendable, any Error>
        var lastUsed: UInt64
    }

    private var entries: [String: Entry] = [:]
    private var clock: UInt64 = 0
    private let capacity: Int

    init(capacity: Int = 512) { self.capacity = capacity }

    func value<T: Sendable>(_ key: String, generation: Int64, compute: @escaping @Sendable () async throws -> T) async throws -> T {
        clock += 1
        if var entry = entries[key], entry.generation == generation {
            entry.lastUsed = clock
            entries[key] = entry
            return try await Self.cast(entry.task.value)
        }
        let task = Task<any Sendable, any Error> { try await compute() }
        entries[key] = Entry(generation: generation, task: task, lastUsed: clock)
        evictIfFull()
        do {
            return try await Self.cast(task.value)
        } catch {
            // A failure is not remembered: the next request tries again.
            if entries[key]?.generation == generation { entries[key] = nil }
            throw error
        }
    }

    private func evictIfFull() {
        guard entries.count > capacity, let oldest = entries.min(by: { $0.value.lastUsed < $1.value.lastUsed })?.key else { return }
        entries[oldest] = nil
    }

    private static func cast<T>(_ value: any Sendable) throws -> T {
        guard let typed = value as? T else { throw Abort(.internalServerError, reason: "cache entry of another type") }
        return typed
    }
}

extension Application {
    private struct ComputedCacheKey: StorageKey { typealias Value = ComputedCache }

    /// Set once in `configure`.
    var computedCache: ComputedCache {
        get { storage[ComputedCacheKey.self]! }
        set { storage[ComputedCacheKey.self] = newValue }
    }
}

extension Request {
    /// `compute`'s result for `key` as of the data's current generation.
    func cached<T: Sendable>(_ key: String, _ compute: @escaping @Sendable () async throws -> T) async throws -> T {
        try await application.computedCache.value(key, generation: try await dataGeneration(), compute: compute)
    }

    private struct GenerationKey: StorageKey { typealias Value = Int64 }

    /// The generation as this request first saw it: a GET's computed parts all come from the same one. After
    /// this request's own change it is read again, so that what the request shows next includes the change.
    private func dataGeneration() async throws -> Int64 {
        if [.GET, .HEAD].contains(method), let seen = storage[GenerationKey.self] { return seen }
        let generation = try await DataGeneration.current(on: db)
        storage[GenerationKey.self] = generation
        return generation
    }
}

extension ListScope {
    /// The same for the same reach, however the sets are ordered; a digest, so that a coach's long list of
    /// clients makes a short key.
    var cacheKey: String {
        switch self {
        case .none: return "none"
        case .reach(let codes, let ids):
            let canonical = codes.sorted().joined(separator: ",") + "|" + ids.map(\.uuidString).sorted().joined(separator: ",")
            return Digest.sha256Hex(canonical)
        }
    }
}
