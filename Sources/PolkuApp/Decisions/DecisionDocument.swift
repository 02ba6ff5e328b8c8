import Fluent
import Plot
import PolkuDomain
import Vapor

/// An administrative decision as it is printed and sent to the client (hallintolaki 434/2003, 44 §): the deciding
/// organizer, the case number and the day, the client, what was decided, the reasons, the legal basis, the period's
/// facts, the decision maker with their title, whom to ask, how it is notified and how to request a review — all in
/// the client's language of service, whatever the worker's interface language (decision 204). Every kind of decision
/// on the path prints through this one value and `DecisionDocumentView`.
struct DecisionDocument {
    enum Kind: String, Sendable {
        /// The decision that starts a period (myönteinen päätös).
        case placement
        /// The other decisions of the path (decision 207): refusing the service (kielteinen päätös), changing a
        /// period's days, hours or place (muutospäätös), ending it (lopettamispäätös).
        case refusal, change, ending
    }

    struct Fact {
        var label: String
        var value: String
    }

    var kind: Kind
    var language: Language
    var organizerName: String
    /// Nil only for decisions made before case numbers (decision 200).
    var caseNumber: String?
    /// ISO date.
    var decidedOn: String
    var clientName: String
    var identityCode: String
    var statement: String
    var reasons: [String]
    var legalBasis: String
    var facts: [Fact]
    var makerName: String
    var makerTitle: String
    /// Whom the client asks about the decision: their responsible worker, or the decision maker.
    var contact: String
    var notification: DecisionNotification
    /// The organizer's own text in force on the decision day: the body the request goes to and its address.
    var appealInstructions: String

    var texts: Texts { Texts(language: language) }

    var titleKey: TextKey {
        switch kind {
        case .placement: .decisionDocument
        case .refusal: .pdocTitleRefusal
        case .change: .pdocTitleChange
        case .ending: .pdocTitleEnding
        }
    }

    static func notificationKey(_ notification: DecisionNotification) -> TextKey {
        switch notification {
        case .post: .adocNotificationPost
        case .hand: .adocNotificationHand
        case .electronic: .adocNotificationElectronic
        }
    }

    static func receivedKey(_ notification: DecisionNotification) -> TextKey {
        switch notification {
        case .post: .adocReceivedPost
        case .hand: .adocReceivedHand
        case .electronic: .adocReceivedElectronic
        }
    }

    /// The option's name on the worker's form.
    static func optionKey(_ notification: DecisionNotification) -> TextKey {
        switch notification {
        case .post: .adocOptionPost
        case .hand: .adocOptionHand
        case .electronic: .adocOptionElectronic
        }
    }

    /// "Maija Meikäläinen, sosiaalityöntekijä": the title of the account, else the role's name.
    static func makerTitle(stored: String?, role: Role?, texts: Texts) -> String {
        if let stored, !stored.isEmpty { return stored }
        guard let role else { return "" }
        let name = texts[role.textKey]
        return texts.language == .en ? name.lowercased() : name.lowercased(with: Locale(identifier: texts.language.rawValue))
    }
}

