using Instroom.Data.Calendar;
using Instroom.Data.Deliveries;
using Instroom.Data.Sources;
using Instroom.Jobs.Import;
using NodaTime;

namespace Instroom.Web.Features.Deliveries;

/// <summary>nl-NL texts for the deliveries pages: dates, Amsterdam times, outcomes and connectors.</summary>
public static class DeliveryText
{
    public static string Date(LocalDate? date) => date?.ToString("d-M-yyyy", Formats.Dutch) ?? "–";

    /// <summary>"23-11-2026 02:14" in Europe/Amsterdam.</summary>
    public static string Moment(Instant? instant) =>
        instant?.InZone(DutchTime.Zone).ToString("d-M-yyyy HH:mm", Formats.Dutch) ?? "–";

    /// <summary>"za 21-11".</summary>
    public static string Day(LocalDate date) => date.ToString("ddd d-M", Formats.Dutch);

    /// <summary>The Dutch word for an <c>import_run.outcome</c>: "geïmporteerd", "nog niet beschikbaar", "bezig".</summary>
    public static string Outcome(string code) => ImportOutcomes.FromCode(code) is { } outcome ? ImportOutcomes.Label(outcome) : code;

    public static string Connector(string? connector, bool enabled) => (connector, enabled) switch
    {
        (null, _) => "geen koppeling",
        ("folder", true) => "map",
        ("folder", false) => "map (uitgeschakeld)",
        (_, true) => connector,
        _ => connector + " (uitgeschakeld)",
    };

    public static string Kind(SourceKind kind) => kind switch
    {
        SourceKind.GI => "Gecertificeerde instellingen",
        SourceKind.RAAD => "Raad voor de Kinderbescherming",
        _ => "Veilig Thuis",
    };
}

/// <summary>
/// One source on the Aanleveringen page: its last delivery, its last attempt, and the peildata of the last days
/// that came in late or not at all.
/// </summary>
public sealed record DeliveryLine(
    int SourceId,
    string Code,
    string Name,
    SourceKind Kind,
    bool Active,
    bool CanBePulled,
    string Connector,
    LastDelivery? LastDelivery,
    LastImportRun? LastRun,
    int Received,
    int Pending,
    IReadOnlyList<LocalDate> Late,
    IReadOnlyList<LocalDate> Missing)
{
    public bool NeedsAttention => Late.Count > 0 || Missing.Count > 0;

    public string LastRunText => LastRun is { } run
        ? $"{DeliveryText.Outcome(run.Outcome)} ({DeliveryText.Moment(run.StartedAt)}, {run.TriggerKind})"
        : "geen poging in deze periode";

    /// <summary>"te laat: za 21-11; ontbrekend: zo 22-11; 5 ontvangen", or "6 ontvangen; 1 nog verwacht".</summary>
    public string DaysText => string.Join("; ", new[]
    {
        Late.Count > 0 ? "te laat: " + string.Join(", ", Late.Select(DeliveryText.Day)) : null,
        Missing.Count > 0 ? "ontbrekend: " + string.Join(", ", Missing.Select(DeliveryText.Day)) : null,
        Received > 0 ? $"{Received} ontvangen" : null,
        Pending > 0 ? $"{Pending} nog verwacht" : null,
    }.Where(part => part is not null).DefaultIfEmpty("geen verwachting vastgelegd"));

    public static DeliveryLine From(SourceDeliveries source, LocalDate today) => new(
        source.SourceId,
        source.Code,
        source.Name,
        source.Kind,
        source.IsActiveOn(today),
        source.IsActiveOn(today) && source.Connector is not null && source.Enabled,
        DeliveryText.Connector(source.Connector, source.Enabled),
        source.LastDelivery,
        source.LastRun,
        source.Expectations.Count(e => e.State == ExpectedDelivery.Received),
        source.Expectations.Count(e => e.State == ExpectedDelivery.Expected),
        source.Expectations.Where(e => e.State == ExpectedDelivery.Late).Select(e => e.ReferenceDate).ToList(),
        source.Expectations.Where(e => e.State == ExpectedDelivery.Missing).Select(e => e.ReferenceDate).ToList());
}
