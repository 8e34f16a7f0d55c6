using Instroom.Data.Calendar;
using Instroom.Data.Text;
using NodaTime;

namespace Instroom.Jobs.Sources;

/// <summary>
/// "Verbinding testen": one real request through the same connector and HttpClient as the nightly pull (for the
/// previous day's peildatum), or a look at the landing folder; the answer is a Dutch sentence without the token.
/// Nothing is imported.
/// </summary>
public sealed class SourceConnectionCheck(HttpSourceConnector http, SourceTokens tokens, IClock clock)
{
    public async Task<SourceCheckResult> CheckAsync(SourceConnection source, CancellationToken cancellationToken = default)
    {
        if (source.Connector == SourceConnectors.Folder)
        {
            return CheckFolder(source);
        }

        if (source.Connector != SourceConnectors.Http)
        {
            return new(false, "Deze bron heeft nog geen koppeling om te testen.");
        }

        var referenceDate = clock.Today().PlusDays(-1);
        var result = await http.FetchAsync(source, referenceDate, cancellationToken);
        var date = DutchFormat.Date(referenceDate);
        return result switch
        {
            FetchResult.Delivered delivered => new(true,
                $"Verbinding gelukt: de bron leverde {delivered.Payload.Length.ToString("N0", DutchFormat.Culture)} bytes voor peildatum {date}. Er is niets geïmporteerd."),
            FetchResult.NotYetAvailable => new(true,
                $"Verbinding gelukt: de bron antwoordt, maar heeft nog geen aanlevering voor peildatum {date} (HTTP 404)."),
            FetchResult.TransportFailed failed => new(false, "Verbinding mislukt: " + WithoutToken(failed.Reason, source)),
            _ => new(false, "Verbinding mislukt: onbekend antwoord."),
        };
    }

    private static SourceCheckResult CheckFolder(SourceConnection source)
    {
        if (string.IsNullOrWhiteSpace(source.FolderPath) || !Directory.Exists(source.FolderPath))
        {
            return new(false, $"De map {source.FolderPath ?? "(leeg)"} bestaat niet of is niet leesbaar voor Instroom.");
        }

        try
        {
            var waiting = FolderSourceConnector.PendingFiles(source).Count;
            return new(true, waiting == 0
                ? "De map bestaat en is leesbaar; er staan nu geen bestanden klaar."
                : $"De map bestaat en is leesbaar; er {(waiting == 1 ? "staat 1 bestand" : $"staan {waiting} bestanden")} klaar voor de volgende ophaalronde.");
        }
        catch (UnauthorizedAccessException)
        {
            return new(false, $"Instroom mag de map {source.FolderPath} niet lezen.");
        }
    }

    /// <summary>Belt and braces: no message from a server or socket may carry the token back to a page.</summary>
    private string WithoutToken(string reason, SourceConnection source) =>
        tokens.For(source) is { Length: > 0 } token ? reason.Replace(token, "***", StringComparison.Ordinal) : reason;
}

public sealed record SourceCheckResult(bool Succeeded, string Message);
