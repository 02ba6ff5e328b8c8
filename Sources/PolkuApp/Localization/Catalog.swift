/// Every text of the user interface in Finnish, Swedish and English. A key missing a language, or
/// a language with an empty text, fails `LocalizationTests`.
enum TextKey: String, CaseIterable, Sendable {
    // Frame
    case skipToContent, mainNavigation, chooseLanguage, logout, footerText, back, backToFront
    case navFront, navClients, navStatistics, navOrganizations, navUsers, navAudit, navMyData, navWhoHasSeen
    // Common words
    case save, cancel, edit, search, choose, all, noChoice, yes, no, previous, next, pagination, pageOf, updatedAt
    // Sign-in
    case loginTitle, loginIntro, loginSubmit, loginInvalid, loginThrottled, email, password, newPassword, passwordHint
    // Front page
    case frontTitle, frontGreeting, frontClientCount
    // Roles
    case roleAdmin, roleSocialWorker, roleSocialCounsellor, roleEmploymentSpecialist, roleWorkCoach, roleManager, roleClient
    // Clients
    case clientsTitle, clientsNew, clientEdit, clientsSearchLabel, clientsSearchHint, clientsShowing, allMunicipalities
    case firstName, lastName, personalIdentityCode, personalIdentityCodeHint, municipality, clientLanguage, phone
    case colName, colBirthDate, colLanguage, colTime, colWho, colRole, colOrganization, colAction
    case myDataTitle
    // Access log and audit trail
    case accessLogTitle, accessLogIntro, accessLogEmpty
    case auditTitle, auditIntro, auditCount, auditSequence, auditClientID
    case auditClientList, auditClientRead, auditClientCreate, auditClientUpdate, auditAccessLogRead, auditLogin, auditLoginFailed
    case auditLogout, auditTokenIssued, auditUserCreate, auditUserUpdate, auditOrganizationCreate, auditOrganizationUpdate, auditAuditSearch
    // Statistics
    case statisticsTitle, statisticsIntro, statisticsByMunicipality, statisticsClients, statisticsActivePeriods
    // Organizations
    case organizationsTitle, organizationNew, organizationKind, organizationParent, organizationCovers, organizationCoversHint
    case municipalityCode, municipalityCodeHint, providerKind, organizationForm
    case kindCounty, kindArea, kindMunicipality, kindEmploymentServices, kindProvider
    case providerOwnProduction, providerPartnership, providerPurchasedService, providerServiceVoucher
    case formCounty, formMunicipality, formAssociation, formFoundation, formParish
    // Users
    case usersTitle, userNew, userActive, userLanguage, userClientAccountNote
    // Referrals
    case navReferrals, referralsTitle, referralsIncoming, referralsSent, referralsIntroIncoming, referralsIntroSent, referralsEmpty
    case referralNew, referralTitle, referralIntro, referralClient, referralReason, referralReasonHint, referralUrgency
    case urgencyNormal, urgencyUrgent, referralConsent, referralConsentHint, referralConsentGiven, referralConsentMissing
    case referralState, stateReceived, stateAccepted, stateReturned, stateQueued, allStates, filter
    case referralReceivedOn, referralDecidedOn, referralDecidedBy, referralWaiting, referralWaitingTime, referralWaitingDays, referralReferrer
    case referralOrganizer, referralIsReturn, referralReturnBadge, referralNote, referralNoteHint, referralDecision
    case referralDecisionIntro, referralDecide, referralSend, referralClosed, referralOpenClient, clientReferrals, clientReferralsEmpty
    case decisionAccept, decisionReturn, decisionQueue
    case auditReferralList, auditReferralRead, auditReferralCreate, auditReferralDecide
    case errorDecisionNotAllowed, errorNoOrganizer
    // Errors
    case errorRequired, errorTooLong, errorInvalidCharacters, errorInvalidChoice, errorNumberRange, errorUUID, errorDuplicate
    case errorEmail, errorPhone, errorPasswordLength, errorMunicipalityCode, errorUnknownMunicipality, errorParentKind
    case errorPicLength, errorPicDate, errorPicCentury, errorPicIndividual, errorPicCheck, errorPicDuplicate
    case errorSummary, errorFixFields, errorMalformedRequest, errorVersionConflict, errorCode
    case errorForbiddenTitle, errorForbiddenText, errorNotFoundTitle, errorNotFoundText, errorMethodTitle, errorMethodText
    case errorTooManyTitle, errorTooManyText, errorBadRequestTitle, errorBadRequestText, errorUnauthorizedTitle, errorUnauthorizedText
    case errorServerTitle, errorServerText
}
