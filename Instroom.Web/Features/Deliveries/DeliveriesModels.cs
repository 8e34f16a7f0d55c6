using Instroom.Data.Deliveries;
using Instroom.Data.Sources;
using Instroom.Web.Exports;
using NodaTime;

namespace Instroom.Web.Features.Deliveries;

/// <summary>The sources of one kind (GI, Raad, Veilig Thuis) on the Aanleveringen page.</summary>
public sealed record DeliveryGroup(string Id, string Title, IReadOnlyList<DeliveryLine> Lines);

/// <summary>The Aanleveringen page: a banner for a systemic failure, the sources per kind, and the quarantined deliveries.</summary>
public sealed record DeliveriesIndexModel(
    LocalDate Since,
    NightVerdict? SystemicFailure,
    IReadOnlyList<DeliveryGroup> Groups,
    IReadOnlyList<QuarantineSummary> Quarantined,
    string? Confirmation)
{
    /// <summary>How many peildata back the page looks for lateness and systemic failures.</summary>
    public const int Days = 7;

    /// <summary>How long quarantined deliveries stay on the page.</summary>
    public const int QuarantineDays = 30;

    public static DeliveriesIndexModel From(DeliveryOverview overview, LocalDate today, string? confirmation)
    {
        var lines = overview.Sources.Select(source => DeliveryLine.From(source, today)).ToList();
        return new DeliveriesIndexModel(
            overview.Since,
            overview.Nights.Where(n => n.SystemicFailure).MaxBy(n => n.ReferenceDate),
            [
                Group("gi", SourceKind.GI, lines),
                Group("raad", SourceKind.RAAD, lines),
                Group("veilig-thuis", SourceKind.VT, lines),
            ],
            overview.Quarantined,
            confirmation);
    }

    private static DeliveryGroup Group(string id, SourceKind kind, IEnumerable<DeliveryLine> lines) =>
        new(id, DeliveryText.Kind(kind), lines.Where(l => l.Kind == kind).OrderBy(l => !l.Active).ThenBy(l => l.Code, StringComparer.Ordinal).ToList());
}

/// <summary>The history of one source: a page of its attempts.</summary>
public sealed record SourceRunsModel(ImportRunPage Runs)
{
    public const int PageSize = 50;

    public string? PreviousUrl => Runs.Page > 1 ? Url(Runs.Page - 1) : null;

    public string? NextUrl => Runs.Page < Runs.PageCount ? Url(Runs.Page + 1) : null;

    /// <summary>The reasons of a rejected attempt, one per line as the importer stores them.</summary>
    public static IReadOnlyList<string> Lines(string? message) =>
        string.IsNullOrWhiteSpace(message) ? [] : message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private string Url(int page) => $"/aanleveringen/{Uri.EscapeDataString(Runs.Source.Code)}?pagina={page}";
}

/// <summary>A quarantined delivery: its reasons and the first part of its raw content, as text.</summary>
public sealed record QuarantineModel(QuarantineSummary Quarantine, int Size, string Preview, bool Truncated)
{
    /// <summary>Larger payloads are cut here on the page; the download has them whole.</summary>
    public const int PreviewBytes = 64 * 1024;

    public static QuarantineModel From(QuarantinedDelivery delivery)
    {
        var payload = delivery.Payload;
        var shown = payload.AsSpan(0, Math.Min(payload.Length, PreviewBytes));
        // Invalid UTF-8 (a reason for rejection itself) becomes U+FFFD; the download keeps the exact bytes.
        return new QuarantineModel(delivery.Summary, payload.Length, System.Text.Encoding.UTF8.GetString(shown), payload.Length > PreviewBytes);
    }

    /// <summary>A download name of our own: the name the source sent is shown, never used as a path.</summary>
    public static string DownloadName(QuarantineSummary quarantine) =>
        $"quarantaine-{quarantine.QuarantineId}-{ExportFileName.Slug(quarantine.SourceCode)}.{(quarantine.Format == "csv" ? "csv" : "json")}";
}

/// <summary>The sources table as a download.</summary>
public static class DeliveriesExport
{
    public static ExportTable Create(DeliveriesIndexModel model) => new(
        "Aanleveringen per bron",
        [
            ExportColumn.Text("Bron"),
            ExportColumn.Text("Naam"),
            ExportColumn.Text("Soort"),
            ExportColumn.Text("Koppeling"),
            ExportColumn.Date("Laatste peildatum"),
            ExportColumn.Text("Ontvangen"),
            ExportColumn.Text("LeveringId"),
            ExportColumn.WholeNumber("Cijfers"),
            ExportColumn.Text("Gecorrigeerd"),
            ExportColumn.Text("Laatste poging"),
            ExportColumn.Text($"Afgelopen {DeliveriesIndexModel.Days} peildata"),
        ],
        model.Groups.SelectMany(group => group.Lines).Select(line => (IReadOnlyList<ExportCell>)
        [
            line.Code,
            line.Name,
            line.Kind.ToString(),
            line.Connector,
            ExportCell.FromDate(line.LastDelivery?.ReferenceDate),
            line.LastDelivery is { } delivery ? DeliveryText.Moment(delivery.ReceivedAt) : "geen aanlevering",
            line.LastDelivery?.LeveringId,
            ExportCell.FromNumber(line.LastDelivery?.FigureCount),
            line.LastDelivery is null ? null : line.LastDelivery.Corrected ? "ja" : "nee",
            line.LastRunText,
            line.DaysText,
        ]).ToList());
}
