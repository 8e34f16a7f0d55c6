using Dapper;
using Instroom.Data.Deliveries;
using Instroom.Data.Indicators;
using Instroom.Data.Storage;
using Instroom.Tests.Status.Support;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Deliveries;

public sealed class DeliveryOverviewQueriesTests
{
    private static readonly LocalDate Friday = new(2026, 11, 20);

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Overview_GivesEachSourceItsLatestCurrentDelivery_LastAttempt_ExpectationsAndNights(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var fixture = await SmallWorld.CreateAsync(test);
        await fixture.Delivery("GI-A", Friday.PlusDays(-1)).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 3, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday).Figure("GM0001", IndicatorCatalogue.Instroomlijst, 4, Measure.Ots).SaveAsync();
        await fixture.Delivery("GI-A", Friday.PlusDays(-2)).SaveAsync();
        await using (var connection = await test.Database.OpenAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO delivery_expectation (source_id, reference_date, deadline_at, state, checked_at)
                SELECT source_id, @Date, @At, 'te-laat', @At FROM source WHERE code = 'RAAD'
                """, new { Date = Friday, At = Instant.FromUtc(2026, 11, 23, 11, 0) });
            await connection.ExecuteAsync("""
                INSERT INTO import_night (reference_date, sources_expected, sources_failed, systemic_failure, evaluated_at)
                VALUES (@Date, 4, 4, 1, @At)
                """, new { Date = Friday, At = Instant.FromUtc(2026, 11, 23, 11, 0) });
        }

        var overview = await new DeliveryOverviewQueries(test.Database).OverviewAsync(Friday.PlusDays(-7), Instant.FromUtc(2026, 11, 1, 0, 0));

        Assert.Equal(["GI-A", "GI-B", "RAAD", "VT-A"], overview.Sources.Select(s => s.Code));
        var giA = overview.Sources[0];
        Assert.Equal((Friday, 1, true), (giA.LastDelivery!.ReferenceDate, giA.LastDelivery.FigureCount, giA.LastDelivery.Corrected));
        Assert.Equal("geimporteerd", giA.LastRun!.Outcome);
        Assert.Null(overview.Sources[1].LastDelivery);
        Assert.Equal(["te-laat"], overview.Sources[2].Expectations.Select(e => e.State));
        Assert.True(Assert.Single(overview.Nights).SystemicFailure);
    }
}