extension DecisionDocument {
    /// The decision that starts a period, in the client's language, from what the decision stored on its day.
    static func placement(_ decision: DecisionDTO, client: Client, parties: DecisionParties, on req: Request) async throws -> DecisionDocument {
        let language = Language(rawValue: client.language) ?? .fi
        let t = Texts(language: language)
        let date = { (iso: String?) in iso.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date) ?? "–" }
        let makerID = try await Decision.find(decision.id.rawValue, on: req.db)?.$decisionMaker.id
        let maker = makerID == nil ? nil : try await User.find(makerID, on: req.db)
        let clientID = decision.clientId.rawValue
        let plan = try await PlanVersion.query(on: req.db).join(Plan.self, on: \PlanVersion.$plan.$id == \Plan.$id)
            .filter(Plan.self, \.$client.$id == clientID).filter(\.$madeOn <= decision.decidedOn)
            .sort(\.$madeOn, .descending).first()
        let responsible = try await TeamMember.query(on: req.db).filter(\.$client.$id == clientID).filter(\.$isResponsible == true).first()
        let weekdays = decision.weekdays.compactMap(Weekday.init(rawValue:)).map { t[$0.shortTextKey] }
        let hours = PolicyForm.hours(decision.minutesPerDay)
        let values = ["name": parties.clientName, "start": date(decision.startsOn), "end": date(decision.endsOn), "place": decision.placeName,
                      "days": "\(decision.daysPerWeek)", "hours": hours]
        var reasons = [t[.adocPlacementReasons]]
        if let plan { reasons.append(t(.adocPlanDated, ["date": date(plan.madeOn)])) }
        if let late = decision.lateReason { reasons.append(t[.decisionLateReason] + ": " + late) }
        if let confirmed = decision.eligibilityConfirmation { reasons.append(t[.decisionEligibilityConfirmation] + ": " + confirmed) }
        var facts = [
            Fact(label: t[.adocFirstDay], value: date(decision.startsOn)),
            Fact(label: t[.adocLastDay], value: date(decision.endsOn)),
            Fact(label: t[.decisionWeekdays], value: weekdays.isEmpty ? t[.decisionWeekdaysAgreed] : weekdays.joined(separator: ", ")),
            Fact(label: t[.adocDaysPerWeek], value: "\(decision.daysPerWeek)"),
            Fact(label: t[.adocHoursPerDay], value: hours),
            Fact(label: t[.decisionPlace], value: [decision.placeName, parties.placeAddress].filter { !$0.isEmpty }.joined(separator: ", ")),
        ]
        if let contract = decision.contract {
            facts.append(Fact(label: t[.contractCompensation], value: t(.adocPerDay, ["amount": FinnishFormat.money(cents: contract.compensationCentsPerDay)])))
            facts.append(Fact(label: t[.contractTravel], value: contract.travel.isEmpty ? "–" : contract.travel))
        }
        let makerTitle = makerTitle(stored: decision.decisionMakerTitle, role: maker?.role, texts: t)
        let contact = responsible.map { [$0.name, $0.contact].filter { !$0.isEmpty }.joined(separator: ", ") }
            ?? [decision.decisionMakerName, makerTitle].filter { !$0.isEmpty }.joined(separator: ", ")
        return DecisionDocument(kind: .placement, language: language, organizerName: parties.organizerName, caseNumber: decision.caseNumber,
                                decidedOn: decision.decidedOn, clientName: parties.clientName, identityCode: parties.identityCode,
                                statement: t(.adocPlacementStatement, values), reasons: reasons,
                                legalBasis: decision.legalBasis ?? t[.legalBasisDefault], facts: facts,
                                makerName: decision.decisionMakerName, makerTitle: makerTitle, contact: contact,
                                notification: decision.notification.flatMap(DecisionNotification.init(rawValue:)) ?? .default,
                                appealInstructions: decision.appealInstructions)
    }
}

/// The printed decision: one A4 page in the client's language (the `lang` attribute says which).
func DecisionDocumentView(_ document: DecisionDocument) -> Node<HTML.BodyContext> {
    let t = document.texts
    let date = LocalDate(isoString: document.decidedOn).map(FinnishFormat.date) ?? "–"
    return Tag("article", [("class", "document decision-document"), ("lang", document.language.rawValue), ("data-qa", "decision-page"),
                           ("data-kind", document.kind.rawValue)]) {
        div([("class", "document-head")]) {
            p([("class", "document-issuer")], document.organizerName)
            Tag("dl", [("class", "document-reference")]) {
                Tag("dt") { Txt(t[.adocCaseNumber]) }
                Tag("dd", [("data-qa", "case-number")]) { Txt(document.caseNumber ?? "–") }
                Tag("dt") { Txt(t[.decisionDecidedOn]) }
                Tag("dd", [("data-qa", "decided-on")]) { Txt(date) }
            }
        }
        heading(2, t[document.titleKey])
        Tag("dl", [("class", "facts")]) {
            Tag("dt") { Txt(t[.partyClient]) }
            Tag("dd") { Txt(document.clientName + ", " + document.identityCode) }
        }
        heading(3, t[.adocStatement])
        p([("data-qa", "decision-statement")], document.statement)
        heading(3, t[.adocReasons])
        for reason in document.reasons { p([("class", "pre-line")], reason) }
        if !document.facts.isEmpty {
            heading(3, t[.adocPeriodFacts])
            Tag("dl", [("class", "facts facts-pairs"), ("data-qa", "period-facts")]) {
                for fact in document.facts {
                    Tag("dt") { Txt(fact.label) }
                    Tag("dd", [("class", "pre-line")]) { Txt(fact.value) }
                }
            }
        }
        heading(3, t[.adocLegalBasis])
        p([("class", "pre-line"), ("data-qa", "legal-basis")], document.legalBasis)
        Tag("dl", [("class", "facts facts-pairs")]) {
            Tag("dt") { Txt(t[.decisionMaker]) }
            Tag("dd", [("data-qa", "decision-maker")]) { Txt([document.makerName, document.makerTitle].filter { !$0.isEmpty }.joined(separator: ", ")) }
            Tag("dt") { Txt(t[.adocContact]) }
            Tag("dd") { Txt(document.contact) }
            Tag("dt") { Txt(t[.adocNotification]) }
            Tag("dd", [("data-qa", "notification")]) { Txt(t[DecisionDocument.notificationKey(document.notification)]) }
        }
        Tag("section", [("class", "appeal"), ("data-qa", "appeal")]) {
            heading(3, t[.decisionAppeal])
            p([("class", "pre-line")], document.appealInstructions)
            p([], t[.adocAppealTime] + " " + t[DecisionDocument.receivedKey(document.notification)])
            p([], t[.adocAppealContent])
        }
    }
}

