using System.Data.Common;
using System.Globalization;
using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Storage;
using Instroom.Data.Text;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;

namespace Instroom.Data.Reference;

/// <summary>
/// Loads the embedded reference data (CBS 2025 areas, derived memberships, organisations) into the database.
/// Idempotent: rows that exist are left alone, so it runs at every start and after a later indeling is added.
/// </summary>
public sealed class ReferenceDataLoader(InstroomDatabase database, ILogger<ReferenceDataLoader> logger)
{
    /// <summary>
    /// The CBS 2025 indeling is applied to all of Instroom's history (from the Jeugdwet, 2015), the way CBS
    /// republishes time series in the latest regional indeling, until an earlier indeling is loaded.
    /// </summary>
    public static readonly LocalDate IndelingValidFrom = new(2015, 1, 1);

    private const string CbsProvenance = "CBS/PDOK gebiedsindeling 2025 (CC BY 4.0)";

    public async Task<ReferenceDataSummary> LoadAsync(CancellationToken cancellationToken = default)
    {
        var gemeenten = ReadCsv("gemeenten_2025.csv");
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var loader = new Batch(connection, transaction);

        await loader.AreaAsync(AreaKind.NationalCode, AreaKind.Land, "Nederland", CbsProvenance);
        foreach (var (file, kind) in new[]
                 {
                     ("provincies_2025.csv", AreaKind.Provincie),
                     ("jeugdregios_2025.csv", AreaKind.Jeugdregio),
                     ("veiligthuisregios_2025.csv", AreaKind.VeiligThuisRegio),
                     ("veiligheidsregios_2025.csv", AreaKind.Veiligheidsregio),
                 })
        {
            foreach (var row in ReadCsv(file))
            {
                await loader.AreaAsync(row["code"], kind, row["naam"], CbsProvenance);
            }
        }

        var toezichtregioOfJeugdregio = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in ReadCsv("toezichtregios_2021.csv"))
        {
            await loader.AreaAsync(row["code"], AreaKind.Toezichtregio, row["naam"],
                $"Inspecties IGJ/IJenV 2021, oordeel {row["oordeel_2021"]}; indeling afgeleid door Instroom");
            foreach (var jeugdregio in row["jeugdregiocodes"].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                toezichtregioOfJeugdregio.Add(jeugdregio, row["code"]);
                await loader.MembershipAsync(jeugdregio, row["code"], null, "afgeleid-provincie-meerderheid");
            }
        }

        foreach (var row in gemeenten)
        {
            var code = row["gemeentecode"];
            var overlap = decimal.Parse(row["min_overlap_share"], CultureInfo.InvariantCulture);
            var vtOverlap = decimal.Parse(row["vt_overlap_share"], CultureInfo.InvariantCulture);
            await loader.AreaAsync(code, AreaKind.Gemeente, row["gemeentenaam"], CbsProvenance);
            await loader.MembershipAsync(code, AreaKind.NationalCode, null, "cbs-2025");
            await loader.MembershipAsync(code, row["provinciecode"], overlap, "cbs-2025-grootste-overlap");
            await loader.MembershipAsync(code, row["jeugdregiocode"], overlap, "cbs-2025-grootste-overlap");
            await loader.MembershipAsync(code, row["veiligheidsregiocode"], overlap, "cbs-2025-grootste-overlap");
            await loader.MembershipAsync(code, row["veiligthuisregiocode"], vtOverlap, "cbs-2025-grootste-overlap");
            await loader.MembershipAsync(code, toezichtregioOfJeugdregio[row["jeugdregiocode"]], null, "via-jeugdregio");
        }

        foreach (var row in ReadCsv("bronnen.csv"))
        {
            await loader.SourceAsync(row);
            var coverage = row["werkgebied"].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var gemeente in gemeenten.Where(g => coverage.Any(region => region == AreaKind.NationalCode
                         || region == g["jeugdregiocode"] || region == g["veiligthuisregiocode"])))
            {
                await loader.CoverageAsync(row["code"], gemeente["gemeentecode"], ParseDate(row["geldig_vanaf"]),
                    ParseOptionalDate(row["geldig_tot"]), row["werkgebied_basis"]);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        var summary = new ReferenceDataSummary(loader.AreasAdded, loader.MembershipsAdded, loader.SourcesAdded);
        logger.LogInformation("Reference data loaded: {Areas} areas, {Memberships} memberships, {Sources} sources added",
            summary.AreasAdded, summary.MembershipsAdded, summary.SourcesAdded);
        return summary;
    }

