using System.Net;
using System.Text.RegularExpressions;
using Instroom.Data.Access;
using Instroom.Tests.Support;
using Instroom.Web.Security;

namespace Instroom.Tests.Access;

public sealed partial class SecretsStayOutOfLogsTests(SignInApp app) : IClassFixture<SignInApp>
{
    [Fact]
    public async Task FirstAdministrator_IsCreatedOnce_WithAOneTimePasswordOnTheConsoleOnly()
    {
        using var again = app.WithWebHostBuilder(_ => { });
        _ = again.Services; // a second start on the same database

        var printed = OneTimePassword().Matches(app.Console.ToString());
        var administrators = (await app.Accounts.ListAsync()).Where(user => user.UserName == FirstAdministrator.UserName).ToList();

        var match = Assert.Single(printed);
        var administrator = Assert.Single(administrators);
        Assert.Equal([Roles.Beheerder], administrator.Roles);
        Assert.True(administrator.MustChangePassword);
        Assert.Equal(PasswordCheck.Succeeded, new PasswordHashing().Verify(administrator.PasswordHash!, match.Groups[1].Value));
    }

    [Fact]
    public async Task Logs_HoldNoPasswordTokenOrCookieValue_ThroughSignInFailureAndPasswordChange()
    {
        // The first administrator's printed password, and a one-time password of our own user (the first
        // administrator stays untouched for the other test).
        var printed = OneTimePassword().Match(app.Console.ToString()).Groups[1].Value;
        var hashing = new PasswordHashing();
        var oneTime = hashing.NewOneTimePassword();
        await app.Accounts.CreateAsync("geheim", "Geheim", hashing.Hash(oneTime), mustChangePassword: true, [Roles.Beheerder], []);
        using var client = app.CreateBareClient();
        var secrets = new List<string> { printed, oneTime };

        using var failed = await InstroomApp.SignInAsync(client, "geheim", "wrong-password-for-the-logs");
        secrets.Add("wrong-password-for-the-logs");
        using var signedIn = await InstroomApp.SignInAsync(client, "geheim", oneTime);
        secrets.AddRange(signedIn.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0].Split('=', 2)[1]));
        var token = await InstroomApp.AntiforgeryTokenAsync(client, SignInRegistration.ChangePasswordPath);
        secrets.Add(token);
        var newPassword = "een-nieuw-wachtwoord-voor-de-logs";
        secrets.Add(newPassword);
        using var changed = await client.PostAsync(new Uri(SignInRegistration.ChangePasswordPath, UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["CurrentPassword"] = oneTime,
                ["NewPassword"] = newPassword,
                ["ConfirmPassword"] = newPassword,
                ["__RequestVerificationToken"] = token,
            }));
        if (changed.Headers.TryGetValues("Set-Cookie", out var renewed))
        {
            secrets.AddRange(renewed.Select(cookie => cookie.Split(';')[0].Split('=', 2)[1]).Where(value => value.Length > 0));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var logs = app.Logs.Lines;
        Assert.NotEmpty(printed);
        Assert.Contains(logs, line => line.Contains("/wachtwoord-wijzigen", StringComparison.Ordinal));
        Assert.All(secrets.Where(secret => secret.Length >= 8), secret =>
            Assert.DoesNotContain(logs, line => line.Contains(secret, StringComparison.Ordinal)));
    }

    [GeneratedRegex("eenmalig wachtwoord:\\s+(\\S+)")]
    private static partial Regex OneTimePassword();
}
