using Dapper;
using Instroom.Data.Areas;
using Instroom.Data.Indicators;
using Instroom.Data.Sources;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Status.Support;

/// <summary>
/// Builds a small world straight in the database — areas, memberships, sources, coverage — and accepted deliveries
/// with their figures, as the importer would store them (a correction supersedes the current delivery for the same
/// source and peildatum). Portable SQL, so the same fixture runs on SQLite and SQL Server.
/// </summary>
internal sealed class FigureFixture(InstroomDatabase database)
{
    public static readonly LocalDate Epoch = new(2015, 1, 1);

    private int _deliveries;

    public FigureFixture(TestDatabase test)
        : this(test.Database)
    {
    }

    /// <summary>The database written to: a test database, or the database of a running app (browser tests).</summary>
    public InstroomDatabase Database { get; } = database;

    public async Task AreaAsync(string code, string kind, string? name = null, LocalDate? validFrom = null, LocalDate? validTo = null)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO area (code, kind, name, valid_from, valid_to, provenance)
            VALUES (@Code, @Kind, @Name, @ValidFrom, @ValidTo, 'test')
            """, new { Code = code, Kind = kind, Name = name ?? code, ValidFrom = validFrom ?? Epoch, ValidTo = validTo });
    }

    /// <summary>A gemeente belongs to each parent from <paramref name="validFrom"/> until (excluding) <paramref name="validTo"/>.</summary>
    public async Task MemberAsync(string gemeente, string parent, LocalDate? validFrom = null, LocalDate? validTo = null)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO area_membership (area_id, parent_area_id, valid_from, valid_to, overlap_share, basis)
            SELECT c.area_id, p.area_id, @ValidFrom, @ValidTo, NULL, 'test'
            FROM area c, area p WHERE c.code = @Child AND p.code = @Parent
            """, new { Child = gemeente, Parent = parent, ValidFrom = validFrom ?? Epoch, ValidTo = validTo });
    }

    public async Task SourceAsync(string code, SourceKind kind, string? name = null, LocalDate? validFrom = null, LocalDate? validTo = null)
    {
        await using var connection = await Database.OpenAsync();
        await connection.ExecuteAsync("""
            INSERT INTO source (code, name, kind, valid_from, valid_to, note)
            VALUES (@Code, @Name, @Kind, @ValidFrom, @ValidTo, NULL)
            """, new { Code = code, Name = name ?? "Bron " + code, Kind = kind.ToString(), ValidFrom = validFrom ?? Epoch, ValidTo = validTo });
    }

    public async Task CoverAsync(string source, IEnumerable<string> gemeenten, LocalDate? validFrom = null, LocalDate? validTo = null)
    {
        await using var connection = await Database.OpenAsync();
        foreach (var gemeente in gemeenten)
        {
            await connection.ExecuteAsync("""
                INSERT INTO source_coverage (source_id, area_id, valid_from, valid_to, basis)
                SELECT s.source_id, a.area_id, @ValidFrom, @ValidTo, 'test'
                FROM source s, area a WHERE s.code = @Source AND a.code = @Gemeente
                """, new { Source = source, Gemeente = gemeente, ValidFrom = validFrom ?? Epoch, ValidTo = validTo });
        }
    }

    public DeliveryBuilder Delivery(string source, LocalDate referenceDate) => new(this, source, referenceDate);

    internal async Task<int> SaveAsync(DeliveryBuilder delivery)
    {
        _deliveries++;
        var receivedAt = delivery.Received ?? delivery.ReferenceDate.PlusDays(1).AtMidnight().InUtc().ToInstant().Plus(Duration.FromMinutes(_deliveries));
        await using var connection = await Database.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var runId = await connection.ExecuteScalarAsync<int>("""
            INSERT INTO import_run (source_id, reference_date, trigger_kind, attempt, started_at, finished_at, outcome)
            SELECT source_id, @Date, 'test', 1, @At, @At, 'geimporteerd' FROM source WHERE code = @Source;
            """ + Database.Dialect.SelectInsertedIdSql,
            new { Source = delivery.Source, Date = delivery.ReferenceDate, At = receivedAt }, transaction);
        var previous = await connection.ExecuteScalarAsync<int?>("""
            SELECT d.delivery_id FROM delivery d JOIN source s ON s.source_id = d.source_id
            WHERE s.code = @Source AND d.reference_date = @Date AND d.superseded_at IS NULL
            """, new { delivery.Source, Date = delivery.ReferenceDate }, transaction);
        if (previous is { } previousId)
        {
            await connection.ExecuteAsync("UPDATE delivery SET superseded_at = @At WHERE delivery_id = @Id",
                new { At = receivedAt, Id = previousId }, transaction);
        }

        var deliveryId = await connection.ExecuteScalarAsync<int>("""
            INSERT INTO delivery (source_id, levering_id, reference_date, created_at, received_at, format, payload_sha256,
                                  import_run_id, figure_count)
            SELECT source_id, @LeveringId, @Date, '2026-01-01T00:00:00+01:00', @At, 'json', @Hash, @RunId, @Count
            FROM source WHERE code = @Source;
            """ + Database.Dialect.SelectInsertedIdSql,
            new
            {
                delivery.Source,
                LeveringId = Guid.NewGuid().ToString(),
                Date = delivery.ReferenceDate,
                At = receivedAt,
                Hash = new string('0', 64),
                RunId = runId,
                Count = delivery.Figures.Count,
            }, transaction);
        if (previous is { } supersededId)
        {
            await connection.ExecuteAsync("UPDATE delivery SET superseded_by = @By WHERE delivery_id = @Id",
                new { By = deliveryId, Id = supersededId }, transaction);
        }

        await connection.ExecuteAsync("""
            INSERT INTO figure (delivery_id, area_id, indicator, measure, class, value)
            SELECT @DeliveryId, area_id, @Indicator, @Measure, @Class, @Value FROM area WHERE code = @Area
            """, delivery.Figures.Select(f => new { DeliveryId = deliveryId, f.Area, f.Indicator, f.Measure, f.Class, f.Value }), transaction);
        await transaction.CommitAsync();
        return deliveryId;
    }
}

