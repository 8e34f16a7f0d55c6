using Instroom.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace Instroom.Tests.Web.Accessibility;

public sealed class AccessibilityStatementTests(InstroomApp app) : IClassFixture<InstroomApp>
{
    [Fact]
    public async Task Statement_NamesTheConfiguredContact_AndOrganisation()
    {
        using var configured = app.WithWebHostBuilder(builder => builder
            .UseSetting("Instroom:Accessibility:ContactEmail", "digitoegankelijk@voorbeeld.nl")
            .UseSetting("Instroom:Accessibility:Organisation", "de Stichting Voorbeeld"));
        using var client = configured.CreateClient();

        var html = await client.GetStringAsync(new Uri("/toegankelijkheid", UriKind.Relative));

        Assert.Contains("href=\"mailto:digitoegankelijk@voorbeeld.nl\"", html, StringComparison.Ordinal);
        Assert.Contains("beheerd door de Stichting Voorbeeld.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Statement_HasTheSectionsOfTheGovernmentModel()
    {
        using var client = app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/toegankelijkheid", UriKind.Relative));

        foreach (var section in new[] { "Nalevingsstatus", "Wat nog niet voldoet", "Hoe we dit hebben getest", "Loopt u tegen een probleem aan?", "Datum" })
        {
            Assert.Contains($">{section}</h2>", html, StringComparison.Ordinal);
        }

        Assert.Contains("opgesteld op 23 november 2026", html, StringComparison.Ordinal);
    }
}
