/**
 * Server-side messages (errors, e-mails). The web app has its own catalogue; the API localises
 * what it sends so any client gets Danish by default and English on request.
 */
export type Locale = 'da' | 'en';

const da = {
  'error.notFound': 'Fandt ikke {entity}, eller du har ikke adgang til {it}.',
  'error.forbidden': 'Din rolle giver ikke adgang til denne handling.',
  'error.unauthenticated': 'Du skal logge ind.',
  'error.badCredentials': 'Forkert e-mail eller adgangskode.',
  'error.staleVersion':
    '{entity} er ændret af en anden, siden du hentede {it}. Hent {it} igen og gentag din ændring – intet er gemt.',
  'error.validation': 'Nogle felter er ikke udfyldt korrekt. Intet er gemt.',
  'error.conflict.duplicate': '{entity} kan ikke gemmes: {field} er allerede brugt af en anden.',
  'error.conflict.inUse': '{entity} er i brug og kan ikke slettes.',
  'error.conflict.interfaceInUse':
    '{entity} bruges af en eller flere integrationer og kan ikke slettes. Vælg en anden snitflade på integrationerne først.',
  'error.conflict.lastAdministrator': 'Organisationen skal have mindst én administrator.',
  'error.organisationRequired': 'Vælg en organisation.',
  'error.internal': 'Der opstod en uventet fejl. Prøv igen.',
  'error.databaseBusy': 'Databasen har travlt lige nu. Prøv igen om {seconds} sekunder.',
  'error.databaseUnavailable': 'Databasen kan ikke nås lige nu. Prøv igen om {seconds} sekunder.',
  'error.shuttingDown': 'Serveren genstarter. Prøv igen om et øjeblik.',
  'error.badJson': 'Forespørgslen kunne ikke læses: den skal være gyldig JSON.',
  'error.idempotency.invalidKey':
    'Idempotency-Key skal være 1-255 synlige tegn uden mellemrum. Intet er gemt.',
  'error.idempotency.reused':
    'Idempotency-Key er allerede brugt til en anden ændring. Send ændringen med en ny nøgle – intet er gemt.',
  'error.idempotency.inUse':
    'Den samme ændring er stadig i gang. Prøv igen om et øjeblik – intet er gemt to gange.',
  'error.rateLimited': 'For mange forespørgsler på kort tid. Prøv igen om {seconds} sekunder.',
  'error.tooManyAttempts':
    'For mange forkerte forsøg på at logge ind på denne konto. Prøv igen om {minutes} minutter.',
  'error.apiToken.invalid': 'API-nøglen er ugyldig, udløbet eller tilbagekaldt.',
  'history.apiTokenAuthor': 'API-nøglen {name}',
  'error.limit.depth': 'Forespørgslen er for dybt indlejret: højst {limit} niveauer.',
  'error.limit.aliases': 'Forespørgslen bruger for mange aliasser: højst {limit}.',
  'error.limit.cost': 'Forespørgslen beder om for meget på én gang: højst {limit} point. Del den op.',
  'error.limit.directives': 'Forespørgslen har for mange direktiver: højst {limit}.',
  'error.limit.tokens': 'Forespørgslen er for lang: højst {limit} led.',
  'error.bodyTooLarge': 'Forespørgslen er for stor (højst 1 MB).',
  'error.conflict.unique': 'Kan ikke gemmes: {field} er allerede brugt af en anden. Intet er gemt.',
  'error.importPathOnly': 'Denne adresse modtager kun importer (importKitos).',
  'import.file.empty':
    'Filen er tom: den skal have en overskriftsrække og mindst én række data. Intet er importeret.',
  'import.file.tooLarge': 'Filen er for stor: højst {maxMb} MB. Intet er importeret.',
  'import.file.wrongType':
    'Filen er hverken en Excel-projektmappe (.xlsx) eller en CSV-fil. Intet er importeret.',
  'import.file.corrupt':
    'Filen kan ikke læses: den er beskadiget eller ikke en gyldig .xlsx-fil. Intet er importeret.',
  'import.file.tooManyRows': 'Filen har for mange rækker: højst {max}. Del den op. Intet er importeret.',
  'import.file.unknownKind':
    'Overskrifterne ligner ikke en KITOS-eksport: forventede fx "IT System" (IT-systemanvendelser), "IT Kontrakt" (kontrakter), "Snitflade" og "Udstillet af" (snitflader), "Navn" og "Overordnet enhed" (organisationsenheder) eller "Fornavn", "Efternavn" og "Email" (brugere), eller en af Overbliks skabeloner (fx "Datakilde" og "Datakildetype"). Intet er importeret.',
  'import.file.missingColumns': 'Filen mangler kolonnen til {fields}. Intet er importeret.',
  'import.file.base64': 'Filen kom ikke frem i sin helhed (forventede base64). Prøv igen.',
  'import.file.otherKind': 'Filen er {found}, ikke {expected}. Intet er importeret.',
  'import.error.formula': 'Cellen indeholder en formel; skriv værdien i stedet.',
  'import.error.cellError': 'Cellen indeholder en Excel-fejl.',
  'import.error.controlCharacters': 'Cellen indeholder kontroltegn.',
  'import.error.tooLong': 'Cellen må højst have {max} tegn.',
  'import.error.required': 'Skal udfyldes.',
  'import.error.boolean': '"{value}" er hverken Ja eller Nej.',
  'import.error.date': '"{value}" er ikke en dato (brug dd-mm-åååå).',
  'import.error.number': '"{value}" er ikke et tal.',
  'import.error.uuid': '"{value}" er ikke et UUID.',
  'import.error.lifecycle':
    'Ukendt livscyklus "{value}": brug Ikke angivet, Under afprøvning, Under indfasning, I drift, Under udfasning eller Ikke i drift.',
  'import.error.duplicateUuid': 'Samme KITOS-UUID som række {row}.',
  'import.error.duplicateName': 'Samme navn som række {row}.',
  'import.error.cycle': 'Den overordnede enhed ville gøre hierarkiet cirkulært.',
  'import.error.unknownParent': 'Kender ikke den overordnede enhed "{value}".',
  'import.error.dateOrder': 'Slutdatoen ligger før startdatoen.',
  'import.warning.personNotMember':
    'Personen {name} er ikke medlem af organisationen; gemt som KITOS-oplysning.',
  'import.warning.contractNotFound': 'Kontrakten "{name}" findes ikke; ikke tilknyttet.',
  'import.warning.systemNotFound': 'Systemet "{name}" findes ikke; ingen integration oprettet.',
  'import.warning.supplierOnSharedEntry':
    'Leverandøren sættes ikke: katalogsystemet er fælles og ejes af en anden.',
  'import.error.duration': '"{value}" er ikke en varighed (fx "Løbende", "3 år" eller "2 år og 6 måneder").',
  'import.error.option': '"{value}" er ikke en option (fx "2 x 1 år" eller "1 x ½ år").',
  'import.error.duplicateId': 'Samme KITOS-id som række {row}.',
  'import.error.duplicateEmail': 'Samme e-mailadresse som række {row}.',
  'import.error.startDate':
    'En ny kontrakt skal have en startdato (Gyldig fra / Indgået); Overblik kan ikke gemme den uden.',
  'import.error.dataType':
    'Ukendt datatype "{value}": brug Person, Virksomhed, Sag, Dokument, Organisation, Klassifikation, Ejendom, GIS eller Andet.',
  'import.error.email': '"{value}" er ikke en gyldig e-mailadresse.',
  'import.error.enumValue': '"{value}" er ikke en af de mulige værdier: {allowed}.',
  'import.error.unknownReference': 'Kender ikke "{value}" i organisationen.',
  'import.error.phaseChange':
    'Projektet er i en anden fase; importen flytter ikke projekter mellem faser. Brug fasegangen på porteføljetavlen.',
  'import.error.programmeArchived': 'Programmet er arkiveret og tager ikke nye projekter.',
  'import.warning.sharedDataSource': 'Datakilden er fælles og ejes af en anden; den ændres ikke af importen.',
  'import.error.ambiguousReference':
    'Flere i organisationen hedder "{value}"; giv dem forskellige navne, før de importeres.',
  'import.error.duplicateLink': 'Samme forbindelse som række {row}.',
  'import.warning.sharedSystem':
    'Katalogsystemet er fælles og ejes af en anden; beskrivelse og leverandør ændres ikke af importen.',
  'import.warning.keptAsAttribute':
    '"{value}" har ingen plads i Overblik; gemt som KITOS-oplysning, feltet er uændret.',
  'import.warning.economyKept':
    'Kontrakten har flere økonomilinjer af denne slags; de bevares, og KITOS-beløbet sættes ikke.',
  'import.warning.usageNotFound':
    'Systemet "{name}" anvendes ikke i organisationen; kontrakten dækker det ikke.',
  'import.warning.providerNotFound': 'Systemet "{name}" findes ikke i kataloget; ingen udstiller sat.',
  'import.warning.sharedInterface': 'Snitfladen er fælles og ejes af en anden; den ændres ikke af importen.',
  'import.warning.ownerRecorded':
    'Systemejeren {name} er ikke medlem af organisationen; registreret som person uden konto.',
  'import.warning.alreadyMember':
    'Personen er allerede medlem af organisationen; medlemskab og roller ændres ikke af importen.',
  'field.controlCharacters': 'Må ikke indeholde kontroltegn (fx NUL).',
  'field.required': 'Skal udfyldes.',
  'field.tooShort': 'Skal være mindst {min} tegn.',
  'field.tooLong': 'Må højst være {max} tegn.',
  'field.min': 'Skal være mindst {min}.',
  'field.max': 'Må højst være {max}.',
  'field.integer': 'Skal være et helt tal.',
  'field.invalid': 'Ugyldig værdi.',
  'field.email': 'Skal være en gyldig e-mailadresse.',
  'field.url': 'Skal være en webadresse, der begynder med http:// eller https://.',
  'field.dateOrder': 'Slutdatoen skal ligge efter startdatoen.',
  'field.unknownReference': '{entity} findes ikke i din organisation.',
  'field.registerFamilyWithoutDataType': 'Vælg mindst én datatype, når du angiver en registerfamilie.',
  'field.copyOfSelf': 'En datakilde kan ikke være en kopi af sig selv.',
  'field.switchToSameSource': 'Vælg en anden datakilde end den, der bruges nu.',
  'field.integrationToItself': 'En integration skal gå til et andet system.',
  'field.cvr': 'Skal være et gyldigt CVR-nummer på 8 cifre.',
  'field.handOverToSelf': 'Vælg en anden kollega end den, der overdrager.',
  'field.phone': 'Skal være et telefonnummer: cifre, evt. med +, mellemrum, bindestreg og parentes.',
  'field.tokenExpiry': 'Udløbet skal ligge i fremtiden og højst et år frem.',
  'field.parentCycle':
    'En kontrakt kan ikke være overordnet for sig selv eller for en af sine egne underkontrakter.',
  'field.successorCycle':
    'En kontrakt kan ikke afløses af sig selv eller af en kontrakt, den selv har afløst.',
  'field.dependsOnSelf': 'Et projekt kan ikke afhænge af sig selv.',
  'field.dependencyCycle':
    'Afhængigheden ville give en løkke: det valgte projekt afhænger allerede (direkte eller gennem andre) af dette projekt.',
  'field.unitParentCycle': 'En enhed kan ikke ligge under sig selv eller under en af sine egne underenheder.',
  'field.systemParentCycle':
    'Et system kan ikke være overordnet for sig selv eller for et af sine egne delsystemer.',
  'field.sharedSystemLocalParent':
    'Et fælles katalogsystem kan ikke ligge under et lokalt system, som andre organisationer ikke kan se.',
  'field.duplicateDate': 'Hver dato må kun forekomme én gang.',
  'field.targetMustBeBelow': 'Målet skal ligge under baseline, når værdien skal falde.',
  'field.targetMustBeAbove': 'Målet skal ligge over baseline, når værdien skal stige.',
  'field.cashableNotEconomic': 'Kun økonomiske gevinster (kr. eller årsværk) kan hjemtages i budgettet.',
  'field.notInFuture': 'Datoen må ikke ligge i fremtiden.',
  'error.portfolio.artefactsMissing': 'Projektet kan ikke passere fasen: der mangler {artefacts}.',
  'error.portfolio.notNextPhase': 'Projektet kan kun gå til næste fase eller én fase tilbage.',
  'error.portfolio.heldByDecision':
    'Projektet er sat på pause, afvist eller stoppet af styregruppen og kan ikke passere en fase.',
  'error.portfolio.invalidTransition': 'Indstillingen kan ikke få denne afgørelse i sin nuværende status.',
  'error.portfolio.notApproved': 'Der kan først udpeges en projektleder, når indstillingen er godkendt.',
  'error.portfolio.noNeighbour': 'Nabo-projekterne findes ikke længere. Hent listen igen.',
  'error.portfolio.lifecycleTransition':
    'Projektet kan ikke få denne afgørelse i sin nuværende status. Kun et aktivt projekt kan sættes i bero, kun et projekt i bero kan genoptages, og et lukket projekt kan ikke stoppes.',
  'error.portfolio.notDeletable':
    'Projektet kan kun slettes, mens det er en idé eller efter et afslag. Et projekt, der er i gang, kan stoppes af styregruppen i stedet.',
  'field.artefactMissing': 'Mangler: {artefacts}.',
  'field.categoryTaken': 'Der findes allerede en kategori med det navn i dimensionen.',
  'field.onePerDimension': 'Vælg højst én kategori i hver dimension.',
  'field.mapNodeOrder': 'Et element kan kun bidrage til et senere led: leverance → mål → gevinst → formål.',
  'error.benefit.mapNodeHasContributors':
    '{count} element(er) bidrager til dette element. Flyt eller slet dem først – intet er slettet.',
  'field.capabilityCycle':
    'En kapabilitet kan ikke placeres under sig selv eller en af sine underkapabiliteter.',
  'field.capabilityArchivedParent': 'Den overordnede kapabilitet er arkiveret. Vælg en aktiv.',
  'field.programmeArchived': 'Programmet er arkiveret og tager ikke nye projekter. Vælg et aktivt program.',
  'error.capability.activeChildren':
    'Kapabiliteten har aktive underkapabiliteter. Arkivér eller flyt dem først – intet er ændret.',
  'error.overlap.notOpen': 'Overlappet er ikke (længere) åbent. Hent listen igen – intet er gemt.',
  'error.overlap.alreadyReopened': 'Accepten er allerede genåbnet – intet er ændret.',
  'field.wrongPassword': 'Den nuværende adgangskode er forkert.',
  'error.token.invalid': 'Linket er ugyldigt. Bed om et nyt.',
  'error.token.used': 'Linket er allerede brugt. Bed om et nyt, hvis du stadig har brug for det.',
  'error.token.expired': 'Linket er udløbet. Bed om et nyt.',
  'error.conflict.alreadyMember': 'Personen med e-mailen {email} er allerede medlem af organisationen.',
  'error.conflict.deactivated': 'Personen er deaktiveret. Genaktivér i stedet for at invitere igen.',
  'error.supplier.duplicateCvr': 'Leverandøren {name} har allerede CVR-nummer {cvr}. Brug den i stedet.',
  'error.supplier.duplicateName': 'Der findes allerede en leverandør med navnet {name}. Brug den i stedet.',
  'field.emailDomain': 'Skal være et e-maildomæne som norddal.dk (uden @ og https://).',
  'field.duplicateMapping': 'Værdien giver allerede denne rolle.',
  'field.httpsUrl': 'Skal være en https://-adresse (http:// kun til en udbyder på samme maskine).',
  'error.secretKeyMissing':
    'Installationen har ingen nøgle til hemmeligheder (OVERBLIK_SECRET_KEY). Bed driften om at sætte den – intet er gemt.',
  'error.sso.passwordsOff':
    'Organisationen bruger log-in med {provider}. Brug knappen "Log ind med {provider}".',
  'error.sso.discoveryFailed':
    'Kunne ikke læse udbyderens OpenID-konfiguration på {issuer}/.well-known/openid-configuration. Tjek adressen.',
  'error.kitos.notConfigured':
    'Forbindelsen til KITOS er ikke sat op endnu. Udfyld den under Administration → KITOS.',
  'error.kitos.badCredentials':
    'KITOS afviste API-brugerens e-mail eller adgangskode. Ret dem under Administration → KITOS – intet er ændret.',
  'error.kitos.unreachable': 'KITOS kunne ikke nås. Tjek adressen, eller prøv igen senere – intet er ændret.',
  'error.kitos.timeout':
    'KITOS svarede ikke inden for {seconds} sekunder. Prøv igen senere – intet er ændret.',
  'error.kitos.serverError': 'KITOS svarede med en fejl (HTTP {status}). Prøv igen senere – intet er ændret.',
  'error.kitos.badResponse': 'KITOS svarede med noget, Overblik ikke kan læse. Intet er ændret.',
  'field.kitos.credentialsRequired': 'Udfyld API-brugerens e-mail og adgangskode første gang.',
  'error.sso.lastProviderWhilePasswordsOff':
    'Adgangskoder er slået fra, og dette er organisationens sidste aktive identitetsudbyder. Slå adgangskoder til først – intet er ændret.',
  'error.sso.cannotSwitchPasswordsOff':
    'Adgangskoder kan først slås fra, når en identitetsudbyder er slået til, og nogen har logget ind med den.',
  'error.supplier.inUse':
    'Leverandøren er angivet på systemer, datakilder eller kontrakter og kan ikke slettes. Vælg en anden leverandør på dem først.',
  'saml.metadata.notXml':
    'Filen er ikke gyldig XML. Upload identitetsudbyderens metadata-fil (.xml) uændret.',
  'saml.metadata.tooLarge': 'Metadata må højst fylde {max} KB.',
  'saml.metadata.notMetadata': 'Filen er XML, men ikke SAML 2.0-metadata (EntityDescriptor).',
  'saml.metadata.noIdentityProvider': 'Metadata beskriver ingen identitetsudbyder (IDPSSODescriptor).',
  'saml.metadata.manyIdentityProviders':
    'Filen beskriver flere identitetsudbydere. Upload metadata for den ene, I vil bruge.',
  'saml.metadata.noEntityId': 'Metadata mangler identitetsudbyderens entityID.',
  'saml.metadata.noRedirectBinding':
    'Metadata har ingen SingleSignOnService med HTTP-Redirect-binding, som Overblik sender login-forespørgsler til.',
  'saml.metadata.ssoUrlNotHttps': 'Identitetsudbyderens login-adresse skal være en https-adresse.',
  'saml.metadata.noSigningCertificate':
    'Metadata har intet signeringscertifikat, så Overblik kan ikke kontrollere identitetsudbyderens signatur.',
  'saml.metadata.badCertificate': 'Et certifikat i metadata kan ikke læses (X509Certificate).',
  'saml.metadata.certificateExpired':
    'Alle identitetsudbyderens signeringscertifikater er udløbet. Hent ny metadata.',
  'error.restore.formatVersion':
    'Filen har eksportformat version {found}; Overblik kan kun gendanne version {expected}. Eksportér igen fra en installation med samme version.',
  'error.restore.invalid':
    'Filen er ikke en gyldig Overblik-eksport ({where}: {problem}). Intet er gendannet.',
  'error.restore.notJson': 'Filen kan ikke læses som JSON. Vælg den .json-fil, Overblik har eksporteret.',
  'error.restore.duplicateId': 'Filen har id {id} to gange og er ikke gyldig. Intet er gendannet.',
  'error.restore.unknownReference':
    'Filen er ikke gyldig: {table}.{column} henviser til {id}, som filen ikke indeholder. Intet er gendannet.',
  'error.restore.slugTaken': 'Der findes allerede en organisation med adressen "{slug}". Vælg en anden.',
  'error.restore.slugInvalid':
    'Adressen "{slug}" kan ikke bruges: brug små bogstaver a–z, tal og bindestreger, fx "norddal-kommune".',
} as const;

