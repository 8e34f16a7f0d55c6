using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Web.Security;

/// <summary>Wires sign-in, deny-by-default authorisation, antiforgery, Data Protection and the audit of access.</summary>
public static class SignInRegistration
{
    public const string CookieName = "__Host-instroom";
    public const string AntiforgeryCookieName = "__Host-instroom-af";
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string SignInPath = "/aanmelden";
    public const string SignOutPath = "/afmelden";
    public const string ChangePasswordPath = "/wachtwoord-wijzigen";

    public static WebApplicationBuilder AddInstroomSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SignInSettings>().Bind(builder.Configuration.GetSection(SignInSettings.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OidcSettings>().Bind(builder.Configuration.GetSection(OidcSettings.SectionName))
            .Validate(oidc => !oidc.IsEnabled || (!string.IsNullOrWhiteSpace(oidc.ClientId) && !string.IsNullOrWhiteSpace(oidc.ClientSecret)),
                "Instroom:Authentication:Oidc needs ClientId and ClientSecret when Authority is set.")
            .ValidateOnStart();
        services.AddSingleton<PasswordHashing>();
        services.AddSingleton<AccessAudit>();
        services.AddSingleton<LocalSignIn>();
        services.AddSingleton<ExternalSignIn>();
        services.AddScoped<SessionValidation>();
        services.AddSingleton<AdministratorPasswordOutput>();
        services.AddHostedService<FirstAdministrator>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResultHandler>();

        // One application name and one key ring in the database: every server reads the others' cookies.
        services.AddDataProtection().SetApplicationName("Instroom");
        services.AddOptions<KeyManagementOptions>().Configure<Data.Storage.InstroomDatabase>((options, database) =>
            options.XmlRepository = new DatabaseXmlRepository(database));

        services.Configure<MvcOptions>(options =>
        {
            options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            options.Filters.Add<ExportAudit>();
            options.Filters.Add<AntiforgeryAudit>();
        });
        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<SignInSettings>>((options, settings) =>
        {
            options.Cookie.Name = settings.Value.AllowHttp ? "instroom-af" : AntiforgeryCookieName;
            options.Cookie.SecurePolicy = settings.Value.AllowHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // SecurityHeaders sends DENY on every response; antiforgery would only add a weaker SAMEORIGIN.
            options.SuppressXFrameOptionsHeader = true;
        });

        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.Path = "/";
                options.SlidingExpiration = true;
                options.LoginPath = SignInPath;
                options.LogoutPath = SignOutPath;
                options.AccessDeniedPath = "/fout/403";
                options.EventsType = typeof(SessionValidation);
            });
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IClock, IOptions<SignInSettings>>((options, clock, settings) =>
            {
                options.TimeProvider = new ClockTimeProvider(clock);
                options.ExpireTimeSpan = settings.Value.IdleTimeout;
            });

        var oidc = builder.Configuration.GetSection(OidcSettings.SectionName).Get<OidcSettings>() ?? new OidcSettings();
        if (oidc.IsEnabled)
        {
            authentication.AddOpenIdConnect(OidcScheme, "OpenID Connect", options =>
            {
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.Authority = oidc.Authority;
                options.ClientId = oidc.ClientId;
                options.ClientSecret = oidc.ClientSecret;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.SaveTokens = false;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.CallbackPath = "/aanmelden/oidc";
                options.SignedOutCallbackPath = "/afmelden/oidc";
                options.Scope.Clear();
                foreach (var scope in oidc.Scopes)
                {
                    options.Scope.Add(scope);
                }

                options.Events.OnTokenValidated = context =>
                    context.HttpContext.RequestServices.GetRequiredService<ExternalSignIn>().MapAsync(context);
                options.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect(SignInPath + "?extern=mislukt");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorization(Policies.Add);
        return builder;
    }

    /// <summary>Authentication and authorisation, after routing; a user who must change the password goes nowhere else first.</summary>
    public static WebApplication UseInstroomSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use((context, next) =>
        {
            if (context.User.HasClaim(claim => claim.Type == InstroomClaims.MustChangePassword)
                && !context.Request.Path.StartsWithSegments(ChangePasswordPath)
                && !context.Request.Path.StartsWithSegments(SignOutPath)
                && !context.Request.Path.StartsWithSegments("/fout")
                && !context.Request.Path.StartsWithSegments("/health"))
            {
                context.Response.Redirect(ChangePasswordPath);
                return Task.CompletedTask;
            }

            return next(context);
        });
        return app;
    }
}
