using System.Security.Claims;
using System.Text.Encodings.Web;
using Instroom.Data.Access;
using Instroom.Tests.Support;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Instroom.Tests.Access.Support;

/// <summary>
/// INTERIM, until the sign-in of issue 6 is merged: the app with region scope wired and a request header standing in
/// for the sign-in cookie. Replaced by signing in through the real sign-in endpoint.
/// </summary>
public sealed class AccessApp : InstroomApp
{
    private const string InterimScheme = "InterimTest";
    private const string Header = "X-Interim-Principal";

    public Task<HttpClient> SignedInClientAsync(Principal principal)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (principal.IsSignedIn)
        {
            client.DefaultRequestHeaders.Add(Header, $"{principal.UserName};{string.Join(',', principal.Roles)};{string.Join(',', principal.Areas)}");
        }

        return Task.FromResult(client);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddRegionScope();
            services.AddAuthentication(InterimScheme).AddScheme<AuthenticationSchemeOptions, HeaderHandler>(InterimScheme, null);
            services.AddTransient<IStartupFilter, AuthenticateFirst>();
        });
    }

    private sealed class AuthenticateFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseAuthentication();
            next(app);
        };
    }

    private sealed class HeaderHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (Request.Headers[Header].ToString() is not { Length: > 0 } value)
            {
                return Task.FromResult(AuthenticateResult.NoResult());
            }

            var parts = value.Split(';');
            var claims = new List<Claim> { new(ClaimTypes.Name, parts[0]) };
            claims.AddRange(parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(role => new Claim(ClaimTypes.Role, role)));
            claims.AddRange(parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(area => new Claim(UserScope.AreaClaimType, area)));
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, InterimScheme)), InterimScheme)));
        }

        protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            Response.Redirect("/aanmelden");
            return Task.CompletedTask;
        }
    }
}