/// <summary>One delivery's figures; <see cref="SaveAsync"/> stores it as the current delivery for its source and peildatum.</summary>
internal sealed class DeliveryBuilder(FigureFixture fixture, string source, LocalDate referenceDate)
{
    public string Source { get; } = source;

    public LocalDate ReferenceDate { get; } = referenceDate;

    public Instant? Received { get; private set; }

    public List<(string Area, string Indicator, string Measure, string Class, decimal Value)> Figures { get; } = [];

    public DeliveryBuilder Figure(string area, string indicator, decimal value, string measure = Measure.None)
    {
        Figures.Add((area, indicator, measure, "", value));
        return this;
    }

    /// <summary>Counts per class in the order of <see cref="WaitingTimeClass.All"/>.</summary>
    public DeliveryBuilder Histogram(string area, string indicator, string measure, params long[] counts)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            Figures.Add((area, indicator, measure, WaitingTimeClass.All[i].Code, counts[i]));
        }

        return this;
    }

    public DeliveryBuilder ReceivedAt(Instant instant)
    {
        Received = instant;
        return this;
    }

    public Task<int> SaveAsync() => fixture.SaveAsync(this);
}

/// <summary>
/// A world of four gemeenten: GM0001 and GM0002 in jeugdregio JR01, GM0003 and GM0004 in JR02, all four in
/// toezichtregio TZ01 and in NL. GI-A serves JR01, GI-B serves JR02; RAAD and VT-A serve all four.
/// </summary>
internal static class SmallWorld
{
    public static readonly string[] Jr01 = ["GM0001", "GM0002"];
    public static readonly string[] Jr02 = ["GM0003", "GM0004"];
    public static readonly string[] All = [.. Jr01, .. Jr02];

    public static async Task<FigureFixture> CreateAsync(TestDatabase test)
    {
        var fixture = new FigureFixture(test);
        await fixture.AreaAsync(AreaKind.NationalCode, AreaKind.Land, "Nederland");
        await fixture.AreaAsync("TZ01", AreaKind.Toezichtregio, "Toezichtregio Een");
        await fixture.AreaAsync("JR01", AreaKind.Jeugdregio, "Jeugdregio Een");
        await fixture.AreaAsync("JR02", AreaKind.Jeugdregio, "Jeugdregio Twee");
        foreach (var gemeente in All)
        {
            await fixture.AreaAsync(gemeente, AreaKind.Gemeente, "Gemeente " + gemeente);
            await fixture.MemberAsync(gemeente, AreaKind.NationalCode);
            await fixture.MemberAsync(gemeente, "TZ01");
            await fixture.MemberAsync(gemeente, Jr01.Contains(gemeente) ? "JR01" : "JR02");
        }

        await fixture.SourceAsync("GI-A", SourceKind.GI, "GI Alfa");
        await fixture.SourceAsync("GI-B", SourceKind.GI, "GI Beta");
        await fixture.SourceAsync("RAAD", SourceKind.RAAD, "Raad voor de Kinderbescherming");
        await fixture.SourceAsync("VT-A", SourceKind.VT, "Veilig Thuis Alfa");
        await fixture.CoverAsync("GI-A", Jr01);
        await fixture.CoverAsync("GI-B", Jr02);
        await fixture.CoverAsync("RAAD", All);
        await fixture.CoverAsync("VT-A", All);
        return fixture;
    }

