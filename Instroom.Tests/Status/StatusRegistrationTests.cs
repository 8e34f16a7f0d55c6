using Instroom.Data.Rollups;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Testing;

namespace Instroom.Tests.Status;

public sealed class StatusRegistrationTests
{
    [Fact]
    public async Task AddRegionStatus_RegistersTheQueriesAndStores_AndSeedsTheDefaultRulesAtStart()
    {
        await using var test = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, referenceData: false);
        var services = new ServiceCollection()
            .AddSingleton(test.Database)
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 23, 0, 0)))
            .AddLogging()
            .AddRegionStatus();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        Assert.NotNull(provider.GetRequiredService<RegionWeekQueries>());
        Assert.NotNull(provider.GetRequiredService<RegionStatusRecomputer>());
        var rules = await provider.GetRequiredService<StatusRuleStore>().LoadAsync();
        Assert.Equal(DefaultStatusRules.Load(Instant.MinValue).Count, rules.Count);
    }
}
