import Fluent
import Vapor

extension Application {
    /// Every schema change in order. Never edit a migration that has landed: add a new one.
    func registerMigrations() {
        migrations.add(CreateOrganization())
        migrations.add(CreateClient())
        migrations.add(CreateUser())
        migrations.add(CreateApiToken())
        migrations.add(CreateLoginAttempt())
        migrations.add(CreateAuditEvent())
        migrations.add(CreateWorkActivityPlace())
        migrations.add(CreatePeriod())
        migrations.add(SessionRecord.migration)
        migrations.add(CreatePolicy())
        migrations.add(CreatePlan())
        migrations.add(CreateTeamMember())
        migrations.add(CreateDecision())
        migrations.add(UpdatePeriodAddDecision())
        migrations.add(CreateReferral())
        migrations.add(CreateAssessment())
        migrations.add(CreateEnding())
        migrations.add(CreateFollowUp())
        migrations.add(CreateMeeting())
        // 002
        migrations.add(CreateEvaluation())
        // 002: placement (issue 5)
        migrations.add(CreateQueueEntry())
        migrations.add(CreateFamiliarizationVisit())
        migrations.add(CreateShopStewardNotice())
        migrations.add(CreateFeedbackAnswer())
        // 002: the registry of places and providers (issue 5)
        migrations.add(UpdateWorkActivityPlaceAddDetails())
        migrations.add(CreateWorkActivityPlaceTask())
        migrations.add(CreateProviderContract())
        migrations.add(UpdateAssessmentAddMatchingNeeds())
        migrations.add(UpdateDecisionAddWeekdays())
        // 003: holding a county's load (issue 9)
        migrations.add(CreateAuditChainHead())
        migrations.add(CreateDataGeneration())
        migrations.add(CreateCountyIndexes())
        // 004: security (issue 10)
        migrations.add(CreateLoginAddressIndex())
        migrations.add(AddSessionUser())
        // 005: an audit trail that cannot be cut short or rewritten (issue 10, item 6)
        migrations.add(SealAuditTrail(seal: auditSeal))
    }
}