export type MessageKey = keyof typeof da;

const en: Record<MessageKey, string> = {
  'error.notFound': 'Could not find {entity}, or you do not have access to {it}.',
  'error.forbidden': 'Your role does not allow this action.',
  'error.unauthenticated': 'You must sign in.',
  'error.badCredentials': 'Wrong e-mail or password.',
  'error.staleVersion':
    '{entity} was changed by someone else after you loaded {it}. Reload {it} and repeat your change – nothing was saved.',
  'error.validation': 'Some fields are not filled in correctly. Nothing was saved.',
  'error.conflict.duplicate': '{entity} cannot be saved: {field} is already used by another.',
  'error.conflict.inUse': '{entity} is in use and cannot be deleted.',
  'error.conflict.interfaceInUse':
    '{entity} is used by one or more integrations and cannot be deleted. Choose another interface on those integrations first.',
  'error.conflict.lastAdministrator': 'The organisation must keep at least one administrator.',
  'error.organisationRequired': 'Choose an organisation.',
  'error.internal': 'An unexpected error occurred. Please try again.',
  'error.databaseBusy': 'The database is busy right now. Try again in {seconds} seconds.',
  'error.databaseUnavailable': 'The database cannot be reached right now. Try again in {seconds} seconds.',
  'error.shuttingDown': 'The server is restarting. Try again in a moment.',
  'error.badJson': 'The request could not be read: it must be valid JSON.',
  'error.idempotency.invalidKey':
    'Idempotency-Key must be 1-255 visible characters without spaces. Nothing was saved.',
  'error.idempotency.reused':
    'This Idempotency-Key was already used for a different change. Send the change with a new key – nothing was saved.',
  'error.idempotency.inUse':
    'The same change is still in progress. Try again in a moment – nothing is saved twice.',
  'error.rateLimited': 'Too many requests in a short time. Try again in {seconds} seconds.',
  'error.tooManyAttempts':
    'Too many failed sign-in attempts for this account. Try again in {minutes} minutes.',
  'error.apiToken.invalid': 'The API token is invalid, expired or revoked.',
  'history.apiTokenAuthor': 'API token {name}',
  'error.limit.depth': 'The query is nested too deeply: at most {limit} levels.',
  'error.limit.aliases': 'The query uses too many aliases: at most {limit}.',
  'error.limit.cost': 'The query asks for too much at once: at most {limit} points. Split it up.',
  'error.limit.directives': 'The query has too many directives: at most {limit}.',
  'error.limit.tokens': 'The query is too long: at most {limit} tokens.',
  'error.bodyTooLarge': 'The request is too large (at most 1 MB).',
  'error.conflict.unique': 'Cannot be saved: {field} is already used by another. Nothing was saved.',
  'error.importPathOnly': 'This address takes imports only (importKitos).',
  'import.file.empty':
    'The file is empty: it needs a header row and at least one row of data. Nothing was imported.',
  'import.file.tooLarge': 'The file is too large: at most {maxMb} MB. Nothing was imported.',
  'import.file.wrongType':
    'The file is neither an Excel workbook (.xlsx) nor a CSV file. Nothing was imported.',
  'import.file.corrupt':
    'The file cannot be read: it is damaged or not a valid .xlsx file. Nothing was imported.',
  'import.file.tooManyRows': 'The file has too many rows: at most {max}. Split it up. Nothing was imported.',
  'import.file.unknownKind':
    'The headers do not look like a KITOS export: expected e.g. "IT System" (IT system usages), "IT Kontrakt" (contracts), "Snitflade" and "Udstillet af" (interfaces), "Navn" and "Overordnet enhed" (organisation units) or "Fornavn", "Efternavn" and "Email" (users), or one of Overblik\'s templates (e.g. "Data source" and "Data source kind"). Nothing was imported.',
  'import.file.missingColumns': 'The file has no column for {fields}. Nothing was imported.',
  'import.file.base64': 'The file did not arrive whole (base64 expected). Try again.',
  'import.file.otherKind': 'The file is {found}, not {expected}. Nothing was imported.',
  'import.error.formula': 'The cell holds a formula; write the value instead.',
  'import.error.cellError': 'The cell holds an Excel error.',
  'import.error.controlCharacters': 'The cell holds control characters.',
  'import.error.tooLong': 'The cell may hold at most {max} characters.',
  'import.error.required': 'Required.',
  'import.error.boolean': '"{value}" is neither Ja nor Nej.',
  'import.error.date': '"{value}" is not a date (use dd-mm-yyyy).',
  'import.error.number': '"{value}" is not a number.',
  'import.error.uuid': '"{value}" is not a UUID.',
  'import.error.lifecycle':
    'Unknown lifecycle "{value}": use Ikke angivet, Under afprøvning, Under indfasning, I drift, Under udfasning or Ikke i drift.',
  'import.error.duplicateUuid': 'Same KITOS UUID as row {row}.',
  'import.error.duplicateName': 'Same name as row {row}.',
  'import.error.cycle': 'The parent unit would make the hierarchy circular.',
  'import.error.unknownParent': 'Unknown parent unit "{value}".',
  'import.error.dateOrder': 'The end date is before the start date.',
  'import.warning.personNotMember':
    'The person {name} is not a member of the organisation; kept as a KITOS attribute.',
  'import.warning.contractNotFound': 'Contract "{name}" does not exist; not linked.',
  'import.warning.systemNotFound': 'System "{name}" does not exist; no integration created.',
  'import.warning.supplierOnSharedEntry':
    'The supplier is not set: the catalogue entry is shared and owned by someone else.',
  'import.error.duration': '"{value}" is not a duration (e.g. "Løbende", "3 år" or "2 år og 6 måneder").',
  'import.error.option': '"{value}" is not an option (e.g. "2 x 1 år" or "1 x ½ år").',
  'import.error.duplicateId': 'Same KITOS id as row {row}.',
  'import.error.duplicateEmail': 'Same e-mail address as row {row}.',
  'import.error.startDate':
    'A new contract needs a start date (Gyldig fra / Indgået); Overblik cannot store it without one.',
  'import.error.dataType':
    'Unknown data type "{value}": use Person, Virksomhed, Sag, Dokument, Organisation, Klassifikation, Ejendom, GIS or Andet.',
  'import.error.email': '"{value}" is not a valid e-mail address.',
  'import.error.enumValue': '"{value}" is not one of the allowed values: {allowed}.',
  'import.error.unknownReference': 'Unknown in the organisation: "{value}".',
  'import.error.phaseChange':
    'The project is in another phase; the import does not move projects between phases. Use the gate on the portfolio board.',
  'import.error.programmeArchived': 'The programme is archived and takes no new projects.',
  'import.warning.sharedDataSource':
    'The data source is shared and owned by someone else; the import does not change it.',
  'import.error.ambiguousReference':
    'More than one in the organisation is called "{value}"; give them different names before importing.',
  'import.error.duplicateLink': 'The same link as row {row}.',
  'import.warning.sharedSystem':
    'The catalogue system is shared and owned by someone else; the import does not change its description or supplier.',
  'import.warning.keptAsAttribute':
    '"{value}" has no place in Overblik; kept as a KITOS attribute, the field is unchanged.',
  'import.warning.economyKept':
    'The contract has several economy lines of this kind; they stay, and the KITOS amount is not set.',
  'import.warning.usageNotFound':
    'The system "{name}" is not used in the organisation; the contract does not cover it.',
  'import.warning.providerNotFound': 'The system "{name}" is not in the catalogue; no provider set.',
  'import.warning.sharedInterface':
    'The interface is shared and owned by someone else; the import does not change it.',
  'import.warning.ownerRecorded':
    'The system owner {name} is not a member of the organisation; recorded as a person without an account.',
  'import.warning.alreadyMember':
    'The person is already a member of the organisation; the import changes neither membership nor roles.',
  'field.controlCharacters': 'Must not contain control characters (such as NUL).',
  'field.required': 'Required.',
  'field.tooShort': 'Must be at least {min} characters.',
  'field.tooLong': 'Must be at most {max} characters.',
  'field.min': 'Must be at least {min}.',
  'field.max': 'Must be at most {max}.',
  'field.integer': 'Must be a whole number.',
  'field.invalid': 'Invalid value.',
  'field.email': 'Must be a valid e-mail address.',
  'field.url': 'Must be a web address starting with http:// or https://.',
  'field.dateOrder': 'The end date must be after the start date.',
  'field.unknownReference': '{entity} does not exist in your organisation.',
  'field.registerFamilyWithoutDataType': 'Choose at least one data type when you name a register family.',
  'field.copyOfSelf': 'A data source cannot be a copy of itself.',
  'field.switchToSameSource': 'Choose another data source than the one used now.',
  'field.integrationToItself': 'An integration must go to another system.',
  'field.cvr': 'Must be a valid 8-digit CVR number.',
  'field.handOverToSelf': 'Choose another colleague than the one handing over.',
  'field.phone': 'Must be a phone number: digits, optionally with +, spaces, hyphens and brackets.',
  'field.tokenExpiry': 'The expiry must be in the future and at most one year ahead.',
  'field.parentCycle': 'A contract cannot be the parent of itself or of one of its own sub-contracts.',
  'field.successorCycle': 'A contract cannot be replaced by itself or by a contract it has replaced.',
  'field.dependsOnSelf': 'A project cannot depend on itself.',
  'field.dependencyCycle':
    'The dependency would make a loop: the chosen project already depends (directly or through others) on this project.',
  'field.unitParentCycle': 'A unit cannot sit below itself or below one of its own sub-units.',
  'field.systemParentCycle': 'A system cannot be the parent of itself or of one of its own modules.',
  'field.sharedSystemLocalParent':
    'A shared catalogue system cannot sit below a local system that other organisations cannot see.',
  'field.duplicateDate': 'Each date may occur only once.',
  'field.targetMustBeBelow': 'The target must be below the baseline when the value should decrease.',
  'field.targetMustBeAbove': 'The target must be above the baseline when the value should increase.',
  'field.cashableNotEconomic': 'Only economic benefits (kr. or FTE) can be taken out of a budget.',
  'field.notInFuture': 'The date must not be in the future.',
  'error.portfolio.artefactsMissing': 'The project cannot pass the gate: it is missing {artefacts}.',
  'error.portfolio.notNextPhase': 'A project can only move to the next phase or one phase back.',
  'error.portfolio.heldByDecision':
    'The project is paused, rejected or stopped by the steering group and cannot pass a gate.',
  'error.portfolio.invalidTransition': 'The proposal cannot take this decision in its current status.',
  'error.portfolio.notApproved': 'A project lead can only be appointed once the proposal is approved.',
  'error.portfolio.noNeighbour': 'The neighbouring projects no longer exist. Reload the list.',
  'error.portfolio.lifecycleTransition':
    'The project cannot take this decision in its current status. Only an active project can be paused, only a paused project resumed, and a closed project cannot be stopped.',
  'error.portfolio.notDeletable':
    'A project can only be deleted while it is an idea or after it was rejected. The steering group can stop a running project instead.',
  'field.artefactMissing': 'Missing: {artefacts}.',
  'field.categoryTaken': 'A category with that name already exists in the dimension.',
  'field.onePerDimension': 'Choose at most one category in each dimension.',
  'field.mapNodeOrder': 'A node can only contribute to a later step: deliverable → goal → benefit → purpose.',
  'error.benefit.mapNodeHasContributors':
    '{count} node(s) contribute to this node. Move or delete them first – nothing was deleted.',
  'field.capabilityCycle': 'A capability cannot be placed under itself or one of its sub-capabilities.',
  'field.capabilityArchivedParent': 'The parent capability is archived. Choose an active one.',
  'field.programmeArchived':
    'The programme is archived and takes no new projects. Choose an active programme.',
  'error.capability.activeChildren':
    'The capability has active sub-capabilities. Archive or move them first – nothing was changed.',
  'error.overlap.notOpen': 'The overlap is not (or no longer) open. Reload the list – nothing was saved.',
  'error.overlap.alreadyReopened': 'The acceptance has already been reopened – nothing was changed.',
  'field.wrongPassword': 'The current password is wrong.',
  'error.token.invalid': 'The link is not valid. Ask for a new one.',
  'error.token.used': 'The link has already been used. Ask for a new one if you still need it.',
  'error.token.expired': 'The link has expired. Ask for a new one.',
  'error.conflict.alreadyMember':
    'The person with the e-mail {email} is already a member of the organisation.',
  'error.conflict.deactivated': 'The person is deactivated. Reactivate them instead of inviting again.',
  'error.supplier.duplicateCvr': 'The supplier {name} already has CVR number {cvr}. Use it instead.',
  'error.supplier.duplicateName': 'A supplier named {name} already exists. Use it instead.',
  'field.emailDomain': 'Must be an e-mail domain such as norddal.dk (without @ and https://).',
  'field.duplicateMapping': 'This value already grants this role.',
  'field.httpsUrl': 'Must be an https:// address (http:// only for a provider on this machine).',
  'error.secretKeyMissing':
    'The installation has no key for secrets (OVERBLIK_SECRET_KEY). Ask the operators to set it – nothing was saved.',
  'error.sso.passwordsOff':
    'Your organisation signs in with {provider}. Use the "Sign in with {provider}" button.',
  'error.sso.discoveryFailed':
    "Could not read the provider's OpenID configuration at {issuer}/.well-known/openid-configuration. Check the address.",
  'error.kitos.notConfigured':
    'The connection to KITOS is not set up yet. Fill it in under Administration → KITOS.',
  'error.kitos.badCredentials':
    "KITOS refused the API user's e-mail or password. Correct them under Administration → KITOS – nothing was changed.",
  'error.kitos.unreachable':
    'KITOS could not be reached. Check the address, or try again later – nothing was changed.',
  'error.kitos.timeout':
    'KITOS did not answer within {seconds} seconds. Try again later – nothing was changed.',
  'error.kitos.serverError':
    'KITOS answered with an error (HTTP {status}). Try again later – nothing was changed.',
  'error.kitos.badResponse': 'KITOS answered with something Overblik cannot read. Nothing was changed.',
  'field.kitos.credentialsRequired': "Fill in the API user's e-mail and password the first time.",
  'error.sso.lastProviderWhilePasswordsOff':
    "Passwords are off, and this is the organisation's last enabled identity provider. Switch passwords on first – nothing was changed.",
  'error.sso.cannotSwitchPasswordsOff':
    'Passwords can be switched off only once an identity provider is enabled and someone has signed in through it.',
  'error.supplier.inUse':
    'The supplier is named on systems, data sources or contracts and cannot be deleted. Choose another supplier on them first.',
  'saml.metadata.notXml':
    "The file is not valid XML. Upload the identity provider's metadata file (.xml) unchanged.",
  'saml.metadata.tooLarge': 'Metadata may be at most {max} KB.',
  'saml.metadata.notMetadata': 'The file is XML, but not SAML 2.0 metadata (EntityDescriptor).',
  'saml.metadata.noIdentityProvider': 'The metadata describes no identity provider (IDPSSODescriptor).',
  'saml.metadata.manyIdentityProviders':
    'The file describes several identity providers. Upload the metadata of the one you will use.',
  'saml.metadata.noEntityId': "The metadata lacks the identity provider's entityID.",
  'saml.metadata.noRedirectBinding':
    'The metadata has no SingleSignOnService with the HTTP-Redirect binding, where Overblik sends sign-in requests.',
  'saml.metadata.ssoUrlNotHttps': "The identity provider's sign-in address must be an https address.",
  'saml.metadata.noSigningCertificate':
    "The metadata has no signing certificate, so Overblik cannot check the identity provider's signature.",
  'saml.metadata.badCertificate': 'A certificate in the metadata cannot be read (X509Certificate).',
  'saml.metadata.certificateExpired':
    "All the identity provider's signing certificates have expired. Fetch new metadata.",
  'error.restore.formatVersion':
    'The file has export format version {found}; Overblik can only restore version {expected}. Export again from an installation of the same version.',
  'error.restore.invalid':
    'The file is not a valid Overblik export ({where}: {problem}). Nothing was restored.',
  'error.restore.notJson': 'The file cannot be read as JSON. Choose the .json file Overblik exported.',
  'error.restore.duplicateId': 'The file holds id {id} twice and is not valid. Nothing was restored.',
  'error.restore.unknownReference':
    'The file is not valid: {table}.{column} refers to {id}, which the file does not hold. Nothing was restored.',
  'error.restore.slugTaken': 'An organisation with the address "{slug}" already exists. Choose another.',
  'error.restore.slugInvalid':
    'The address "{slug}" cannot be used: use lower-case letters a–z, digits and hyphens, e.g. "norddal-kommune".',
};

