using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Areas;

/// <summary>
/// The areas a user can choose for figures on a date — Nederland, toezichtregio's, jeugdregio's and gemeenten — each
/// with the jeugdregio's and toezichtregio's it lies in (for verscherpt toezicht on a larger region).
/// </summary>
public sealed class AreaDirectory
{
    private readonly Dictionary<string, AreaEntry> _byCode;

    public AreaDirectory(IReadOnlyList<AreaEntry> areas)
    {
        Areas = areas;
        _byCode = areas.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Nederland first, then toezichtregio's, jeugdregio's and gemeenten, each by name.</summary>
    public IReadOnlyList<AreaEntry> Areas { get; }

    public IEnumerable<AreaEntry> OfKind(string kind) => Areas.Where(a => a.Kind == kind);

    /// <summary>An area by code, case-insensitive ("jz29" finds JZ29).</summary>
    public bool TryGet(string? code, out AreaEntry area)
    {
        area = null!;
        return code is not null && _byCode.TryGetValue(code, out area!);
    }
}

/// <summary>An area and the regions (jeugdregio, toezichtregio) it lies in; empty for Nederland and toezichtregio's.</summary>
public sealed record AreaEntry(string Code, string Name, string Kind, IReadOnlyList<string> RegionCodes)
{
    /// <summary>"Rijnmond (jeugdregio)", "Nederland".</summary>
    public string Label => Kind == AreaKind.Land ? Name : $"{Name} ({Kind})";
}

/// <summary>Reads the <see cref="AreaDirectory"/> in one query.</summary>
public sealed class AreaDirectoryQueries(InstroomDatabase database)
{
    public async Task<AreaDirectory> LoadAsync(LocalDate date, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AreaRow>(new CommandDefinition(AreasSql, new
        {
            Date = date,
            Gemeente = AreaKind.Gemeente,
            Jeugdregio = AreaKind.Jeugdregio,
            Toezichtregio = AreaKind.Toezichtregio,
            Land = AreaKind.Land,
        }, cancellationToken: cancellationToken))).ToList();

        var parentsOfGemeente = rows
            .Where(r => r.Kind == AreaKind.Gemeente && r.ParentCode is not null)
            .ToLookup(r => r.Code, r => (Code: r.ParentCode!, Kind: r.ParentKind!), StringComparer.Ordinal);
        // A jeugdregio lies in the toezichtregio('s) of its gemeenten.
        var toezichtregiosOfJeugdregio = parentsOfGemeente
            .SelectMany(g => g.Where(p => p.Kind == AreaKind.Jeugdregio)
                .SelectMany(jeugdregio => g.Where(p => p.Kind == AreaKind.Toezichtregio).Select(toezicht => (Jeugdregio: jeugdregio.Code, Toezicht: toezicht.Code))))
            .ToLookup(pair => pair.Jeugdregio, pair => pair.Toezicht, StringComparer.Ordinal);

        var areas = rows
            .GroupBy(r => (r.Code, r.Name, r.Kind))
            .Select(g => new AreaEntry(g.Key.Code, g.Key.Name, g.Key.Kind, g.Key.Kind switch
            {
                AreaKind.Gemeente => parentsOfGemeente[g.Key.Code].Select(p => p.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                AreaKind.Jeugdregio => toezichtregiosOfJeugdregio[g.Key.Code].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                _ => [],
            }))
            .OrderBy(a => KindOrder(a.Kind))
            .ThenBy(a => a.Name, StringComparer.Create(Text.DutchFormat.Culture, ignoreCase: true))
            .ToList();
        return new AreaDirectory(areas);
    }

    private static int KindOrder(string kind) => kind switch
    {
        AreaKind.Land => 0,
        AreaKind.Toezichtregio => 1,
        AreaKind.Jeugdregio => 2,
        _ => 3,
    };

    internal const string AreasSql = """
        SELECT a.code AS Code, a.name AS Name, a.kind AS Kind, p.code AS ParentCode, p.kind AS ParentKind
        FROM area a
        LEFT JOIN area_membership m
               ON m.area_id = a.area_id
              AND m.valid_from <= @Date AND (m.valid_to IS NULL OR m.valid_to > @Date)
        LEFT JOIN area p
               ON p.area_id = m.parent_area_id AND p.kind IN (@Jeugdregio, @Toezichtregio)
        WHERE a.kind IN (@Gemeente, @Jeugdregio, @Toezichtregio, @Land)
          AND a.valid_from <= @Date AND (a.valid_to IS NULL OR a.valid_to > @Date)
        """;

    // A class with init setters, not a positional record: Dapper then converts SQLite's TEXT.
    private sealed class AreaRow
    {
        public string Code { get; init; } = "";

        public string Name { get; init; } = "";

        public string Kind { get; init; } = "";

        public string? ParentCode { get; init; }

        public string? ParentKind { get; init; }
    }
}