/// The printed contract (sopimus) of a placement: one A4 page in the client's language, with a line to sign for
/// each of its three parties — the client, the organizer and the work activity place (decision 205).
func ContractDocumentView(_ contract: DecisionDTO.ContractDTO, decision: DecisionDTO, document: DecisionDocument,
                          parties: DecisionParties) -> Node<HTML.BodyContext> {
    let t = document.texts
    let date = { (iso: String) in LocalDate(isoString: iso).map(FinnishFormat.date) ?? "–" }
    let weekdays = decision.weekdays.compactMap(Weekday.init(rawValue:)).map { t[$0.shortTextKey] }
    let schedule = t(.planScheduleValue, ["days": "\(decision.daysPerWeek)", "hours": PolicyForm.hours(decision.minutesPerDay)])
        + ", " + (weekdays.isEmpty ? t[.decisionWeekdaysAgreed] : weekdays.joined(separator: ", "))
    let signers: [(party: TextKey, who: String, printed: String)] = [
        (.partyClient, parties.clientName, parties.clientName),
        (.partyOrganizer, parties.organizerName, ""),
        (.partyPlace, [decision.placeName, parties.providerName].filter { !$0.isEmpty && $0 != "–" }.joined(separator: " / "), ""),
    ]
    func fact(_ label: String, _ value: String) -> Node<HTML.BodyContext> {
        .group([Tag("dt") { Txt(label) }, Tag("dd", [("class", "pre-line")]) { Txt(value) }])
    }
    return Tag("article", [("class", "document page-break contract-document"), ("lang", document.language.rawValue), ("data-qa", "contract-page")]) {
        div([("class", "document-head")]) {
            p([("class", "document-issuer")], parties.organizerName)
            Tag("dl", [("class", "document-reference")]) {
                Tag("dt") { Txt(t[.adocCaseNumber]) }
                Tag("dd") { Txt(document.caseNumber ?? "–") }
            }
        }
        heading(2, t[.contractDocument])
        heading(3, t[.contractParties])
        Tag("dl", [("class", "facts")]) {
            fact(t[.partyClient], parties.clientName + ", " + parties.identityCode)
            fact(t[.partyPlace], decision.placeName)
            fact(t[.contractProvider], parties.providerName)
            fact(t[.partyOrganizer], parties.organizerName)
        }
        heading(3, t[.contractTitle])
        Tag("dl", [("class", "facts")]) {
            fact(t[.decisionPeriod], date(decision.startsOn) + "–" + date(decision.endsOn))
            fact(t[.planSchedule], schedule)
            fact(t[.contractTasks], contract.tasks)
            fact(t[.contractGoals], contract.goals)
            fact(t[.contractCompensation], t(.adocPerDay, ["amount": FinnishFormat.money(cents: contract.compensationCentsPerDay)]))
            fact(t[.contractTravel], contract.travel.isEmpty ? "–" : contract.travel)
            fact(t[.contractInsurance], contract.insurance)
            fact(t[.contractConfidentiality], contract.confidentiality)
            // Contracts made before the organizer's documents print the built-in text (decision 123).
            fact(t[.contractProviderInstructions], contract.providerInstructions ?? t[.providerInstructionsDefault])
        }
        heading(3, t[.adocSignatures])
        div([("class", "signatures"), ("data-qa", "signatures")]) {
            for signer in signers {
                div([("class", "signature")]) {
                    p([("class", "signature-party")], t[signer.party] + ": " + signer.who)
                    div([("class", "signature-lines")]) {
                        div([("class", "signature-line")]) { Tag("span") { Txt(t[.adocSignPlaceDate]) } }
                        div([("class", "signature-line")]) { Tag("span") { Txt(t[.adocSignature]) } }
                        div([("class", "signature-line")]) {
                            Tag("span") { Txt(t[.adocPrintedName] + (signer.printed.isEmpty ? "" : ": " + signer.printed)) }
                        }
                    }
                }
            }
        }
    }
}