const UNNAMED_ENTITY: Record<Locale, string> = { da: 'elementet', en: 'the item' };

/** Entity names used inside messages, per locale. */
const entities: Record<Locale, Record<string, string>> = {
  da: {
    // Models whose unique constraints may answer CONFLICT (format-error.ts names the model).
    BenefitProfilePoint: 'punktet i gevinstprofilen',
    Collaboration: 'samarbejdet',
    CollaborationMember: 'deltageren i samarbejdet',
    ContractCoverage: 'kontraktdækningen',
    ContractOption: 'optionen i kontrakten',
    MaturityStep: 'modenhedstrinnet',
    PhaseDefinition: 'fasen',
    ResourceDemand: 'ressourcebehovet',
    TenderPlanParticipant: 'deltageren i udbudsplanen',
    UsageInfrastructure: 'systemets infrastruktur',
    Organisation: 'organisationen',
    KitosConnection: 'forbindelsen til KITOS',
    KitosSyncConflict: 'konflikten med KITOS',
    Unit: 'enheden',
    Capability: 'kapabiliteten',
    OverlapAcceptance: 'accepten af overlappet',
    SystemUsage: 'systemet',
    ItSystem: 'katalogsystemet',
    DataSource: 'datakilden',
    Interface: 'snitfladen',
    InfrastructureComponent: 'infrastrukturkomponenten',
    Supplier: 'leverandøren',
    ExternalReference: 'referencen',
    LandscapeNode: 'elementet i landskabet',
    ProjectArtefact: 'projektartefakten',
    RequirementCheck: 'kravtjekket',
    SavedView: 'den gemte visning',
    SupplierContact: 'kontaktpersonen',
    SupplierNote: 'noterne',
    Contract: 'kontrakten',
    SignInProvider: 'identitetsudbyderen',
    Invoice: 'fakturaen',
    Notification: 'notifikationen',
    StandardRequirement: 'standardkravet',
    TenderPlan: 'udbudsplanen',
    Project: 'projektet',
    Programme: 'programmet',
    Strategy: 'strategien',
    Benefit: 'gevinsten',
    BenefitMapNode: 'elementet i gevinstkortet',
    Person: 'personen',
    User: 'brugeren',
    Membership: 'medlemskabet',
    Session: 'sessionen',
    ApiToken: 'API-nøglen',
    Integration: 'integrationen',
    UsageDataSource: 'datakildeforbindelsen',
    MaturityAssessment: 'modenhedsvurderingen',
    Proposal: 'indstillingen',
    PortfolioScenario: 'scenariet',
    Criterion: 'kriteriet',
    CriterionScore: 'scoren',
    Category: 'kategorien',
    Competency: 'kompetencen',
    Allocation: 'allokeringen',
    StatusReport: 'statusrapporten',
  },
  en: {
    BenefitProfilePoint: 'the point in the benefit profile',
    Collaboration: 'the collaboration',
    CollaborationMember: 'the collaboration member',
    ContractCoverage: 'the contract coverage',
    ContractOption: 'the contract option',
    MaturityStep: 'the maturity step',
    PhaseDefinition: 'the phase',
    ResourceDemand: 'the resource demand',
    TenderPlanParticipant: 'the tender plan participant',
    UsageInfrastructure: "the system's infrastructure",
    Organisation: 'the organisation',
    KitosConnection: 'the connection to KITOS',
    KitosSyncConflict: 'the conflict with KITOS',
    Unit: 'the unit',
    Capability: 'the capability',
    OverlapAcceptance: 'the overlap acceptance',
    SystemUsage: 'the system',
    ItSystem: 'the catalogue system',
    DataSource: 'the data source',
    Interface: 'the interface',
    InfrastructureComponent: 'the infrastructure component',
    Supplier: 'the supplier',
    ExternalReference: 'the reference',
    LandscapeNode: 'the landscape element',
    ProjectArtefact: 'the project artefact',
    RequirementCheck: 'the requirement check',
    SavedView: 'the saved view',
    SupplierContact: 'the contact',
    SupplierNote: 'the notes',
    Contract: 'the contract',
    SignInProvider: 'the identity provider',
    Invoice: 'the invoice',
    Notification: 'the notification',
    StandardRequirement: 'the standard requirement',
    TenderPlan: 'the tender plan',
    Project: 'the project',
    Programme: 'the programme',
    Strategy: 'the strategy',
    Benefit: 'the benefit',
    BenefitMapNode: 'the benefit map node',
    Person: 'the person',
    User: 'the user',
    Membership: 'the membership',
    Session: 'the session',
    ApiToken: 'the API token',
    Integration: 'the integration',
    UsageDataSource: 'the data-source link',
    MaturityAssessment: 'the maturity assessment',
    Proposal: 'the proposal',
    PortfolioScenario: 'the scenario',
    Criterion: 'the criterion',
    CriterionScore: 'the score',
    Category: 'the category',
    Competency: 'the competency',
    Allocation: 'the allocation',
    StatusReport: 'the status report',
  },
};

