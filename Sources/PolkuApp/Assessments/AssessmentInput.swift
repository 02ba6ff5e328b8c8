import PolkuDomain
import Vapor

/// What the form or the API sends to record or change a service needs assessment. Every field is
/// optional here so that a missing one is reported by name (422) rather than as a decoding failure.
struct AssessmentInput: Content {
    var assessedOn: String?
    var needs: String?
    var supportAndGuidance: String?
    /// `OtherServiceNeed` codes; the form sends them as `otherServices[]` checkboxes.
    var otherServices: [String]?
    var otherServicesNote: String?
    var conclusion: String?
    var conclusionNote: String?
    /// `PlaceTask` codes the client is interested in (form: `interests[]` checkboxes); for matching.
    var interests: [String]?
    /// `SupportLevel` the client needs; empty or absent when not assessed.
    var supportNeed: String?
    var needsRemote: Bool?
    /// Social welfare act 42 §: the responsible worker must then be a social worker.
    var needsSpecialSupport: Bool?
    /// `EligibilityFlag` codes (form: `eligibilityFlags[]` checkboxes; decision 112).
    var eligibilityFlags: [String]?
    /// The version the editor read; required for changes.
    var version: Int?

    static let maxTextLength = 4000
}

/// A validated assessment, ready to save.
struct AssessmentDraft {
    var assessedOn: LocalDate
    var needs: String
    var supportAndGuidance: String?
    var otherServices: Set<OtherServiceNeed>
    var otherServicesNote: String?
    var conclusion: AssessmentConclusion
    var conclusionNote: String?
    var interests: Set<PlaceTask> = []
    var supportNeed: SupportLevel?
    var needsRemote = false
    var needsSpecialSupport = false
    var eligibilityFlags: Set<EligibilityFlag> = []
}

extension AssessmentInput {
    /// Checks every field and reports all problems at once. `requireVersion` for the API's changes;
    /// a form without a version is a conflict, not a mistake of the user's.
    func validated(requireVersion: Bool = false) throws -> AssessmentDraft {
        var v = Validator()
        let max = Self.maxTextLength
        let date = v.date("assessedOn", assessedOn, required: true)
        let needs = v.note("needs", needs, required: true, maxLength: max)
        let support = v.note("supportAndGuidance", supportAndGuidance, required: false, maxLength: max)
        let others = v.choices("otherServices", otherServices, as: OtherServiceNeed.self)
        let othersNote = v.note("otherServicesNote", otherServicesNote, required: false, maxLength: max)
        let conclusion = v.choice("conclusion", conclusion, as: AssessmentConclusion.self)
        // Belonging elsewhere must say where and how: otherwise the client is simply dropped.
        let elsewhere = conclusion?.belongsElsewhere ?? false
        var note: String?
        if elsewhere, (conclusionNote ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            v.add("conclusionNote", .errorConclusionNoteRequired)
        } else {
            note = v.note("conclusionNote", conclusionNote, required: false, maxLength: max)
        }
        let interests = v.choices("interests", interests, as: PlaceTask.self)
        let eligibility = v.choices("eligibilityFlags", eligibilityFlags, as: EligibilityFlag.self)
        let supportNeed: SupportLevel? = (supportNeed ?? "").isEmpty ? nil : v.choice("supportNeed", supportNeed, as: SupportLevel.self)
        v.version(version, required: requireVersion)
        try v.finish()
        return AssessmentDraft(assessedOn: date!, needs: needs!, supportAndGuidance: support, otherServices: others,
                               otherServicesNote: othersNote, conclusion: conclusion!, conclusionNote: note,
                               interests: interests, supportNeed: supportNeed, needsRemote: needsRemote ?? false,
                               needsSpecialSupport: needsSpecialSupport ?? false, eligibilityFlags: eligibility)
    }

    /// The form filled with a stored assessment, dates in Finnish.
    init(_ assessment: Assessment) {
        assessedOn = LocalDate(isoString: assessment.assessedOn).map(FinnishFormat.date) ?? assessment.assessedOn
        needs = assessment.needs
        supportAndGuidance = assessment.supportAndGuidance
        otherServices = assessment.otherServiceNeeds.map(\.rawValue)
        otherServicesNote = assessment.otherServicesNote
        conclusion = assessment.conclusion.rawValue
        conclusionNote = assessment.conclusionNote
        interests = assessment.interestCodes.map(\.rawValue)
        supportNeed = assessment.supportNeed
        needsRemote = assessment.needsRemote
        needsSpecialSupport = assessment.needsSpecialSupport
        eligibilityFlags = assessment.eligibilityFlagCodes.map(\.rawValue)
        version = assessment.version
    }
}
