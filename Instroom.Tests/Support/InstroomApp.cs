using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Support;

/// <summary>
/// The real web application on its own SQLite file in a temporary folder. Tests that need a real socket (browser,
/// load) call <see cref="StartKestrel"/>, which uses <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel()"/>.
/// </summary>
public class InstroomApp : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("instroom-app-");

    public string DatabasePath => Path.Combine(_folder.FullName, "instroom.db");

    /// <summary>Extra configuration a derived fixture needs (demo data, schedules, ...).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>
    /// Starts the app on a real Kestrel socket on 127.0.0.1 with a free port and returns its address. Call it
    /// before anything else touches the factory (<see cref="WebApplicationFactory{TEntryPoint}.UseKestrel()"/>
    /// must come first); <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> then talks to the socket.
    /// </summary>
    public Uri StartKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Instroom", $"Data Source={DatabasePath}");
        builder.UseSetting("Instroom:Database:Provider", "Sqlite");

        // Tests seed what they need; the demo sources and the Hangfire server are opted into by a derived fixture.
        builder.UseSetting("Instroom:Demo:Enabled", "false");
        builder.UseSetting("Instroom:Schedule:RunServer", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory can dispose twice (sync and async paths); the folder goes once.
        if (disposing && _folder.Exists)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Delete(recursive: true);
            _folder.Refresh();
        }
    }
}
