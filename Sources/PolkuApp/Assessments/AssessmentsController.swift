import Fluent
import PolkuDomain
import Vapor

/// The service needs assessment pages under the client: list, record, view, change.
struct AssessmentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteRoute.Kind.clientAssessments.pathComponents, use: list)
        routes.post(SiteRoute.Kind.clientAssessments.pathComponents, use: create)
        routes.get(SiteRoute.Kind.clientAssessmentNew.pathComponents, use: new)
        routes.get(SiteRoute.Kind.clientAssessment.pathComponents, use: show)
        routes.post(SiteRoute.Kind.clientAssessment.pathComponents, use: update)
        routes.get(SiteRoute.Kind.clientAssessmentEdit.pathComponents, use: edit)
    }

    func list(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.read))
        let id = try client.requireID()
        let views = try await req.assessmentViews(try await AssessmentStore.all(of: id, on: req.db))
        try await req.audit(.assessmentList, clients: [id])
        return AssessmentListPage(clientID: try client.typedID, clientName: client.fullName, assessments: views,
                                  mayWrite: try await req.permits(.assessment(.write), on: client.facts)).render(on: req)
    }

    func new(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.write))
        let input = AssessmentInput(assessedOn: FinnishFormat.date(req.today))
        return AssessmentFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .create, input: input, failure: nil)
            .render(on: req)
    }

    func create(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.write))
        let id = try client.requireID()
        let input = try req.content.decode(AssessmentInput.self)
        do {
            let assessment = try await AssessmentStore.create(try input.validated(), clientID: id, authorID: try req.requireUser().requireID(), on: req)
            return req.redirect(to: SiteRoute.clientAssessment(client: assessment.$client.typedID, assessment: try assessment.typedID).path)
        } catch let failure as ValidationFailure {
            return AssessmentFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .create, input: input, failure: failure)
                .render(on: req, status: failure.status)
        }
    }

    func show(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.read))
        let id = try client.requireID()
        let assessment = try await Assessment.find(try req.id(Assessment.self), of: try client.typedID, on: req.db)
        try await req.audit(.assessmentRead, clients: [id])
        let hasPlan = try await Plan.query(on: req.db).filter(\.$client.$id == id).first() != nil
        let mayPlan = try await req.permits(.plan(.create), on: client.facts)
        return AssessmentPage(assessment: try await req.assessmentViews([assessment])[0], clientName: client.fullName,
                              mayEdit: try await req.permits(.assessment(.write), on: client.facts),
                              planNext: assessment.conclusion == .rehabilitativeWorkActivity && !hasPlan && mayPlan).render(on: req)
    }

    func edit(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.write))
        let id = try client.requireID()
        let assessment = try await Assessment.find(try req.id(Assessment.self), of: try client.typedID, on: req.db)
        try await req.audit(.assessmentRead, clients: [id])
        return AssessmentFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .edit(try assessment.typedID),
                                  input: AssessmentInput(assessment), failure: nil).render(on: req)
    }

    func update(req: Request) async throws -> Response {
        let client = try await req.authorizedClient(try req.id(Client.self), for: .assessment(.write))
        let assessment = try await Assessment.find(try req.id(Assessment.self), of: try client.typedID, on: req.db)
        let input = try req.content.decode(AssessmentInput.self)
        let page = { (failure: ValidationFailure?, conflict: Bool) in
            AssessmentFormPage(clientID: try client.typedID, clientName: client.fullName, mode: .edit(try assessment.typedID), input: input,
                               failure: failure, conflict: conflict)
        }
        return try await req.saveForm {
            let draft = try input.validated()
            // A form without the version it was read at cannot prove it saw the latest save.
            guard let version = input.version else { throw VersionConflict(on: req) }
            try await AssessmentStore.update(assessment, with: draft, expectedVersion: version, on: req)
            return req.redirect(to: SiteRoute.clientAssessment(client: assessment.$client.typedID, assessment: try assessment.typedID).path)
        } showAgain: { rejected in
            try page(rejected.failure, rejected.isConflict).render(on: req, status: rejected.status)
        }
    }
}
