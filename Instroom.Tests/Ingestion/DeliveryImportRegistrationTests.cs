using Instroom.Data.Storage;
using Instroom.Jobs.Contract;
using Instroom.Jobs.Import;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Instroom.Tests.Ingestion;

public sealed class DeliveryImportRegistrationTests
{
    [Fact]
    public void AddDeliveryImport_RegistersEverythingTheImportNeeds_AsSingletons()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new InstroomDatabase(DatabaseProvider.Sqlite, "Data Source=:memory:"))
            .AddSingleton<IClock>(SystemClock.Instance)
            .AddDeliveryImport();

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Same(provider.GetRequiredService<DeliveryImporter>(), provider.GetRequiredService<DeliveryImporter>());
        Assert.NotNull(provider.GetRequiredService<DeliveryValidator>());
        Assert.NotNull(provider.GetRequiredService<ImportRunLog>());
        Assert.Equal(DeliveryLimits.Default, provider.GetRequiredService<DeliveryLimits>());
    }
}
