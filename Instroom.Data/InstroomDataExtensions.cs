using Instroom.Data.Areas;
using Instroom.Data.Disclosure;
using Instroom.Data.Reference;
using Instroom.Data.Status;
using Instroom.Data.Storage;
using Instroom.Data.Supervision;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;

namespace Instroom.Data;

public static class InstroomDataExtensions
{
    /// <summary>
    /// Registers the database (provider chosen by <c>Instroom:Database:Provider</c>, connection string
    /// <c>ConnectionStrings:Instroom</c>), the schema migrator, the reference data and the query classes.
    /// </summary>
    public static IHostApplicationBuilder AddInstroomData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Bind(builder.Configuration.GetSection(DatabaseOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddOptions<DisclosurePolicy>()
            .Bind(builder.Configuration.GetSection(DisclosurePolicy.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var provider = builder.Configuration.GetValue(DatabaseOptions.SectionName + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Instroom")
            ?? throw new InvalidOperationException("ConnectionStrings:Instroom is not configured.");
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = SqliteFileLocation.Resolve(connectionString, builder.Environment.ContentRootPath);
        }

        builder.Services.AddSingleton(new InstroomDatabase(provider, connectionString));
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton<SchemaMigrator>();
        builder.Services.AddSingleton<ReferenceDataLoader>();
        builder.Services.AddSingleton<AreaQueries>();
        builder.Services.AddSingleton<SupervisionPeriods>();
        builder.Services.AddSingleton<Audit.AuditTrail>();
        builder.Services.AddSingleton<Access.UserAccounts>();
        builder.Services.AddRegionStatus();
        builder.Services.AddDashboardQueries();
        return builder;
    }
}

public static class InstroomDatabaseStartup
{
    /// <summary>Applies the schema scripts and loads the reference data, as configured, before the app serves.</summary>
    public static async Task PrepareInstroomDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        if (options.MigrateOnStart)
        {
            await services.GetRequiredService<SchemaMigrator>().MigrateAsync(cancellationToken);
        }

        if (options.LoadReferenceDataOnStart)
        {
            await services.GetRequiredService<ReferenceDataLoader>().LoadAsync(cancellationToken);
        }
    }
}