extension DecisionDocument {
    /// A refusal, change or ending decision (decision 207), in the client's language, from what it stored on its day.
    static func path(_ record: PathDecision, client: Client, on req: Request) async throws -> DecisionDocument {
        let language = Language(rawValue: client.language) ?? .fi
        let t = Texts(language: language)
        let date = { (iso: String?) in iso.flatMap(LocalDate.init(isoString:)).map(FinnishFormat.date) ?? "–" }
        let view = try await req.clientViews([client])[0]
        let organizer = try await Organizer.of(client, on: LocalDate(isoString: record.decidedOn) ?? req.today, db: req.db)
        let maker = try await User.find(record.$decisionMaker.id, on: req.db)
        var original: Decision?, originalPlace: WorkActivityPlace?, newPlace: WorkActivityPlace?
        if let id = record.$decision.id { original = try await Decision.find(id, on: req.db) }
        if let original { originalPlace = try await WorkActivityPlace.find(original.$place.id, on: req.db) }
        if let id = record.$place.id { newPlace = try await WorkActivityPlace.find(id, on: req.db) }
        let responsible = try await TeamMember.query(on: req.db).filter(\.$client.$id == client.requireID())
            .filter(\.$isResponsible == true).first()
        let values = ["name": view.fullName, "caseNumber": original?.caseNumber ?? "–", "date": date(original?.decidedOn),
                      "day": date(record.effectiveOn), "place": originalPlace?.name ?? "–"]
        let kind: Kind, statement: String
        var facts: [Fact] = []
        switch record.kind {
        case .refusal:
            kind = .refusal
            statement = t(.pdocRefusalStatement, values)
        case .change:
            kind = .change
            statement = t(.pdocChangeStatement, values)
            facts.append(Fact(label: t[.pdocChangeFrom], value: date(record.effectiveOn)))
            if let days = record.daysPerWeek { facts.append(Fact(label: t[.adocDaysPerWeek], value: "\(days)")) }
            if let minutes = record.minutesPerDay { facts.append(Fact(label: t[.adocHoursPerDay], value: PolicyForm.hours(minutes))) }
            if let newPlace {
                let address = [newPlace.streetAddress, [newPlace.postalCode, newPlace.town].filter { !$0.isEmpty }.joined(separator: " ")]
                    .filter { !$0.isEmpty }.joined(separator: ", ")
                facts.append(Fact(label: t[.decisionPlace], value: [newPlace.name, address].filter { !$0.isEmpty }.joined(separator: ", ")))
                // The period at the old place ends the day before (decision 228).
                let lastDay = record.effectiveOn.flatMap(LocalDate.init(isoString:)).map { FinnishFormat.date($0.adding(days: -1)) } ?? "–"
                facts.append(Fact(label: t(.pdocLastDayAt, ["place": originalPlace?.name ?? "–"]), value: lastDay))
            }
        case .ending:
            kind = .ending
            statement = t(.pdocEndingStatement, values)
            facts.append(Fact(label: t[.decisionPlace], value: originalPlace?.name ?? "–"))
            facts.append(Fact(label: t[.adocFirstDay], value: date(original?.startsOn)))
            facts.append(Fact(label: t[.adocLastDay], value: date(record.effectiveOn)))
        }
        let title = makerTitle(stored: record.decisionMakerTitle, role: maker?.role, texts: t)
        let contact = responsible.map { [$0.name, $0.contact].filter { !$0.isEmpty }.joined(separator: ", ") }
            ?? [maker?.name ?? "", title].filter { !$0.isEmpty }.joined(separator: ", ")
        return DecisionDocument(kind: kind, language: language, organizerName: organizer?.name ?? "–", caseNumber: record.caseNumber,
                                decidedOn: record.decidedOn, clientName: view.fullName, identityCode: view.personalIdentityCode,
                                statement: statement, reasons: [record.reasons], legalBasis: record.legalBasis, facts: facts,
                                makerName: maker?.name ?? "", makerTitle: title, contact: contact,
                                notification: DecisionNotification(rawValue: record.notification) ?? .default,
                                appealInstructions: record.appealInstructions)
    }
}