/** Project artefact kinds named in gate messages (an `artefacts` parameter lists their codes). */
const artefactNames: Record<Locale, Record<string, string>> = {
  da: {
    IDEA_DESCRIPTION: 'idébeskrivelse',
    BUSINESS_CASE: 'business case',
    BENEFIT_MAP: 'gevinstdiagram',
    RISK_ASSESSMENT: 'risikovurdering',
    RESOURCE_PLAN: 'ressourceplan',
    IMPLEMENTATION_PLAN: 'implementeringsplan',
    BENEFIT_REALISATION_PLAN: 'gevinstrealiseringsplan',
    OPERATIONS_HANDOVER: 'overdragelse til drift',
    CLOSING_REPORT: 'afslutningsrapport',
  },
  en: {
    IDEA_DESCRIPTION: 'idea description',
    BUSINESS_CASE: 'business case',
    BENEFIT_MAP: 'benefit map',
    RISK_ASSESSMENT: 'risk assessment',
    RESOURCE_PLAN: 'resource plan',
    IMPLEMENTATION_PLAN: 'implementation plan',
    BENEFIT_REALISATION_PLAN: 'benefit realisation plan',
    OPERATIONS_HANDOVER: 'handover to operations',
    CLOSING_REPORT: 'closing report',
  },
};