    internal static IReadOnlyList<IReadOnlyDictionary<string, string>> ReadCsv(string fileName)
    {
        var text = ReferenceFiles.ReadText(fileName);
        var parsed = CsvReader.Parse(text, ',');
        if (!parsed.Succeeded)
        {
            throw new InvalidDataException($"{fileName} line {parsed.ErrorLine}: {parsed.Error}");
        }

        var header = parsed.Rows[0].Fields;
        return parsed.Rows.Skip(1)
            .Select(row => (IReadOnlyDictionary<string, string>)header
                .Select((name, index) => (name, value: index < row.Fields.Length ? row.Fields[index] : ""))
                .ToDictionary(pair => pair.name, pair => pair.value, StringComparer.Ordinal))
            .ToList();
    }

    private static LocalDate ParseDate(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static LocalDate? ParseOptionalDate(string text) => string.IsNullOrWhiteSpace(text) ? null : ParseDate(text);

    /// <summary>The inserts of one load, sharing a connection and transaction and counting what was new.</summary>
    private sealed class Batch(DbConnection connection, DbTransaction transaction)
    {
        public int AreasAdded { get; private set; }

        public int MembershipsAdded { get; private set; }

        public int SourcesAdded { get; private set; }

        public async Task AreaAsync(string code, string kind, string name, string provenance) =>
            AreasAdded += await connection.ExecuteAsync(InsertAreaSql,
                new { Code = code, Kind = kind, Name = name, ValidFrom = IndelingValidFrom, Provenance = provenance }, transaction);

        public async Task MembershipAsync(string code, string parentCode, decimal? overlapShare, string basis) =>
            MembershipsAdded += await connection.ExecuteAsync(InsertMembershipSql,
                new { Code = code, ParentCode = parentCode, ValidFrom = IndelingValidFrom, OverlapShare = overlapShare, Basis = basis },
                transaction);

        public async Task SourceAsync(IReadOnlyDictionary<string, string> row) =>
            SourcesAdded += await connection.ExecuteAsync(InsertSourceSql, new
            {
                Code = row["code"],
                Name = row["naam"],
                Kind = row["soort"],
                ValidFrom = ParseDate(row["geldig_vanaf"]),
                ValidTo = ParseOptionalDate(row["geldig_tot"]),
                Note = string.IsNullOrWhiteSpace(row["toelichting"]) ? null : row["toelichting"],
            }, transaction);

        public Task<int> CoverageAsync(string sourceCode, string gemeenteCode, LocalDate validFrom, LocalDate? validTo, string basis) =>
            connection.ExecuteAsync(InsertCoverageSql,
                new { SourceCode = sourceCode, Code = gemeenteCode, ValidFrom = validFrom, ValidTo = validTo, Basis = basis }, transaction);
    }

    internal const string InsertAreaSql = """
        INSERT INTO area (code, kind, name, valid_from, valid_to, provenance)
        SELECT @Code, @Kind, @Name, @ValidFrom, NULL, @Provenance
        WHERE NOT EXISTS (SELECT 1 FROM area WHERE code = @Code)
        """;

    internal const string InsertMembershipSql = """
        INSERT INTO area_membership (area_id, parent_area_id, valid_from, valid_to, overlap_share, basis)
        SELECT child.area_id, parent.area_id, @ValidFrom, NULL, @OverlapShare, @Basis
        FROM area child
        JOIN area parent ON parent.code = @ParentCode
        WHERE child.code = @Code
          AND NOT EXISTS (SELECT 1 FROM area_membership m
                          WHERE m.area_id = child.area_id AND m.parent_area_id = parent.area_id AND m.valid_from = @ValidFrom)
        """;

    internal const string InsertSourceSql = """
        INSERT INTO source (code, name, kind, valid_from, valid_to, note)
        SELECT @Code, @Name, @Kind, @ValidFrom, @ValidTo, @Note
        WHERE NOT EXISTS (SELECT 1 FROM source WHERE code = @Code)
        """;

    internal const string InsertCoverageSql = """
        INSERT INTO source_coverage (source_id, area_id, valid_from, valid_to, basis)
        SELECT s.source_id, a.area_id, @ValidFrom, @ValidTo, @Basis
        FROM source s
        JOIN area a ON a.code = @Code
        WHERE s.code = @SourceCode
          AND NOT EXISTS (SELECT 1 FROM source_coverage c
                          WHERE c.source_id = s.source_id AND c.area_id = a.area_id AND c.valid_from = @ValidFrom)
        """;
}

public sealed record ReferenceDataSummary(int AreasAdded, int MembershipsAdded, int SourcesAdded);
