extension Catalog {
    static let path: [Entry] = [
        Entry(.pathTitle, "Missä olen polulla", "Var jag är på stigen", "Where I am on the path"),
        Entry(.pathYouAreHere, "Olet tässä", "Du är här", "You are here"),
        Entry(.stepReferral, "Ohjaus palveluun", "Hänvisning till tjänsten", "Referral"),
        Entry(.stepAssessment, "Palvelutarpeen arviointi", "Bedömning av servicebehovet", "Service needs assessment"),
        Entry(.stepPlan, "Suunnitelma", "Plan", "Plan"),
        Entry(.stepPlacement, "Työtoimintapaikan haku", "Sökning av arbetsverksamhetsplats", "Finding a work activity place"),
        Entry(.stepVisit, "Tutustumiskäynti", "Introduktionsbesök", "Familiarization visit"),
        Entry(.stepDecision, "Päätös ja sopimus", "Beslut och avtal", "Decision and contract"),
        Entry(.stepPeriod, "Työtoimintajakso", "Arbetsverksamhetsperiod", "Work activity period"),
        Entry(.stepEnding, "Päättyminen ja jatkopolku", "Avslutning och fortsatt stig", "Ending and the next step"),
        Entry(.stepFollowUp, "Seuranta", "Uppföljning", "Follow-up"),
        Entry(.myPlanTitle, "Suunnitelmani ja tavoitteeni", "Min plan och mina mål", "My plan and goals"),
        Entry(.myPeriodTitle, "Jaksoni", "Min period", "My period"),
        Entry(.myPeriodValue, "{place}, {start}–{end}", "{place}, {start}–{end}", "{place}, {start}–{end}"),
        Entry(.myResponsibleTitle, "Omatyöntekijäni", "Min kontaktperson", "My responsible worker"),
        Entry(.myNoPeriod, "Sinulla ei ole nyt jaksoa.", "Du har ingen period nu.", "You have no period now."),
        Entry(.myGoalExpected, "Tavoitteena", "Målet", "Aiming for"),
    ]
}