/** "business case, benefit map and risk assessment": comma-separated artefact codes in words. */
const artefactList = (locale: Locale, codes: string) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    codes.split(',').map((code) => artefactNames[locale][code.trim()] ?? code.trim()),
  );

/** Fields named in conflict messages, per locale, in the definite form the messages read. */
const fieldNames: Record<Locale, Record<string, string>> = {
  da: {
    name: 'navnet',
    number: 'nummeret',
    quarter: 'kvartalet',
    dataSourceId: 'datakilden',
    system: 'systemet',
    organisationDefault: 'organisationens standardvisning',
    value: 'værdien',
  },
  en: {
    name: 'the name',
    number: 'the number',
    quarter: 'the quarter',
    dataSourceId: 'the data source',
    system: 'the system',
    organisationDefault: "the organisation's default view",
    value: 'the value',
  },
};

/**
 * The pronoun for an entity named in a message. Danish follows the head noun's definite ending
 * (systemet → det, kontrakten → den, noterne → dem; "den gemte visning" → den); English uses
 * "them" for a plural (the notes) and "it" otherwise.
 */
function pronoun(locale: Locale, name: string): string {
  const words = name.split(' ');
  if (locale === 'en') return words[words.length - 1].endsWith('s') ? 'them' : 'it';
  const head = words[0] === 'den' || words[0] === 'det' ? words[words.length - 1] : words[0];
  if (words[0] === 'det' || (words[0] !== 'den' && head.endsWith('et'))) return 'det';
  if (head.endsWith('ne')) return 'dem';
  return 'den';
}

/** The name of an entity type in messages; a type without a name here is a gap the message test finds. */
export const entityName = (locale: Locale, entity: string): string | undefined => entities[locale][entity];

const catalogues: Record<Locale, Record<MessageKey, string>> = { da, en };

export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale][key] ?? key;
  // An entity without a name is a gap the message test finds; until then a plain noun, never the type.
  const entity =
    params.entity === undefined
      ? undefined
      : (entities[locale][String(params.entity)] ?? UNNAMED_ENTITY[locale]);
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'entity' && entity !== undefined) return entity;
    if (name === 'it' && entity !== undefined) return pronoun(locale, entity);
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    if (name === 'artefacts') return artefactList(locale, String(value));
    return name === 'field' ? (fieldNames[locale][String(value)] ?? String(value)) : String(value);
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Picks the locale: an explicit header or the user's saved choice, else Danish. */
export function pickLocale(header: string | undefined, userLocale?: string | null): Locale {
  const wanted = (header ?? userLocale ?? 'da').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'da';
}
