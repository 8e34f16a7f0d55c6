using Instroom.Data;
using Instroom.Jobs;
using Instroom.Web;
using Instroom.Web.Operator;

var command = OperatorCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command is null ? args : []);
builder.AddInstroomData();
builder.AddInstroomOperatorMode(command);
builder.AddInstroomJobs();
builder.AddInstroomWeb();

var app = builder.Build();
await app.Services.PrepareInstroomDatabaseAsync();
if (command is not null)
{
    return await app.Services.GetRequiredService<OperatorCommands>().RunAsync(command, Console.Out, CancellationToken.None);
}

app.UseInstroomWeb();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests' WebApplicationFactory can find it.</summary>
public partial class Program;
