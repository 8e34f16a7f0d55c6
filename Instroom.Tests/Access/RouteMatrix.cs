namespace Instroom.Tests.Access;

/// <summary>
/// What each caller gets from each route: the explicit expectation table of <see cref="RouteMatrixTests"/>. Every
/// route the application maps has an entry (the key is the HTTP method and route pattern, "*" for any method); each
/// entry has one or more requests, each with the outcome for Beheerder, Inspectie, Ketenpartner of region A (JZ29
/// Rijnmond), Accounthouder of gemeente G (GM0599 Rotterdam, in A) and an anonymous caller, in that order.
/// Outcomes: ok (served; a validation answer such as 400 or 422 also counts, the request got through), 404 (the same
/// page as a missing one), 403 (signed in, role may not open the page), signin (sent to the sign-in page), 401 (the
/// sign-in form refused), 405.
/// </summary>
public static class RouteMatrix
{
    /// <summary>Placeholders filled per run: a toezicht period that exists.</summary>
    public const string PeriodId = "{periode}";

    public static readonly IReadOnlyList<RouteExpectation> Routes =
    [
        new("GET /",
            ("/", "ok ok ok ok signin"),
            ("/?niveau=toezichtregio&sorteer=regio&richting=oplopend", "ok ok ok ok signin")),
        new("GET /export/overzicht.{format}",
            ("/export/overzicht.csv", "ok ok ok ok signin"),
            ("/export/overzicht.xlsx?niveau=toezichtregio", "ok ok ok ok signin")),
        new("GET /regios",
            ("/regios", "ok ok ok ok signin")),
        new("GET /regios/{code}",
            ("/regios/JZ29", "ok ok ok 404 signin"),
            ("/regios/TR10", "ok ok ok 404 signin"),
            ("/regios/JZ31", "ok ok 404 404 signin"),
            ("/regios/jz31", "ok ok 404 404 signin"),
            ("/regios/TR11", "ok ok 404 404 signin"),
            ("/regios/TR08", "ok ok 404 404 signin"),
            ("/regios/GM0505", "404 404 404 404 signin"),
            ("/regios/JZ99", "404 404 404 404 signin")),
        new("GET /regios/{code}/export.{format}",
            ("/regios/JZ29/export.csv", "ok ok ok 404 signin"),
            ("/regios/JZ31/export.csv", "ok ok 404 404 signin"),
            ("/regios/JZ31/export.xlsx", "ok ok 404 404 signin"),
            ("/regios/TR11/export.xlsx", "ok ok 404 404 signin")),
        new("GET /trends",
            ("/trends", "ok ok ok ok signin"),
            ("/trends?gebied=NL", "ok ok ok ok signin"),
            ("/trends?gebied=GM0599", "ok ok ok ok signin"),
            ("/trends?gebied=GM0489", "ok ok ok 404 signin"),
            ("/trends?gebied=JZ29&periode=13", "ok ok ok 404 signin"),
            ("/trends?gebied=TR10", "ok ok ok 404 signin"),
            ("/trends?gebied=GM0505", "ok ok 404 404 signin"),
            ("/trends?gebied=gm0505", "ok ok 404 404 signin"),
            ("/trends?gebied=JZ31&indicator=instroomlijst", "ok ok 404 404 signin"),
            ("/trends?gebied=TR11", "ok ok 404 404 signin"),
            ("/trends?indicator=JZ31", "ok ok 404 404 signin")),
        new("GET /trends/gegevens",
            ("/trends/gegevens?gebied=GM0599", "ok ok ok ok signin"),
            ("/trends/gegevens?gebied=JZ29", "ok ok ok 404 signin"),
            ("/trends/gegevens?gebied=GM0505", "ok ok 404 404 signin"),
            ("/trends/gegevens?gebied=JZ31", "ok ok 404 404 signin")),
        new("GET /trends/download.{format}",
            ("/trends/download.csv?gebied=GM0599", "ok ok ok ok signin"),
            ("/trends/download.xlsx?gebied=JZ29", "ok ok ok 404 signin"),
            ("/trends/download.csv?gebied=GM0505", "ok ok 404 404 signin"),
            ("/trends/download.xlsx?gebied=TR11", "ok ok 404 404 signin")),
        new("GET /indicatoren",
            ("/indicatoren", "ok ok ok ok signin")),
        new("GET /inspectie",
            ("/inspectie", "ok ok 403 403 signin"),
            ("/inspectie?niveau=jeugdregio&gestart=JZ31", "ok ok 403 403 signin")),
        new("POST /inspectie/toezicht/starten",
            ("/inspectie/toezicht/starten", "ok ok 403 403 signin")),
        new("POST /inspectie/toezicht/{id:int}/beeindigen",
            ($"/inspectie/toezicht/{PeriodId}/beeindigen", "ok ok 403 403 signin")),
        new("GET /aanleveringen",
            ("/aanleveringen", "ok ok 403 403 signin")),
        new("GET /aanleveringen/download.{format}",
            ("/aanleveringen/download.csv", "ok ok 403 403 signin")),
        new("GET /aanleveringen/{code}",
            ("/aanleveringen/GI-JBRR", "ok ok 403 403 signin"),
            ("/aanleveringen/RAAD", "ok ok 403 403 signin")),
        new("GET /aanleveringen/quarantaine/{id:int}",
            // Nothing is quarantined in this world: the Beheerder gets the app's own 404, the others are refused first.
            ("/aanleveringen/quarantaine/1", "404 403 403 403 signin")),
        new("GET /aanleveringen/quarantaine/{id:int}/inhoud",
            ("/aanleveringen/quarantaine/1/inhoud", "404 403 403 403 signin")),
        new("POST /aanleveringen/{code}/ophalen",
            ("/aanleveringen/GI-NIET/ophalen", "404 403 403 403 signin")),
        new("GET /beheer",
            ("/beheer", "ok 403 403 403 signin")),
        // Administration: Beheerder only; empty forms come back with their validation messages. A user id that does
        // not exist keeps the test's own accounts untouched.
        new("GET /beheer/bronnen/{code}",
            ("/beheer/bronnen/GI-JBRR", "ok 403 403 403 signin")),
        new("POST /beheer/bronnen/{code}",
            ("/beheer/bronnen/GI-JBRR", "ok 403 403 403 signin")),
        new("POST /beheer/bronnen/{code}/testen",
            ("/beheer/bronnen/GI-JBRR/testen", "ok 403 403 403 signin")),
        new("GET /beheer/statusregels/{code}",
            ("/beheer/statusregels/instroomlijst-wachttijd", "ok 403 403 403 signin")),
        new("POST /beheer/statusregels/{code}/voorbeeld",
            ("/beheer/statusregels/instroomlijst-wachttijd/voorbeeld", "ok 403 403 403 signin")),
        new("POST /beheer/statusregels/{code}",
            ("/beheer/statusregels/instroomlijst-wachttijd", "ok 403 403 403 signin")),
        new("GET /beheer/gebruikers",
            ("/beheer/gebruikers", "ok 403 403 403 signin")),
        new("GET /beheer/gebruikers/nieuw",
            ("/beheer/gebruikers/nieuw", "ok 403 403 403 signin")),
        new("POST /beheer/gebruikers/nieuw",
            ("/beheer/gebruikers/nieuw", "ok 403 403 403 signin")),
        new("GET /beheer/gebruikers/{id:int}",
            ("/beheer/gebruikers/999999", "404 403 403 403 signin")),
        new("POST /beheer/gebruikers/{id:int}/rollen",
            ("/beheer/gebruikers/999999/rollen", "404 403 403 403 signin")),
        new("POST /beheer/gebruikers/{id:int}/wachtwoord",
            ("/beheer/gebruikers/999999/wachtwoord", "404 403 403 403 signin")),
        new("POST /beheer/gebruikers/{id:int}/uitschakelen",
            ("/beheer/gebruikers/999999/uitschakelen", "404 403 403 403 signin")),
        new("POST /beheer/gebruikers/{id:int}/inschakelen",
            ("/beheer/gebruikers/999999/inschakelen", "404 403 403 403 signin")),
        new("POST /beheer/gebruikers/{id:int}/ontgrendelen",
            ("/beheer/gebruikers/999999/ontgrendelen", "404 403 403 403 signin")),
        // The audit trail: Beheerder and Inspectie read it.
        new("GET /beheer/logboek",
            ("/beheer/logboek", "ok ok 403 403 signin")),
        new("GET /beheer/logboek/export",
            ("/beheer/logboek/export", "ok ok 403 403 signin")),
        new("GET /toegankelijkheid",
            ("/toegankelijkheid", "ok ok ok ok ok")),
        new("* /fout",
            ("/fout", "ok ok ok ok ok")),
        new("* /fout/{statusCode:int}",
            ("/fout/404", "404 404 404 404 404")),
        new("* /health",
            ("/health", "ok ok ok ok ok")),
        new("GET /aanmelden",
            ("/aanmelden", "ok ok ok ok ok")),
        new("POST /aanmelden",
            // No name or password: the form comes back, with 401, for anybody.
            ("/aanmelden", "401 401 401 401 401")),
        new("GET /aanmelden/extern",
            // OpenID Connect is not configured in the tests: there is nothing to go to.
            ("/aanmelden/extern", "404 404 404 404 404")),
        new("GET /afmelden",
            ("/afmelden", "ok ok ok ok signin")),
        new("POST /afmelden",
            // Signing out leads to the sign-in page; each caller signs out in a session of their own (see the test).
            ("/afmelden", "signin signin signin signin signin")),
        new("GET /wachtwoord-wijzigen",
            ("/wachtwoord-wijzigen", "ok ok ok ok signin")),
        new("POST /wachtwoord-wijzigen",
            ("/wachtwoord-wijzigen", "ok ok ok ok signin")),
        new("* /hangfire/{**path}",
            ("/hangfire", "ok 403 403 403 signin"),
            ("/hangfire/jobs/enqueued", "ok 403 403 403 signin")),
    ];
}

/// <summary>One route of the matrix and the requests made to it.</summary>
public sealed record RouteExpectation(string Key, IReadOnlyList<(string Path, string Outcomes)> Requests)
{
    public RouteExpectation(string key, params (string Path, string Outcomes)[] requests)
        : this(key, (IReadOnlyList<(string, string)>)requests)
    {
    }

    public string Method => Key[..Key.IndexOf(' ', StringComparison.Ordinal)];

    public override string ToString() => Key;
}
