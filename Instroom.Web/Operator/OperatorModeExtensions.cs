using Instroom.Web.Operator;

namespace Instroom.Web;

public static class OperatorModeExtensions
{
    /// <summary>
    /// For an operator command: no Hangfire server, no demo server, and only warnings in the log, so the command's own
    /// output is what the operator reads.
    /// </summary>
    public static WebApplicationBuilder AddInstroomOperatorMode(this WebApplicationBuilder builder, OperatorCommand? command)
    {
        builder.Services.AddSingleton<OperatorCommands>();
        if (command is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Instroom:Schedule:RunServer"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            });
        }

        return builder;
    }
}
