using Instroom.Data;
using Instroom.Jobs;
using Instroom.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddInstroomData();
builder.AddInstroomJobs();
builder.AddInstroomWeb();

var app = builder.Build();
await app.Services.PrepareInstroomDatabaseAsync();
app.UseInstroomWeb();
await app.RunAsync();

/// <summary>Entry point; public so the tests' WebApplicationFactory can find it.</summary>
public partial class Program;
