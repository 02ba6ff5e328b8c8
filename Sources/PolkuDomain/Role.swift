public enum Role: String, Sendable, CaseIterable, Codable {
    case admin, socialWorker, socialCounsellor, employmentSpecialist, workCoach, manager, client
}
