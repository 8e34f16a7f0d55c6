using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Instroom.Tests.Support;

/// <summary>
/// The real web application on its own SQLite file in a temporary folder. Tests that need a real socket (browser,
/// load) call <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel()"/> through <see cref="StartKestrel"/>.
/// </summary>
public class InstroomApp : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("instroom-app-");

    public string DatabasePath => Path.Combine(_folder.FullName, "instroom.db");

    /// <summary>Extra configuration a derived fixture needs (demo data, schedules, ...).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Instroom", $"Data Source={DatabasePath}");
        builder.UseSetting("Instroom:Database:Provider", "Sqlite");
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
