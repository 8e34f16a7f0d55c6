using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Storage;

namespace Instroom.Jobs.Demo;

/// <summary>Reads the registered organisations, their werkgebied and the gemeenten's regions for the demo.</summary>
public sealed class DemoLandscapeQueries(InstroomDatabase database)
{
    public async Task<DemoLandscape> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var sources = await connection.QueryAsync<DemoSourceRow>(new CommandDefinition(SourcesSql, cancellationToken: cancellationToken));
        var coverage = await connection.QueryAsync<DemoCoverageRow>(new CommandDefinition(CoverageSql, cancellationToken: cancellationToken));
        var memberships = await connection.QueryAsync<DemoMembershipRow>(new CommandDefinition(MembershipsSql,
            new { Gemeente = AreaKind.Gemeente, AreaKind.Jeugdregio, AreaKind.Toezichtregio }, cancellationToken: cancellationToken));
        return new DemoLandscape(sources, coverage, memberships);
    }

    internal const string SourcesSql = """
        SELECT code AS Code, kind AS Kind, valid_from AS ValidFrom, valid_to AS ValidTo
        FROM source
        ORDER BY code
        """;

    internal const string CoverageSql = """
        SELECT s.code AS SourceCode, a.code AS GemeenteCode, c.valid_from AS ValidFrom, c.valid_to AS ValidTo
        FROM source_coverage c
        JOIN source s ON s.source_id = c.source_id
        JOIN area a ON a.area_id = c.area_id
        """;

    internal const string MembershipsSql = """
        SELECT g.code AS GemeenteCode, p.code AS ParentCode, p.kind AS ParentKind, m.valid_from AS ValidFrom, m.valid_to AS ValidTo
        FROM area_membership m
        JOIN area g ON g.area_id = m.area_id
        JOIN area p ON p.area_id = m.parent_area_id
        WHERE g.kind = @Gemeente AND p.kind IN (@Jeugdregio, @Toezichtregio)
        """;
}
