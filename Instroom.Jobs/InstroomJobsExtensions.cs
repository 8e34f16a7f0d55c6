using Microsoft.Extensions.Hosting;

namespace Instroom.Jobs;

public static class InstroomJobsExtensions
{
    /// <summary>Registers sources, validation, import and the Hangfire schedules.</summary>
    public static IHostApplicationBuilder AddInstroomJobs(this IHostApplicationBuilder builder) => builder;
}
