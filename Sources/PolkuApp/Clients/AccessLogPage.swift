import Plot
import PolkuDomain
import Vapor

/// Who has seen or changed a client's data, newest first.
struct AccessLogPage {
    let clientName: String
    let entries: [AccessLogEntry]
    let backLink: String

    func render(on req: Request) -> Response {
        let t = req.texts
        return req.page(t[.accessLogTitle]) {
            link("← " + t[.back], to: backLink, [("class", "back-link")])
            heading(1, t[.accessLogTitle])
            p([("class", "lead")], t(.accessLogIntro, ["name": clientName]))
            if entries.isEmpty {
                p([("data-qa", "access-log")], t[.accessLogEmpty])
            } else {
                DataTable(qa: "access-log", caption: t[.accessLogTitle],
                          headers: [t[.colTime], t[.colWho], t[.colRole], t[.colOrganization], t[.colAction]],
                          rows: entries.map { entry in
                              DataTable.Row(cells: [
                                  Txt(FinnishFormat.dateTime(entry.occurredAt)),
                                  Txt(entry.actorName ?? "–"),
                                  Txt(entry.actorRole.flatMap(Role.init(rawValue:)).map { t[$0.textKey] } ?? "–"),
                                  Txt(entry.organizationName ?? "–"),
                                  Txt(AuditAction(rawValue: entry.action).map { t[$0.textKey] } ?? entry.action),
                              ])
                          })
            }
        }
    }
}

extension Role {
    var textKey: TextKey {
        switch self {
        case .admin: .roleAdmin
        case .socialWorker: .roleSocialWorker
        case .socialCounsellor: .roleSocialCounsellor
        case .employmentSpecialist: .roleEmploymentSpecialist
        case .workCoach: .roleWorkCoach
        case .manager: .roleManager
        case .client: .roleClient
        }
    }
}

extension AuditAction {
    var textKey: TextKey {
        switch self {
        case .clientList: .auditClientList
        case .reminderList: .auditReminderList
        case .clientRead: .auditClientRead
        case .clientCreate: .auditClientCreate
        case .clientUpdate: .auditClientUpdate
        case .clientAccessLogRead: .auditAccessLogRead
        case .loginSucceeded: .auditLogin
        case .loginFailed: .auditLoginFailed
        case .logout: .auditLogout
        case .tokenIssued: .auditTokenIssued
        case .userCreate: .auditUserCreate
        case .userUpdate: .auditUserUpdate
        case .organizationCreate: .auditOrganizationCreate
        case .organizationUpdate: .auditOrganizationUpdate
        case .auditSearch: .auditAuditSearch
        case .policyCreate: .auditPolicyCreate
        case .policyUpdate: .auditPolicyUpdate
        case .organizerDocumentCreate: .auditDocumentCreate
        case .organizerDocumentUpdate: .auditDocumentUpdate
        case .planRead: .auditPlanRead
        case .planCreate: .auditPlanCreate
        case .planAmend: .auditPlanAmend
        case .teamRead: .auditTeamRead
        case .teamChange: .auditTeamChange
        case .decisionRead: .auditDecisionRead
        case .decisionCreate: .auditDecisionCreate
        case .contractAccept: .auditContractAccept
        case .periodInterrupt: .auditPeriodInterrupt
        case .periodNoEvaluation: .auditPeriodNoEvaluation
        case .meetingRead: .auditMeetingRead
        case .meetingCreate: .auditMeetingCreate
        case .referralList: .auditReferralList
        case .referralRead: .auditReferralRead
        case .referralCreate: .auditReferralCreate
        case .referralDecide: .auditReferralDecide
        case .assessmentList: .auditAssessmentList
        case .assessmentRead: .auditAssessmentRead
        case .assessmentCreate: .auditAssessmentCreate
        case .assessmentUpdate: .auditAssessmentUpdate
        case .endingList: .auditEndingList
        case .endingRead: .auditEndingRead
        case .placeCreate: .auditPlaceCreate
        case .placeUpdate: .auditPlaceUpdate
        case .providerContractCreate: .auditContractCreate
        case .providerContractUpdate: .auditContractUpdate
        case .matchingRead: .auditMatchingRead
        case .endingCreate: .auditEndingCreate
        case .endingUpdate: .auditEndingUpdate
        case .followUpList: .auditFollowUpList
        case .followUpRead: .auditFollowUpRead
        case .followUpCreate: .auditFollowUpCreate
        case .followUpUpdate: .auditFollowUpUpdate
        case .evaluationList: .auditEvaluationList
        case .evaluationRead: .auditEvaluationRead
        case .evaluationCreate: .auditEvaluationCreate
        case .evaluationUpdate: .auditEvaluationUpdate
        case .queueList: .auditQueueList
        case .queueRead: .auditQueueRead
        case .queueCreate: .auditQueueCreate
        case .queueWithdraw: .auditQueueWithdraw
        case .placeQueueRead: .auditPlaceQueueRead
        case .visitList: .auditVisitList
        case .visitRead: .auditVisitRead
        case .visitCreate: .auditVisitCreate
        case .visitUpdate: .auditVisitUpdate
        case .noticeList: .auditNoticeList
        case .noticeRead: .auditNoticeRead
        case .noticeCreate: .auditNoticeCreate
        case .coachWeekRead: .auditCoachWeekRead
        case .feedbackList: .auditFeedbackList
        case .feedbackRead: .auditFeedbackRead
        case .feedbackCreate: .auditFeedbackCreate
        case .feedbackUpdate: .auditFeedbackUpdate
        case .achievementList: .auditAchievementList
        case .achievementRead: .auditAchievementRead
        case .achievementCreate: .auditAchievementCreate
        case .achievementUpdate: .auditAchievementUpdate
        case .certificateRead: .auditCertificateRead
        }
    }
}