    /// <summary>
    /// A GI delivery that is green on every default rule, per gemeente (OTS): 100 lopende maatregelen, 1 on the
    /// instroomlijst and 1 on the doorstroomlijst (both 0-5 days), eerste contact and plan van aanpak 9 of 10 on
    /// time, 2 waiting for passende hulp (6-10 days).
    /// </summary>
    public static DeliveryBuilder HealthyGi(this DeliveryBuilder delivery, IEnumerable<string> gemeenten)
    {
        foreach (var gemeente in gemeenten)
        {
            delivery
                .Figure(gemeente, IndicatorCatalogue.LopendeMaatregelen, 100, Measure.Ots)
                .Figure(gemeente, IndicatorCatalogue.Instroomlijst, 1, Measure.Ots)
                .Histogram(gemeente, IndicatorCatalogue.InstroomlijstWachtduur, Measure.Ots, 1, 0, 0, 0, 0, 0, 0)
                .Figure(gemeente, IndicatorCatalogue.Doorstroomlijst, 1, Measure.Ots)
                .Histogram(gemeente, IndicatorCatalogue.DoorstroomlijstWachtduur, Measure.Ots, 1, 0, 0, 0, 0, 0, 0)
                .Figure(gemeente, IndicatorCatalogue.NieuweMaatregelen, 5, Measure.Ots)
                .Figure(gemeente, IndicatorCatalogue.BeeindigdeMaatregelen, 4, Measure.Ots)
                .Figure(gemeente, IndicatorCatalogue.EersteContactTijdig, 9, Measure.Ots)
                .Figure(gemeente, IndicatorCatalogue.EersteContactTotaal, 10, Measure.Ots)
                .Figure(gemeente, IndicatorCatalogue.PlanVanAanpakTijdig, 9, Measure.Ots)
                .Figure(gemeente, IndicatorCatalogue.PlanVanAanpakTotaal, 10, Measure.Ots)
                .Figure(gemeente, IndicatorCatalogue.WachtOpHulp, 2, Measure.Ots)
                .Histogram(gemeente, IndicatorCatalogue.WachtOpHulpWachtduur, Measure.Ots, 0, 2, 0, 0, 0, 0, 0);
        }

        return delivery;
    }

    /// <summary>A Raad delivery that is green: per gemeente 2 waiting (0-5 days), 3 requests, 3 started, 1 spoedzaak.</summary>
    public static DeliveryBuilder HealthyRaad(this DeliveryBuilder delivery, IEnumerable<string> gemeenten)
    {
        foreach (var gemeente in gemeenten)
        {
            delivery
                .Figure(gemeente, IndicatorCatalogue.RaadWachtlijst, 2)
                .Histogram(gemeente, IndicatorCatalogue.RaadWachtduur, Measure.None, 2, 0, 0, 0, 0, 0, 0)
                .Figure(gemeente, IndicatorCatalogue.RaadVerzoeken, 3)
                .Figure(gemeente, IndicatorCatalogue.RaadGestart, 3)
                .Figure(gemeente, IndicatorCatalogue.RaadSpoedzaken, 1);
        }

        return delivery;
    }

    /// <summary>A Veilig Thuis delivery that is green: per gemeente 3 waiting (0-5 days), beoordeling and onderzoek 9 of 10 on time.</summary>
    public static DeliveryBuilder HealthyVt(this DeliveryBuilder delivery, IEnumerable<string> gemeenten)
    {
        foreach (var gemeente in gemeenten)
        {
            delivery
                .Figure(gemeente, IndicatorCatalogue.VtWachtlijst, 3)
                .Histogram(gemeente, IndicatorCatalogue.VtWachtduur, Measure.None, 3, 0, 0, 0, 0, 0, 0)
                .Figure(gemeente, IndicatorCatalogue.VtBeoordelingTijdig, 9)
                .Figure(gemeente, IndicatorCatalogue.VtBeoordelingTotaal, 10)
                .Figure(gemeente, IndicatorCatalogue.VtOnderzoekTijdig, 9)
                .Figure(gemeente, IndicatorCatalogue.VtOnderzoekTotaal, 10);
        }

        return delivery;
    }

    /// <summary>Every source of the small world delivers healthy figures for <paramref name="date"/>.</summary>
    public static async Task DeliverHealthyAsync(this FigureFixture fixture, LocalDate date)
    {
        await fixture.Delivery("GI-A", date).HealthyGi(Jr01).SaveAsync();
        await fixture.Delivery("GI-B", date).HealthyGi(Jr02).SaveAsync();
        await fixture.Delivery("RAAD", date).HealthyRaad(All).SaveAsync();
        await fixture.Delivery("VT-A", date).HealthyVt(All).SaveAsync();
    }
}
