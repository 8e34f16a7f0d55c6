using Instroom.Web.Caching;
using Instroom.Web.Features.Accessibility;
using Instroom.Web.Features.Admin;
using Instroom.Web.Features.Dashboard;
using Instroom.Web.Features.Map;
using Instroom.Web.Features.Trends;
using Instroom.Web.Health;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Instroom.Web;

public static class InstroomWebExtensions
{
    /// <summary>MVC with feature folders, health checks and the web's own services.</summary>
    public static WebApplicationBuilder AddInstroomWeb(this WebApplicationBuilder builder)
    {
        // Nothing to gain from telling the world which server answers.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddControllersWithViews();
        builder.Services.Configure<RazorViewEngineOptions>(options =>
        {
            // Views live beside their controller: Features/{Feature}/{View}.cshtml.
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddOptions<AccessibilityOptions>()
            .Bind(builder.Configuration.GetSection(AccessibilityOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Projected once, on first use, from the embedded boundaries.
        builder.Services.AddSingleton(_ => NationalMapGeometry.Load());
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<TrendPageQueries>();
        builder.Services.AddDashboardPages();
        builder.AddInstroomSignIn();
        builder.Services.AddRegionScope();
        builder.Services.AddAdministration();
        builder.AddInstroomCaching();
        return builder;
    }

    public static WebApplication UseInstroomWeb(this WebApplication app)
    {
        // First, so every response below — pages, errors, static files, Hangfire — gets the headers.
        app.UseSecurityHeaders(hsts: !app.Environment.IsDevelopment());
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
        }

        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseInstroomSignIn();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapInstroomHangfireDashboard();
        // After sign-in: cached pages vary by the signed-in user's scope, and authorisation still runs first.
        app.UseInstroomCaching();
        app.MapControllers();
        return app;
    }
}
