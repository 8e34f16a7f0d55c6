using Instroom.Data.Audit;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using NodaTime;

namespace Instroom.Tests.Audit;

public sealed class AuditTrailTests
{
    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Record_KeepsEveryBioField_AndReadsBackNewestFirst(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var trail = new AuditTrail(test.Database);
        var at = Instant.FromUtc(2026, 11, 23, 9, 15, 30);

        await trail.RecordAsync(new AuditEntry(at, "inspecteur1", AuditActions.SignIn, "/aanmelden", AuditResults.Succeeded, "10.0.0.7", "corr-1"));
        await trail.RecordAsync(new AuditEntry(at.Plus(Duration.FromSeconds(1)), "inspecteur1", AuditActions.Export, "JR07/2026-W47.csv", AuditResults.Succeeded, "10.0.0.7"));

        var entries = await trail.RecentAsync(10);

        Assert.Equal([AuditActions.Export, AuditActions.SignIn], entries.Select(e => e.Action));
        var signIn = entries[1];
        Assert.Equal((at, "inspecteur1", "/aanmelden", AuditResults.Succeeded, "10.0.0.7", "corr-1"),
            (signIn.OccurredAt, signIn.Actor, signIn.Subject, signIn.Result, signIn.Origin, signIn.CorrelationId));
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Record_WithLineBreaksInInput_CannotForgeASecondEntry(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var trail = new AuditTrail(test.Database);
        var forged = "jan\r\n2026-11-23T09:00:00Z beheerder aanmelden gelukt";

        await trail.RecordAsync(new AuditEntry(Instant.FromUtc(2026, 11, 23, 9, 0), forged, AuditActions.SignIn, "/aanmelden", AuditResults.Failed, "10.0.0.7"));

        var stored = Assert.Single(await trail.RecentAsync(10));
        Assert.DoesNotContain('\n', stored.Actor);
        Assert.DoesNotContain('\r', stored.Actor);
        Assert.StartsWith("jan", stored.Actor, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [ClassData(typeof(Providers))]
    public async Task Recent_PagesBackwardsByAuditId_AndFiltersByAction(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, referenceData: false);
        var trail = new AuditTrail(test.Database);
        var at = Instant.FromUtc(2026, 11, 23, 9, 0);
        for (var i = 0; i < 5; i++)
        {
            await trail.RecordAsync(new AuditEntry(at.Plus(Duration.FromSeconds(i)), "b", i % 2 == 0 ? AuditActions.Export : AuditActions.SignIn, $"o{i}", AuditResults.Succeeded, "x"));
        }

        var first = await trail.RecentAsync(2);
        var next = await trail.RecentAsync(2, before: first[^1].AuditId);
        var exports = await trail.RecentAsync(10, action: AuditActions.Export);

        Assert.Equal(["o4", "o3", "o2", "o1"], first.Concat(next).Select(e => e.Subject));
        Assert.Equal(["o4", "o2", "o0"], exports.Select(e => e.Subject));
    }

    [Fact]
    public void Clean_ClipsToTheColumnSize()
    {
        Assert.Equal("abc", AuditTrail.Clean("abcdef", 3));
        Assert.Equal("a⏎b", AuditTrail.Clean("a\nb", 10));
    }
}
