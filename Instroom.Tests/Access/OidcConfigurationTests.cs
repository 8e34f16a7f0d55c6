using System.Security.Claims;
using Instroom.Data.Access;
using Instroom.Data.Audit;
using Instroom.Tests.Support;
using Instroom.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Instroom.Tests.Access;

/// <summary>OpenID Connect as configured (no identity provider is contacted: these tests stop before a challenge).</summary>
public sealed class OidcConfigurationTests(OidcConfigurationTests.OidcApp app) : IClassFixture<OidcConfigurationTests.OidcApp>
{
    [Fact]
    public void Oidc_IsAConfidentialClient_UsingTheCodeFlowWithPkce()
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(SignInRegistration.OidcScheme);

        Assert.Equal(("code", true, "instroom", "geheim-uit-de-omgeving", false),
            (options.ResponseType, options.UsePkce, options.ClientId, options.ClientSecret, options.SaveTokens));
    }

    [Fact]
    public async Task SignInPage_OffersTheOrganisationAccount()
    {
        using var client = app.CreateAnonymousClient();

        var html = await client.GetStringAsync(new Uri("/aanmelden", UriKind.Relative));

        Assert.Contains("href=\"/aanmelden/extern?ReturnUrl=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstExternalSignIn_CreatesTheUserWithMappedRolesAndAreas()
    {
        var context = await MapAsync("sub-inspecteur-1", ("preferred_username", "j.jansen"), ("roles", "igj-inspecteur"), ("instroom_gebied", "JZ07"));

        var user = await app.Services.GetRequiredService<UserAccounts>().FindByExternalSubjectAsync("sub-inspecteur-1");
        Assert.NotNull(user);
        Assert.Equal(("j.jansen", (string?)null), (user.UserName, user.PasswordHash));
        Assert.Equal([Roles.Inspectie], user.Roles);
        Assert.Equal(["JZ07"], user.AreaCodes);
        Assert.Equal("j.jansen", context.Principal!.Identity!.Name);
        Assert.True(context.Principal.IsInRole(Roles.Inspectie));
        Assert.Null(context.Result);
    }

    [Fact]
    public async Task ExternalSignIn_WithoutAMappedRole_IsRefused_AndCreatesNobody()
    {
        var context = await MapAsync("sub-zonder-rol", ("preferred_username", "zonder.rol"), ("roles", "iets-anders"));

        Assert.NotNull(context.Result?.Failure);
        Assert.Null(await app.Services.GetRequiredService<UserAccounts>().FindByExternalSubjectAsync("sub-zonder-rol"));
        Assert.Contains(await app.Services.GetRequiredService<AuditTrail>().RecentAsync(50, AuditActions.SignIn),
            entry => entry.Subject == "zonder.rol" && entry.Result == AuditResults.Refused);
    }

    private async Task<TokenValidatedContext> MapAsync(string subject, params (string Type, string Value)[] claims)
    {
        var http = new DefaultHttpContext { RequestServices = app.Services };
        var identity = new ClaimsIdentity([new Claim("sub", subject), .. claims.Select(claim => new Claim(claim.Type, claim.Value))], "oidc");
        var scheme = new AuthenticationScheme(SignInRegistration.OidcScheme, null, typeof(OpenIdConnectHandler));
        var options = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(SignInRegistration.OidcScheme);
        var context = new TokenValidatedContext(http, scheme, options, new ClaimsPrincipal(identity), new AuthenticationProperties());
        await app.Services.GetRequiredService<ExternalSignIn>().MapAsync(context);
        return context;
    }

    public sealed class OidcApp : InstroomApp
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Instroom:Authentication:Oidc:Authority"] = "https://login.example.nl/realms/jeugd",
            ["Instroom:Authentication:Oidc:ClientId"] = "instroom",
            ["Instroom:Authentication:Oidc:ClientSecret"] = "geheim-uit-de-omgeving",
            ["Instroom:Authentication:Oidc:RoleMapping:igj-inspecteur"] = "Inspectie",
        };
    }
}
