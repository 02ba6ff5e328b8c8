public enum ReferralState: String, CaseIterable, Codable, Sendable { case received, accepted, returned, queued }

public enum Urgency: String, CaseIterable, Codable, Sendable { case normal, urgent }
