using System.Net;
using Instroom.Data.Access;
using Instroom.Data.Audit;
using Instroom.Tests.Support;
using Instroom.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Access;

public sealed class AuditedActionsTests(SignInApp app) : IClassFixture<SignInApp>
{
    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task EveryDownload_IsAudited_WithItsFileName(string format)
    {
        using var client = await app.CreateClientAsAsync("export-" + format, [Roles.Inspectie]);

        using var response = await client.GetAsync(new Uri("/test/export." + format, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(await app.AuditAsync(AuditActions.Export, "export-" + format));
        Assert.Equal(("/test/export." + format, AuditResults.Succeeded, "instroom-friesland-fryslan-2026-W47." + format),
            (entry.Subject, entry.Result, entry.Details));
    }

    [Fact]
    public async Task ManualPull_IsAudited()
    {
        using var client = await app.CreateClientAsAsync("ophaler", [Roles.Beheerder]);

        using var response = await SignInApp.PostFormAsync(client, "/aanleveringen/GI-JBRR/ophalen", SignInRegistration.SignOutPath, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = Assert.Single(await app.AuditAsync(AuditActions.JobRun, "ophaler"));
        Assert.Equal("GI-JBRR", entry.Subject);
    }

    [Fact]
    public async Task StartingAndEndingSupervision_IsAudited_WithTheSignedInUserAsSetter()
    {
        using var client = await app.CreateClientAsAsync("inspecteur", [Roles.Inspectie]);

        using var start = await SignInApp.PostFormAsync(client, "/inspectie/toezicht/starten", "/inspectie", new Dictionary<string, string>
        {
            ["StartForm.Region"] = "TR02",
            ["StartForm.Start"] = "2026-01-05",
        });
        var periodId = await TestDatabaseScalarAsync();
        using var end = await SignInApp.PostFormAsync(client, $"/inspectie/toezicht/{periodId}/beeindigen", "/inspectie", new Dictionary<string, string>
        {
            ["EndForm.End"] = "2026-03-01",
        });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (start.StatusCode, end.StatusCode));
        var entries = await app.AuditAsync(AuditActions.SupervisionChanged, "inspecteur");
        Assert.Equal(["verscherpt toezicht beëindigd op 2026-03-01", "verscherpt toezicht gestart op 2026-01-05"], entries.Select(entry => entry.Details));
        Assert.All(entries, entry => Assert.Equal("TR02", entry.Subject));
    }

    [Fact]
    public async Task AnEntry_CarriesOriginAndCorrelationId()
    {
        using var client = await app.CreateClientAsAsync("herkomst", [Roles.Inspectie]);

        var entry = Assert.Single(await app.AuditAsync(AuditActions.SignIn, "herkomst"));

        Assert.False(string.IsNullOrEmpty(entry.Origin));
        Assert.False(string.IsNullOrEmpty(entry.CorrelationId));
    }

    private async Task<int> TestDatabaseScalarAsync()
    {
        await using var connection = await app.Services.GetRequiredService<Instroom.Data.Storage.InstroomDatabase>().OpenAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<int>(connection, "SELECT MAX(supervision_period_id) FROM supervision_period");
    }
}
