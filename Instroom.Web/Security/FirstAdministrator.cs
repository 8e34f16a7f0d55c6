using Instroom.Data.Access;
using Microsoft.Extensions.Options;

namespace Instroom.Web.Security;

/// <summary>Where the first administrator's one-time password is written: the console, never a log.</summary>
public sealed class AdministratorPasswordOutput
{
    public TextWriter Writer { get; init; } = Console.Out;
}

/// <summary>
/// On a start with no users at all, creates <c>beheerder</c> (role Beheerder) with a random one-time password that
/// must be changed at first sign-in, and prints that password once on the console. There is no default password.
/// </summary>
public sealed class FirstAdministrator(UserAccounts accounts, PasswordHashing hashing, AdministratorPasswordOutput output,
    IOptions<SignInSettings> settings) : IHostedService
{
    public const string UserName = "beheerder";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.CreateFirstAdministrator || await accounts.CountAsync(cancellationToken) > 0)
        {
            return;
        }

        var password = hashing.NewOneTimePassword();
        if (!await accounts.CreateFirstAdministratorAsync(UserName, "Beheerder", hashing.Hash(password), cancellationToken))
        {
            return;
        }

        await output.Writer.WriteLineAsync($"""

            ================================================================
             Instroom: eerste beheerder aangemaakt
               gebruikersnaam:       {UserName}
               eenmalig wachtwoord:  {password}
             Meld u aan op /aanmelden en kies direct een eigen wachtwoord.
             Dit wachtwoord wordt niet opgeslagen en niet nogmaals getoond.
            ================================================================

            """);
        await output.Writer.FlushAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
