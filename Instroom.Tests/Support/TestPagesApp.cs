using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Instroom.Tests.Support;

/// <summary>
/// The real app plus <see cref="TestPagesController"/>: pages that production has no reason to serve (a map with
/// every status, an action that fails, a download), so tests can reach the real views, error handling and results.
/// </summary>
public class TestPagesApp : InstroomApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(TestPagesController).Assembly));
    }
}
