using Hangfire;
using Hangfire.SqlServer;
using Instroom.Data.Storage;
using Instroom.Jobs.Demo;
using Instroom.Jobs.Import;
using Instroom.Jobs.Scheduling;
using Instroom.Jobs.Sources;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Jobs;

public static class InstroomJobsExtensions
{
    /// <summary>
    /// Registers sources, validation, import and the Hangfire schedules. Hangfire storage follows the database
    /// provider: SQL Server in production, in-memory with the embedded SQLite default.
    /// </summary>
    public static IHostApplicationBuilder AddInstroomJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ScheduleOptions>().Bind(builder.Configuration.GetSection(ScheduleOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SourceOptions>().Bind(builder.Configuration.GetSection(SourceOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        var schedule = builder.Configuration.GetSection(ScheduleOptions.SectionName).Get<ScheduleOptions>() ?? new ScheduleOptions();

        services.AddDeliveryImport();
        services.AddDemoSources(builder.Configuration);
        services.AddSourceHttpClient(schedule.HttpRetryBaseDelay);
        services.AddSingleton<SourceConnections>();
        services.AddSingleton<SourceConnectionSeeder>();
        services.AddSingleton<SourceTokens>();
        services.AddDataProtection();
        services.AddSingleton<SourceTokenProtection>();
        services.AddSingleton<SourceConnectionEditor>();
        services.AddSingleton<SourceConnectionCheck>();
        services.AddSingleton<HttpSourceConnector>();
        services.AddSingleton<FolderSourceConnector>();
        services.AddSingleton<PullHistory>();
        services.AddSingleton<SourcePuller>();
        services.AddSingleton<DeliveryExpectations>();
        services.AddSingleton<LatenessCheck>();
        services.AddSingleton<NightlyCatchUp>();
        services.AddSingleton<RecurringJobSchedule>();
        services.AddSingleton<HistoryBackfill>();
        services.AddTransient<PullSourceJob>();
        services.AddTransient<LatenessCheckJob>();
        services.AddTransient<StatusRecomputeJob>();

        var provider = builder.Configuration.GetValue(DatabaseOptions.SectionName + ":Provider", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString("Instroom");
        services.AddHangfire((serviceProvider, configuration) =>
        {
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseFilter(new RetryBeforeDeadlineFilter(
                    new LatenessDeadlines(schedule.LatenessDeadline, schedule.MissingAfterDays), schedule.RetryFirstDelay,
                    serviceProvider.GetRequiredService<IClock>()));
            if (provider == DatabaseProvider.SqlServer)
            {
                configuration.UseSqlServerStorage(() => new SqlConnection(connectionString), new SqlServerStorageOptions
                {
                    PrepareSchemaIfNecessary = true,
                    QueuePollInterval = TimeSpan.Zero,
                    SchemaName = "hangfire",
                });
            }
            else
            {
                configuration.UseInMemoryStorage();
            }
        });
        if (schedule.RunServer)
        {
            services.AddHangfireServer(options =>
            {
                // Two cores: SQLite has one writer anyway, and pulls mostly wait on the network.
                options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
                options.ServerName = "instroom";
            });
            services.AddHostedService<JobsStartup>();
        }

        return builder;
    }
}
