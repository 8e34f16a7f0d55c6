using Instroom.Web.Health;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Instroom.Web;

public static class InstroomWebExtensions
{
    /// <summary>MVC with feature folders, health checks and the web's own services.</summary>
    public static WebApplicationBuilder AddInstroomWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddControllersWithViews();
        builder.Services.Configure<RazorViewEngineOptions>(options =>
        {
            // Views live beside their controller: Features/{Feature}/{View}.cshtml.
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UseInstroomWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.MapHealthChecks("/health");
        app.MapControllers();
        return app;
    }
}
