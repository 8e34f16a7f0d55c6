using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Reference;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace Instroom.Tests.Foundation;

public sealed class ReferenceDataTests
{
    private static readonly LocalDate Today = new(2026, 11, 23);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Load_GivesEveryGemeenteOneRegionOfEachKind(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var areas = new AreaQueries(test.Database);

        var jeugdregios = await areas.RegionsWithGemeentenAsync(AreaKind.Jeugdregio, Today);
        var toezichtregios = await areas.RegionsWithGemeentenAsync(AreaKind.Toezichtregio, Today);
        var veiligThuis = await areas.RegionsWithGemeentenAsync(AreaKind.VeiligThuisRegio, Today);
        var provincies = await areas.RegionsWithGemeentenAsync(AreaKind.Provincie, Today);

        Assert.Equal(42, jeugdregios.Count);
        Assert.Equal(11, toezichtregios.Count);
        Assert.Equal(25, veiligThuis.Count);
        Assert.Equal(12, provincies.Count);
        foreach (var regions in new[] { jeugdregios, toezichtregios, veiligThuis, provincies })
        {
            var gemeenten = regions.SelectMany(r => r.Gemeenten).Select(g => g.Code).ToList();
            Assert.Equal(342, gemeenten.Count);
            Assert.Equal(342, gemeenten.Distinct().Count());
            Assert.All(regions, region => Assert.NotEmpty(region.Gemeenten));
        }
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Load_MapsKnownGemeentenToTheRightRegions(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var areas = new AreaQueries(test.Database);

        var jeugdregios = await areas.RegionsWithGemeentenAsync(AreaKind.Jeugdregio, Today);
        var toezichtregios = await areas.RegionsWithGemeentenAsync(AreaKind.Toezichtregio, Today);

        Assert.Contains(jeugdregios.Single(r => r.Code == "JZ29").Gemeenten, g => g.Name == "Rotterdam");
        Assert.Contains(jeugdregios.Single(r => r.Code == "JZ13").Gemeenten, g => g.Name == "Amsterdam");
        Assert.Contains(toezichtregios.Single(r => r.Name == "Rijnmond").Gemeenten, g => g.Name == "Rotterdam");
        Assert.Contains(toezichtregios.Single(r => r.Name == "Zuid West").Gemeenten, g => g.Name == "'s-Gravenhage");
        Assert.Contains(toezichtregios.Single(r => r.Name == "Brabant").Gemeenten, g => g.Name == "Tilburg");
        var druten = jeugdregios.Single(r => r.Code == "JZ32").Gemeenten.Single(g => g.Code == "GM0225");
        Assert.Equal(0.838m, druten.OverlapShare);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Load_RegistersOrganisationsAsDataWithValidity(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var connection = await test.Database.OpenAsync();

        var kinds = (await connection.QueryAsync<(string Kind, int Count)>("SELECT kind, COUNT(*) FROM source GROUP BY kind"))
            .ToDictionary(row => row.Kind, row => row.Count);
        var briedisEnd = await connection.ExecuteScalarAsync<LocalDate?>("SELECT valid_to FROM source WHERE code = 'GI-BRIEDIS'");
        var raadCoverage = await connection.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM source_coverage c JOIN source s ON s.source_id = c.source_id WHERE s.code = 'RAAD'");

        Assert.Equal(16, kinds["GI"]);
        Assert.Equal(1, kinds["RAAD"]);
        Assert.Equal(25, kinds["VT"]);
        Assert.Equal(new LocalDate(2021, 10, 12), briedisEnd);
        Assert.Equal(342, raadCoverage);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Load_Twice_AddsNothingTheSecondTime(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);

        var again = await new ReferenceDataLoader(test.Database, NullLogger<ReferenceDataLoader>.Instance).LoadAsync();

        Assert.Equal(new ReferenceDataSummary(0, 0, 0), again);
        Assert.Equal(342, await test.ScalarAsync<int>("SELECT COUNT(*) FROM area WHERE kind = 'gemeente'"));
    }
}
