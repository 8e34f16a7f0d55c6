// TEMPORARY: signatures agreed with the ingest/calendar branches; deleted when those branches are merged.
#pragma warning disable
using NodaTime;
namespace Instroom.Jobs.Contract
{
    public enum DeliveryFormat { Json, Csv }
    public static class DeliveryFormats
    {
        public static DeliveryFormat? FromFileName(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch { ".json" => DeliveryFormat.Json, ".csv" => DeliveryFormat.Csv, _ => null };
        public static DeliveryFormat? FromContentType(string? contentType) => contentType switch { "application/json" => DeliveryFormat.Json, "text/csv" => DeliveryFormat.Csv, _ => null };
    }
}
namespace Instroom.Jobs.Import
{
    using Instroom.Jobs.Contract;
    public enum ImportOutcome { Imported, Unchanged, Rejected, Failed, NotYetAvailable }
    public static class ImportOutcomes { public static string Code(ImportOutcome o) => throw new NotImplementedException(); public static string Label(ImportOutcome o) => throw new NotImplementedException(); }
    public sealed record ImportRequest(string SourceCode, byte[] Payload, DeliveryFormat Format, string Trigger, int Attempt = 1, LocalDate? ExpectedReferenceDate = null, string? FileName = null);
    public sealed record ImportResult(ImportOutcome Outcome, long ImportRunId, string? LeveringId, LocalDate? ReferenceDate, int FigureCount, IReadOnlyList<string> Reasons);
    public sealed class DeliveryImporter { public Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default) => throw new NotImplementedException(); }
    public sealed class ImportRunLog { public Task<long> RecordAsync(string sourceCode, LocalDate? referenceDate, string trigger, int attempt, ImportOutcome outcome, string? message, CancellationToken cancellationToken = default) => throw new NotImplementedException(); }
    public static class DeliveryImportRegistration { public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddDeliveryImport(this Microsoft.Extensions.DependencyInjection.IServiceCollection services) => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<ImportRunLog>(Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<DeliveryImporter>(services)); }
}
