/// Every text of the user interface, by key. The texts themselves, in Finnish, Swedish and English, are
/// data beside each capability (`Plans/Plans.texts.json`); a key missing from them, a language missing or
/// empty, or a key defined twice fails `LocalizationTests`.
enum TextKey: String, CaseIterable, Sendable {
    // Frame
    case skipToContent, mainNavigation, chooseLanguage, logout, footerText, back, backToFront
    case navFront, navClients, navStatistics, navOrganizations, navUsers, navAudit, navMyData, navWhoHasSeen
    // Common words
    case save, cancel, edit, search, choose, all, noChoice, yes, no, previous, next, pagination, pageOf, updatedAt
    /// Short day names ("ma", "ti"…) and "Viikko 22", shared by the coach's week and the places' pages.
    case weekdayMon, weekdayTue, weekdayWed, weekdayThu, weekdayFri, weekdaySat, weekdaySun, weekNumber
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
    case auditTitle, auditIntro, auditCount, auditSequence, auditClientID, auditClientsNamed
    case auditClientList, auditReminderList, auditClientRead, auditClientCreate, auditClientUpdate, auditAccessLogRead, auditLogin, auditLoginFailed
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
    case referralSource, sourceSelfReferral, sourceAdultSocialWork, sourceAfterCare, sourceMentalHealthAndSubstance, sourceEmploymentServices
    case sourceHealthCare, sourceOther
    case selfReferralTitle, selfReferralIntro, selfReferralReason, selfReferralSend, selfReferralLink, selfReferralWaiting
    case selfReferralReasonHint, selfReferralConsent, selfReferralConsentHint, statisticsReferralSources, statisticsReferrals
    case urgencyNormal, urgencyUrgent, referralConsent, referralConsentHint, referralConsentGiven, referralConsentMissing
    case referralState, stateReceived, stateAccepted, stateReturned, stateQueued, allStates, filter
    case referralReceivedOn, referralDecidedOn, referralDecidedBy, referralWaiting, referralWaitingTime, referralWaitingDays, referralReferrer
    case referralOrganizer, referralIsReturn, referralReturnBadge, referralNote, referralNoteHint, referralDecision
    case referralDecisionIntro, referralDecide, referralSend, referralClosed, referralOpenClient, clientReferrals, clientReferralsEmpty
    case decisionAccept, decisionReturn, decisionQueue
    case auditReferralList, auditReferralRead, auditReferralCreate, auditReferralDecide
    case errorDecisionNotAllowed, errorNoOrganizer
    // Errors
    case errorRequired, errorTooLong, errorInvalidCharacters, errorInvalidChoice, errorNumberRange, errorUUID, errorCursor, errorSearchLink, errorDuplicate
    case errorEmail, errorPhone, errorPasswordLength, errorPasswordTooLong, errorPasswordCommon, errorMunicipalityCode, errorUnknownMunicipality, errorParentKind
    case errorPicLength, errorPicDate, errorPicCentury, errorPicIndividual, errorPicCheck, errorPicFutureBirth, errorPicDuplicate
    case errorSummaryOne, errorSummaryOther, errorFixFields, errorMalformedRequest, errorVersionConflict, errorCode, errorHoursRange, errorMalformedValue
    case errorForbiddenTitle, errorForbiddenText, errorNotFoundTitle, errorNotFoundText, errorMethodTitle, errorMethodText
    case errorTooManyTitle, errorTooManyText, errorBadRequestTitle, errorBadRequestText, errorUnauthorizedTitle, errorUnauthorizedText
    case errorServerTitle, errorServerText
    /// A body over the limit (413): the page's and the API's message, and the form's whose text was kept.
    case errorTooLargeTitle, errorTooLargeText, errorTooLargeField, errorTooLargeKept, errorTooLargeBack
    case errorEndBeforeStart, errorMaxBelowMin, errorDate, errorPolicyOverlap, dateHint
    // Policies
    case navPolicies, policiesTitle, policiesIntro, policyNew, policyEdit, policyValidity, policyOrganizer, policyDays, policyHours
    case policyDuration, policyCompensation, policyHoursValue, policyDurationValue, policyValidFrom, policyValidTo, policyValidToHint
    case policyScheduleLegend, policyMinDays, policyMaxDays, policyMinHours, policyMaxHours, policyMaxHoursWeek, policyDurationLegend
    case policyUsualMonths, policyMaxMonths, policyBreakMonths, policyContinuationAllowed, policyCompensationPerDay, policyTravelRules
    case auditPolicyCreate, auditPolicyUpdate
    case ruleDaysMin, ruleDaysMax, ruleHoursMin, ruleHoursMax, ruleWeekMax, ruleNoPolicy, ruleContinuous, ruleBreak, ruleOverlapsPeriod, rulePlaceClosed, rulePlaceOpenDays, ruleNoPlan, ruleLateDecision, decisionLateReason, decisionLateReasonHint
    // Plans
    case errorGoalRequired, errorTooMany, errorGoalLevel
    case planNew, planAmend, planKind, planMadeOn, planEmploymentParticipant, planClientParticipated, planGoals, planGoalsHint
    case planGoalNumber, planGoalText, planGoalLevel, gasMinus2, gasMinus1, gasZero, gasPlus1, gasPlus2, planSupport
    case planDaysPerWeek, planHoursPerDay, planHoursHint, planNextStep, planNextStepHint, planAmendmentReason
    case planCurrentVersion, planEarlierVersion, planAuthor, planSchedule, planScheduleValue, planGoalScale, planGoalDescription
    case planKindActivation, planKindMultisectoral, auditPlanRead, auditPlanCreate, auditPlanAmend
    case planSection, planNone, planOpen
    case planGoalWeight, planGoalWeightHint, planGoalWeightValue, planGoalWeightInScore
    // Team
    case teamTitle, teamIntro, teamEmpty, teamContact, teamActions, teamResponsible, teamAdd, teamUserEmail, teamUserEmailHint
    case teamExternalName, teamMakeResponsible, teamMakeResponsibleShort, teamMakeResponsibleOf, teamRemove, teamRemoveOf
    case teamRoleKela, teamRoleNurse, teamRoleOther, errorUnknownUser, errorAlreadyInTeam, auditTeamRead, auditTeamChange
    case teamSection, teamOpen, teamNoResponsible
    // Reminders
    case remindersTitle, remindersNone, remindersDue, reminderReferralWaiting, reminderPeriodEnding, reminderFollowUp, reminderLimit
    case reminderEvaluation
    // The path
    case pathTitle, pathYouAreHere, stepReferral, stepAssessment, stepPlan, stepPlacement, stepVisit, stepDecision, stepPeriod
    case stepEnding, stepFollowUp, myPlanTitle, myPeriodTitle, myPeriodValue, myResponsibleTitle, myNoPeriod, myGoalExpected
    case pathStepDone, pathStepDoneOn, pathStepNotRecorded, pathRound, pathEarlierRounds, pathEarlierRound, pathWorkerTitle
    // Decisions, contracts, periods
    case errorUnknownPlace, errorPeriodNotOpen, decisionAppealDefault, contractInsuranceDefault, contractConfidentialityDefault
    case decisionNew, decisionIntro, decisionDecidedOn, decisionPlace, decisionStartsOn, decisionEndsOn, decisionEndsOnHint, decisionMake
    case contractTasks, contractGoals, contractTravel, contractTravelHint, decisionTitle, decisionMaker, decisionPeriod, decisionPeriodStatus
    case periodInterruptionReason, decisionAppeal, contractTitle, contractCompensation, contractInsurance, contractConfidentiality
    case contractAcceptances, contractParty, contractAcceptedOn, partyClient, partyPlace, partyOrganizer, contractAcceptedBy
    case contractRecordAcceptance, decisionContinue, periodInterrupt, periodPlanned, periodActive, periodInterrupted, periodEnded
    case auditDecisionRead, auditDecisionCreate, auditContractAccept, auditPeriodInterrupt, decisionSection, decisionNone
    case decisionDocument, contractDocument, contractParties, decisionPrint, decisionWeekdays, decisionWeekdaysHint
    case decisionWeekdaysAgreed, errorWeekdaysCount
    // Meetings
    case meetingsTitle, meetingsNone, meetingWhen, meetingLocation, meetingPurpose, meetingParticipants, meetingAdd, meetingDay
    case meetingTime, meetingTimeHint, errorTime, auditMeetingRead, auditMeetingCreate, myNextMeeting, meetingsOpen
    // Assessment
    case assessmentsTitle, assessmentTitle, assessmentNew, assessmentEdit, assessmentIntro, assessmentsEmpty, assessmentsAll
    case assessmentAssessedOn, assessmentAuthor, assessmentNeeds, assessmentNeedsHint, assessmentSupport, assessmentSupportHint
    case assessmentOtherServices, assessmentOtherServicesHint, assessmentOtherServicesNote, assessmentConclusion
    case assessmentConclusionNote, assessmentConclusionNoteHint, assessmentBelongsElsewhere, assessmentNone
    case conclusionRehabilitativeWorkActivity, conclusionSocialRehabilitation, conclusionWorkActivitySocialWelfareAct
    case conclusionDisabilityServices, conclusionHealthCare, conclusionOtherService
    case otherNeedHealth, otherNeedMentalHealth, otherNeedSubstanceServices, otherNeedSocial, otherNeedHousing, otherNeedDebtCounselling
    case auditAssessmentList, auditAssessmentRead, auditAssessmentCreate, auditAssessmentUpdate
    case errorConclusionNoteRequired
    // Ending
    case endingsTitle, endingTitle, endingNew, endingEdit, endingIntro, endingsEmpty, endingsAll
    case endingEndedOn, endingPeriod, endingPeriodNone, endingPeriodHint, endingReason, endingNextPath
    case endingHandedOverTo, endingHandedOverToHint, endingHandedOverOn, endingHandedOverOnHint, endingNotes, endingAuthor
    case reasonCompleted, reasonAnotherService, reasonEmployment, reasonEducation, reasonHealth, reasonAbsences, reasonMovedAway
    case reasonClientsOwnDecision, reasonOther
    case nextPathOpenLabourMarketJob, nextPathPaySubsidisedJob, nextPathWorkTrial, nextPathEducation, nextPathEmploymentServices
    case nextPathMultisectoralService, nextPathWorkAbilityAssessment, nextPathKelaVocationalRehabilitation, nextPathSocialRehabilitation
    case nextPathHealthCare, nextPathPension, nextPathContinuesInThisService, nextPathNoNextService, nextPathOther
    case followUpsTitle, followUpsIntro, followUpNew, followUpEdit, followUpIntro, followUpPoint, followUpDueOn, followUpDoneOn
    case followUpSituation, followUpInWorkOrEducation, followUpNotes, followUpState, followUpRecord
    case followUpStateDone, followUpStateDue, followUpStateUpcoming
    case auditEndingList, auditEndingRead, auditEndingCreate, auditEndingUpdate
    case auditFollowUpList, auditFollowUpRead, auditFollowUpCreate, auditFollowUpUpdate
    case errorNotThisClients, errorPeriodAlreadyEnded, errorEndingBeforePeriodStart, errorFollowUpExists
    // Evaluation
    case evaluationsTitle, evaluationsIntro, myEvaluationsIntro, evaluationsNoPeriods, evaluationKindInterim, evaluationKindFinal, evaluationKind
    case perspectiveWorker, perspectiveWorkCoach, perspectiveClient, evaluationDueFrom, evaluationWindowDue, evaluationWindowUpcoming
    case evaluationWindowLapsed, evaluationDone, evaluationOpen, evaluationWriteWorker, evaluationWriteCoach, evaluationEditWorker, evaluationEditCoach, evaluationRecordForClient, evaluationEditForClient, evaluationOnBehalfHint, evaluationEditOwn, evaluationInviteClient, evaluationWriteOwn
    case evaluationFormIntro, evaluationEvaluatedOn, evaluationPeriod, evaluationGoals, evaluationGoalsNone, evaluationGoalLevel
    case evaluationGoalNote, evaluationExpected, evaluationTopics, evaluationTopicsHint, evaluationTopicNote, evaluationNotAssessed
    case rating1, rating2, rating3, rating4
    case topicAttendance, topicWorkingSkills, topicCooperation, topicDailyLife, topicWellbeing, topicOpenLabourMarketReadiness
    case evaluationStrengths, evaluationSupportNeeded, evaluationWentWell, evaluationToDevelop, evaluationNextStep, evaluationNextStepNote
    case evaluationNextStepNone, evaluationTexts, evaluationSummary, evaluationTScore, evaluationTScoreHint, evaluationMeanTopics
    case evaluationAuthor, evaluationNotWritten, evaluationCompareIntro, evaluationTopicColumn, evaluationGoalColumn
    case auditEvaluationList, auditEvaluationRead, auditEvaluationCreate, auditEvaluationUpdate
    case errorEvaluationExists, errorEvaluationNotYourPlace, errorEvaluationBeforePeriod, errorEvaluationGoals
    case reminderFinalEvaluation, evaluationPerspective, statisticsEvaluations, statisticsEvaluationCount
    // Placement: queue, familiarization visits, shop-steward notice, the coach's week
    case navQueues, navCoachWeek, reminderShopSteward
    case auditQueueList, auditQueueRead, auditQueueCreate, auditQueueWithdraw, auditPlaceQueueRead, auditVisitList, auditVisitRead
    case auditVisitCreate, auditVisitUpdate, auditNoticeList, auditNoticeRead, auditNoticeCreate, auditCoachWeekRead
    case errorAlreadyQueued, errorQueueEntryClosed, errorVisitNotYet, errorNotOwnProduction, errorNoticeExists, errorWeek
    case queueStateWaiting, queueStatePlaced, queueStateWithdrawn, placementSection, queueNew, queueTitle, queueNone, queuePlace
    case queueQueuedOn, queueState, queuePosition, queueWaitingDays, queuePlaceSeats, queueIntro, queueUrgent, queueUrgentHint
    case queueReason, queueReasonHint, queueSubmit, queueEntryTitle, queueClosedOn, queueWithdrawalReason, queueOpenDecision
    case queuePlaceTitle, queuePlaceIntro, queuePlaceAction, queueWithdraw, queuesTitle, queuesIntro, queueProvider, queueWaiting
    case placeFull, placeQueueTitle, queueEmpty, queueOtherClient, queuesAll
    case visitNew, visitEdit, visitIntro, visitsTitle, visitsNone, visitWhen, visitAccompaniedBy, visitAccompaniedByHint, visitTeamHint
    case visitOutcome, visitOutcomeNone, visitOutcomeLegend, visitOutcomeReason, visitOutcomeReasonHint, visitNotes
    case visitOutcomeWentWell, visitOutcomeNotSuitable, visitOutcomeDidNotCome
    case noticeTitle, noticeDone, noticeLate, noticeMissing, noticeNotifiedOn, noticeRecipient, noticeRecipientHint, noticeRecord
    case holidayNewYearsDay, holidayEpiphany, holidayGoodFriday, holidayEasterSunday, holidayEasterMonday, holidayMayDay
    case holidayAscensionDay, holidayWhitsunday, holidayMidsummerEve, holidayMidsummerDay, holidayAllSaintsDay
    case holidayIndependenceDay, holidayChristmasEve, holidayChristmasDay, holidayBoxingDay
    case coachWeekTitle, coachWeekNavigation, coachWeekThis, coachWeekToday, coachWeekHolidayToday
    case coachWeekNobodyToday, coachWeekSomeDays, coachWeekClients, coachWeekNoClients, coachWeekLegend, coachWeekVisits
    case coachWeekExpected, coachWeekMaybe
    // Feedback
    case navFeedback, feedbackSection, feedbackNone, feedbackForm, feedbackClientForm, feedbackPlaceForm, feedbackClientIntro, feedbackPlaceIntro
    case feedbackPaperNote, feedbackNoOpenPeriods, feedbackPeriod, feedbackScaleHint, feedbackSend, feedbackEdit, feedbackGive, feedbackGivenValue
    case feedbackRecordPaper, feedbackRecordPlacePaper, feedbackPlacePaperNote, feedbackGivePlace, feedbackGivenOn, feedbackChannel, feedbackChannelOnline, feedbackChannelPaper, feedbackOpenUntil
    case feedbackRatings, feedbackQuestion, feedbackRating, agreement1, agreement2, agreement3, agreement4, agreement5
    case feedbackWhatWasGood, feedbackWhatToImprove, feedbackWhatWorked, feedbackWhatToDevelop, myFeedbackTitle, myFeedbackIntro
    case questionWelcomed, questionTasksSuited, questionGuidanceAndSupport, questionAtmosphere, questionHelpedTowardGoals, questionWouldRecommend
    case questionInformationBeforeStart, questionReferralSuitable, questionCooperationWithWorker, questionGoalClear, questionProcessWorked
    case feedbackResultsTitle, feedbackResultsIntro, feedbackSpanFrom, feedbackSpanTo, feedbackShow, feedbackNoPlaces, feedbackPlace, feedbackProvider
    case feedbackPendingTitle, feedbackFewerThan, feedbackAnswerCount, feedbackAnswers, feedbackMean, feedbackNoTexts
    case auditFeedbackList, auditFeedbackRead, auditFeedbackCreate, auditFeedbackUpdate
    case errorFeedbackExists, errorFeedbackClosed, errorFeedbackNotYourPlace
    // Places and providers
    case navPlaces, navContracts, placesTitle, placesIntro, placesSearchLabel, placesSearchHint, placesAllAreas, placesAllTasks, placesAllSupport
    case placesRemoteOnly, placesFreeOnly, placesEmpty, placesAdminTitle, placesAdminIntro, placesPublicLink
    case placeName, placeProvider, placeArea, placeTasks, placeSupportLevel, placeSupport, placeRemote, placeRemoteYes, placeRemoteNo
    case placeRemotePossible, placeFreeNow, placeSeatsValue, placeAddress, placeStreetAddress, placePostalCode, placeTown, placeMunicipalityHint
    case placeHours, placeLanguages, placeCapacity, placeCapacityHint, placeContact, placeContactName, placeDescription, placeLearning
    case placeLearningHint, placeAccessibility, placeAccessibilityText, placeAccessibilityNone, placeOpenDays, placeOpensAt, placeClosesAt
    case placeTimeHint, placeSeatsTitle, placeSeatsIntro, placeWeek, placeWeekStarts, placeOccupied, placeFree, placeOverbooked
    case placeNew, placeEdit
    case taskWorkshop, taskKitchenCatering, taskCleaning, taskIT, taskRecycling, taskOutdoorProperty, taskTextile, taskWood, taskMetal
    case taskOffice, taskShopCustomerService, taskCareAssistance, taskOther
    case supportLight, supportModerate, supportIntensive
    case accessStepFree, accessToilet, accessHearingLoop, accessParking, accessPublicTransport, accessQuietSpace
    case languageFinnish, languageSwedish, languageEnglish, languageOther
    case contractsTitle, contractsIntro, contractsEmpty, contractNew, contractEdit, contractProvider, contractValidity, contractPlaces
    case contractPlacesHint, contractPrice, contractPricePerDay, contractPriceHint, contractContact, contractNotes
    case errorPostalCode, errorMoney, errorPriceRequired, errorPriceOwnProduction
    case auditPlaceCreate, auditPlaceUpdate, auditContractCreate, auditContractUpdate, auditMatchingRead
    case assessmentMatchingLegend, assessmentMatchingHint, assessmentInterests, assessmentSupportNeed, assessmentSupportNeedNone, assessmentNeedsRemote
    case assessmentSpecialSupport, assessmentSpecialSupportHint, ruleSpecialSupportResponsible
    case teamHandovers, teamHandoverDay, teamHandoverFrom, teamHandoverTo
    case assessmentEligibility, assessmentEligibilityHint, eligibilityOverEightHours, eligibilityEntrepreneur, eligibilityStudent
    case eligibilityOtherService, ruleEligibilityConfirmation, decisionEligibilityConfirmation, decisionEligibilityConfirmationHint
    case matchingTitle, matchingIntro, matchingOpen, matchingFromAssessment, matchingNoAssessment, matchingScore, matchingReasons
    case matchingFor, matchingAgainst
    case reasonSameMunicipality, reasonSameArea, reasonElsewhere, reasonTasks, reasonNoTasks, reasonSupportFits, reasonSupportMore
    case reasonSupportLess, reasonRemote, reasonNoRemote, reasonLanguage, reasonFreeNow, reasonFreeLater, reasonFull
    // Organizers after the reform and their own documents
    case kindJointAuthority, organizationOrganizes, organizationOrganizesFrom, organizationOrganizesFromHint, organizationOrganizesUntil
    case errorNotAnOrganizerKind, errorMunicipalityOrganizesFrom, statisticsByOrganizer, statisticsMunicipalities
    case navDocuments, documentsTitle, documentsIntro, documentsEmpty, documentNew, documentEdit, documentKind, documentValidFrom
    case documentValidFromHint, documentTextFi, documentTextSv, documentTextEn, documentState, documentStateInForce
    case documentStateUpcoming, documentStateEarlier, documentFixedNote, documentNewFrom
    case documentKindAppeal, documentKindInsurance, documentKindProviderInstructions
    case errorDocumentTooEarly, errorDocumentInForce, errorDocumentSameDay, auditDocumentCreate, auditDocumentUpdate
    case contractProviderInstructions, providerInstructionsDefault
    // The organizer's timings and the minimum period (decisions 113–116)
    case policyMinMonths, policyTimingsLegend, policyTimingsIntro, policyInterimPercent, policyFinalWindowDays, policyFinalRemindedDays
    case policyFirstFollowUpMonths, policySecondFollowUpMonths, policyNextStepReminderDays, policyLimitReminderDays, policyNoticeReminderDays
    case policyFeedbackDays, policyTimings, policyTimingsValue, errorMinPeriodAboveUsual, errorMinPeriodAboveMaximum
    case errorSecondFollowUpNotAfterFirst, ruleMinimumLength, followUpMonthsAfterEnd
    case noEvaluationTitle, noEvaluationIntro, noEvaluationReason, noEvaluationSubmit, noEvaluationRecorded, errorNoEvaluationNotInterrupted
    case errorNoEvaluationRecorded, auditPeriodNoEvaluation, reminderPlannedNextStep
    // The front page sorts the work (issue 13, item 6)
    case reminderReferralQueued, reminderNoResponsible, remindersLate, remindersLateCountOne, remindersLateCountOther
    case remindersWaitedOne, remindersWaitedOther, remindersMore, remindersLateSince
    // The client page's summary (issue 13, item 5)
    case summaryTitle, summaryStep, summaryStepValue, summaryComplete, summaryPeriod, summaryNoPeriod, summaryNext, summaryNothingDue
    // Every error in one round (issue 13, item 1)
    case decisionDaysRuleHint, decisionHoursRuleHint, decisionEndsOnRuleHint
    // Learning (issue 13 item 9)
    case learningTitle, learningIntro, learningNone, achievementNew, achievementEdit, achievementKind, achievementName
    case achievementNameHint, achievementDescription, achievementDescriptionHint, achievementGainedOn, achievementValidUntil
    case achievementValidUntilHint, achievementGrantedBy, achievementGrantedByHint, achievementPeriod, achievementPeriodNone
    case achievementPeriodHint, achievementRecordedBy, achievementValidIndefinitely, achievementValidUntilDate
    case achievementExpired, achievementKindHygienePassport, achievementKindOccupationalSafetyCard, achievementKindFirstAid
    case achievementKindHotWorkCard, achievementKindForkliftCard, achievementKindCompetenceCertificate
    case achievementKindOtherTraining, certificatesTitle, certificateFor, certificateTitle, certificatePrint
    case certificateStatement, certificateTrainings, certificateCompetence, certificateCompetenceGranted
    case certificateCompetenceNote, certificateNothing, certificateIssuedOn, certificateSignature, certificateSigner
    case myLearningTitle, myLearningIntro, myLearningNone, myLearningItem, myLearningItemNoValidity
    case errorGainedInFuture, errorValidBeforeGained, errorAchievementPeriodRequired
    case auditAchievementList, auditAchievementRead, auditAchievementCreate, auditAchievementUpdate, auditCertificateRead
    // The administrative decision (issue 13 item 4)
    case adocCaseNumber, adocStatement, adocPlacementStatement, adocReasons, adocPlacementReasons, adocPlanDated, adocPeriodFacts, adocFirstDay, adocLastDay, adocDaysPerWeek, adocHoursPerDay, adocPerDay, adocLegalBasis, legalBasisDefault, adocContact, adocNotification, adocNotificationPost, adocNotificationHand, adocNotificationElectronic, adocAppealTime, adocReceivedPost, adocReceivedHand, adocReceivedElectronic, adocAppealContent, adocSignatures, adocSignPlaceDate, adocSignature, adocPrintedName, adocPrintButton, adocPrintLanguage, adocNotificationField, adocNotificationHint, adocOptionPost, adocOptionHand, adocOptionElectronic, documentKindLegalBasis,
         userTitle, userTitleHint,
         pdocTitleRefusal, pdocTitleChange, pdocTitleEnding, pdocRefusalStatement, pdocChangeStatement, pdocEndingStatement, pdocChangeFrom, pdocIntro, pdocUnchangedHint, pdocReasonsHint, pdocMake, pdocPrintLanguage, pdocOriginal, pdocRelated, pdocRefusalLink, pdocErrorNothingChanged, pdocErrorOutsidePeriod, pdocErrorNoOrganizer, pdocContinuesAt, pdocContinueDecision, pdocLastDayAt
    // The organizer's target for deciding a referral (decision 181)
    case policyReferralDecisionDays
    // Say what was saved (issue 13, item 3)
    case savedGeneric, savedClient, savedReferralSent, savedReferralDecision, savedAssessment, savedPlan, savedTeam, savedMeeting
    case savedDecision, savedAcceptance, savedInterruption, savedEvaluation, savedEnding, savedFollowUp
    // Confirm what cannot be undone (issue 13, item 3)
    case confirmReferralAcceptTitle, confirmReferralAccept, confirmReferralAcceptNext, confirmReferralAcceptButton
    case confirmReferralReturnTitle, confirmReferralReturn, confirmReferralReturnNext, confirmReferralReturnButton
    case confirmEndingTitle, confirmEnding, confirmEndingEarly, confirmEndingNoFinal, confirmEndingNext, confirmEndingButton
    case confirmInterruptTitle, confirmInterrupt, confirmInterruptNext, confirmInterruptButton
    case confirmPolicyTitle, confirmPolicy, confirmPolicyNext, confirmPolicyButton
    // No dead ends (issue 13, item 5)
    case matchQueue, matchVisit, matchDecide, referralNextStep, referralNextStepAssessment, referralNextStepStart
    // The client's own pages in plain language (issue 13, item 7)
    case myPageTitle, todayTitle, todayWorkDay, todayNoWorkDay, todayDayOff, todayHoliday, todaySomeDays, todayStarts
    case todayNoPeriod, todayPlace, todayHours, todayHoursValue, todayOpen, todayCoach, todayWorker, todayNoWorker
    case todayNext, todayNextMeeting, todayNextInterim, todayNextFinal, todayEvaluationNow, todayPeriodEnds, todayNothingNext
    case myWeekTitle, myWeekOn, myWeekOff, myWeekToday, weekdayLongMon, weekdayLongTue, weekdayLongWed, weekdayLongThu
    case weekdayLongFri, myDecisionsTitle, myDecisionsIntro, myDecisionLink, myDecisionsNone, myDetailsSummary
    case selfFormIntro, selfGoalLegend, selfScaleMuchWorse, selfScaleWorse, selfScaleExpected, selfScaleBetter
    case selfScaleMuchBetter, goalWordMuchWorse, goalWordWorse, goalWordExpected, goalWordBetter, goalWordMuchBetter
    case selfTopicsHint, selfCannotSay, plainRating1, plainRating2, plainRating3, plainRating4, selfCompareIntro
    case nextStepPlan, nextStepPlace
    // Form errors (issue 13, items 1-2)
    case errorNotANumber, errorNoSuchDate, errorClosesBeforeOpens, errorFollowUpInFuture, errorSituationIsWorkOrEducation
    case errorSituationIsNeither, errorAcceptedByRequired, errorWeekBelowMinimumWeek
}
