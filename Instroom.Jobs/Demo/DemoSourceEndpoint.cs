using Instroom.Jobs.Contract;
using System.Security.Cryptography;
using System.Text;
using Instroom.Data.Calendar;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Jobs.Demo;

/// <summary>
/// Answers <c>GET /bronnen/{code}/aanleveringen?peildatum=YYYY-MM-DD</c> as a source would per the contract's
/// transport: 200 with the delivery (JSON, or CSV for the sources that send CSV), 404 while nothing is available for
/// the date yet (future, or late), 401 without the right bearer token, 400 for a bad peildatum.
/// </summary>
public sealed class DemoSourceEndpoint(
    DemoLandscapeCache landscape,
    DeliverySimulator simulator,
    IClock clock,
    IOptions<DemoSourceOptions> options)
{
    public async Task<IResult> HandleAsync(string code, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsAuthorised(request))
        {
            return Results.Text("Ontbrekend of onjuist token.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var text = request.Query["peildatum"].ToString();
        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || text.Length != 10)
        {
            return Results.Text("Peildatum ontbreekt of is geen datum (JJJJ-MM-DD).", statusCode: StatusCodes.Status400BadRequest);
        }

        var peildatum = parsed.Value;
        var now = clock.GetCurrentInstant();
        if (peildatum >= clock.Today())
        {
            return NothingYet();
        }

        var source = (await landscape.GetAsync(cancellationToken)).SourceOn(code, peildatum);
        if (source is null)
        {
            return NothingYet();
        }

        var version = simulator.BehaviourOf(code, peildatum).VersionAt(now);
        if (version is null)
        {
            return NothingYet();
        }

        var delivery = simulator.Simulate(source, peildatum, version.Value);
        return DeliverySimulator.FormatOf(code) == DeliveryFormat.Csv
            ? Results.Bytes(delivery.ToCsv(), "text/csv; charset=utf-8")
            : Results.Bytes(delivery.ToJson(), "application/json; charset=utf-8");
    }

    private static IResult NothingYet() =>
        Results.Text("Nog geen aanlevering voor deze peildatum.", statusCode: StatusCodes.Status404NotFound);

    private bool IsAuthorised(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.Ordinal))
        {
            return false;
        }

        // Constant-time, as a real source should compare secrets, even though this token is a demo value.
        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(header[scheme.Length..]), Encoding.UTF8.GetBytes(options.Value.Token));
    }
}
