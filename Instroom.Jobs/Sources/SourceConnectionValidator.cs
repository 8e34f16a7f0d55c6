using System.Net;
using Instroom.Jobs.Scheduling;
using NodaTime.Text;

namespace Instroom.Jobs.Sources;

/// <summary>Checks connection settings before they are stored; each error names its field and is a Dutch sentence.</summary>
public static class SourceConnectionValidator
{
    public const int MinTimeoutSeconds = 1;
    public const int MaxTimeoutSeconds = 600;
    public const int MinBodyBytes = 1024;

    /// <summary>100 MiB: far above any delivery the contract allows, low enough to keep a runaway response out of memory.</summary>
    public const int MaxBodyBytes = 100 * 1024 * 1024;

    public const int MaxTextLength = 400;

    public static IReadOnlyList<SourceFieldError> Validate(SourceConnectionSettings settings)
    {
        var errors = new List<SourceFieldError>();
        if (settings.Connector == SourceConnectors.Http)
        {
            ValidateAddress(settings.BaseUrl, errors);
        }
        else if (settings.Connector == SourceConnectors.Folder)
        {
            if (string.IsNullOrWhiteSpace(settings.FolderPath))
            {
                errors.Add(new(SourceField.FolderPath, "Vul de map in waar de bron haar bestanden neerzet."));
            }
            else if (!Path.IsPathFullyQualified(settings.FolderPath) || settings.FolderPath.Length > MaxTextLength)
            {
                errors.Add(new(SourceField.FolderPath, $"De map moet een volledig pad zijn (bijvoorbeeld /srv/instroom/bronnen/GI-JBN) van hoogstens {MaxTextLength} tekens."));
            }
        }
        else
        {
            errors.Add(new(SourceField.Connector, "Kies een koppeling: http of map."));
        }

        var time = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(settings.PullTimeLocal ?? "");
        if (!time.Success)
        {
            errors.Add(new(SourceField.PullTime, "Vul de ophaaltijd in als uu:mm, bijvoorbeeld 04:30."));
        }
        else if (ScheduleOptions.IsInDaylightSavingGap(time.Value))
        {
            errors.Add(new(SourceField.PullTime,
                "Kies een ophaaltijd buiten 02:00–03:00: dat uur bestaat in maart niet en komt in oktober twee keer voor."));
        }

        if (settings.TimeoutSeconds is < MinTimeoutSeconds or > MaxTimeoutSeconds)
        {
            errors.Add(new(SourceField.Timeout, $"De time-out ligt tussen {MinTimeoutSeconds} en {MaxTimeoutSeconds} seconden."));
        }

        if (settings.MaxBodyBytes is < MinBodyBytes or > MaxBodyBytes)
        {
            errors.Add(new(SourceField.MaxSize, "De maximale grootte ligt tussen 1 KiB en 100 MiB."));
        }

        return errors;
    }

    /// <summary>https, except on this machine (a test or demo source); no user name, password or query string in the address.</summary>
    private static void ValidateAddress(string? baseUrl, List<SourceFieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            errors.Add(new(SourceField.BaseUrl, "Vul het adres van de bron in, bijvoorbeeld https://gi.example.nl/instroom."));
            return;
        }

        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || baseUrl.Length > MaxTextLength)
        {
            errors.Add(new(SourceField.BaseUrl, $"'{Shorten(baseUrl)}' is geen geldig webadres (https://…)."));
            return;
        }

        if (uri.Scheme == "http" && !IsLoopback(uri))
        {
            errors.Add(new(SourceField.BaseUrl, "Gebruik https: alleen een bron op deze machine zelf (localhost) mag http gebruiken."));
        }

        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            errors.Add(new(SourceField.BaseUrl,
                "Zet geen gebruikersnaam, wachtwoord of querystring in het adres: een geheim hoort in het tokenveld, dat versleuteld wordt bewaard."));
        }
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static string Shorten(string text) => text.Length > 80 ? text[..80] + "…" : text;
}

/// <summary>The fields of the connection form, so an error lands beside its field.</summary>
public enum SourceField
{
    Connector,
    BaseUrl,
    FolderPath,
    Token,
    PullTime,
    Timeout,
    MaxSize,
}

public sealed record SourceFieldError(SourceField Field, string Message);
