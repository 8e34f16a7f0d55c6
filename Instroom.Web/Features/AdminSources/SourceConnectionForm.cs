using System.Globalization;
using Instroom.Jobs.Sources;

namespace Instroom.Web.Features.AdminSources;

/// <summary>
/// The connection form as posted. Numbers are text so a typing mistake gets a Dutch message instead of the model
/// binder's English one; the token field is write-only ("leave empty to keep").
/// </summary>
public sealed class SourceConnectionForm
{
    public string? Connector { get; set; }

    public string? BaseUrl { get; set; }

    public string? FolderPath { get; set; }

    public string? Token { get; set; }

    public bool RemoveToken { get; set; }

    public string? PullTime { get; set; }

    public string? TimeoutSeconds { get; set; }

    public string? MaxSizeMiB { get; set; }

    public bool Enabled { get; set; }

    public static SourceConnectionForm From(SourceConnection source) => new()
    {
        Connector = source.Connector ?? SourceConnectors.Http,
        BaseUrl = source.BaseUrl,
        FolderPath = source.FolderPath,
        PullTime = string.IsNullOrEmpty(source.PullTimeLocal) ? "04:30" : source.PullTimeLocal,
        TimeoutSeconds = (source.TimeoutSeconds > 0 ? source.TimeoutSeconds : 30).ToString(CultureInfo.InvariantCulture),
        MaxSizeMiB = MiB(source.MaxBodyBytes > 0 ? source.MaxBodyBytes : 10 * 1024 * 1024),
        Enabled = source.Connector is null || source.Enabled,
    };

    /// <summary>The settings, or the fields that could not be read (numbers).</summary>
    public (SourceConnectionSettings Settings, IReadOnlyList<SourceFieldError> Errors) Read()
    {
        var errors = new List<SourceFieldError>();
        var timeout = 0;
        if (!int.TryParse(TimeoutSeconds?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out timeout))
        {
            errors.Add(new(SourceField.Timeout, "Vul de time-out in als een heel aantal seconden, bijvoorbeeld 30."));
        }

        var bytes = 0;
        var size = MaxSizeMiB?.Trim().Replace(',', '.');
        if (!decimal.TryParse(size, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var mib) || mib > 100_000)
        {
            errors.Add(new(SourceField.MaxSize, "Vul de maximale grootte in als een aantal MiB, bijvoorbeeld 10 of 0,5."));
        }
        else
        {
            bytes = (int)Math.Round(mib * 1024 * 1024, MidpointRounding.AwayFromZero);
        }

        var settings = new SourceConnectionSettings(Connector?.Trim() ?? "", BaseUrl?.Trim(), FolderPath?.Trim(), PullTime?.Trim() ?? "", timeout, bytes,
            Enabled);
        return (settings, errors);
    }

    public SourceTokenChange TokenChange =>
        !string.IsNullOrWhiteSpace(Token) ? SourceTokenChange.Replace(Token.Trim())
        : RemoveToken ? SourceTokenChange.Remove
        : SourceTokenChange.Keep;

    private static string MiB(int bytes) => (bytes / 1048576m).ToString("0.###", CultureInfo.GetCultureInfo("nl-NL"));
}
