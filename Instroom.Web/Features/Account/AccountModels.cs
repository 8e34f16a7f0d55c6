namespace Instroom.Web.Features.Account;

/// <summary>The sign-in page: what was typed (never the password back), where to go after, and what went wrong.</summary>
public sealed record SignInPage(string? UserName, string? ReturnUrl, string? Error, string? ExternalSignInLabel);

/// <summary>The change-password page; <paramref name="Required"/> when the password is a one-time one.</summary>
public sealed record ChangePasswordPage(bool Required, IReadOnlyList<string> Errors);

public sealed class SignInForm
{
    public string? UserName { get; init; }

    public string? Password { get; init; }

    public string? ReturnUrl { get; init; }
}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; init; }

    public string? NewPassword { get; init; }

    public string? ConfirmPassword { get; init; }

    public const int MinimumLength = 12;

    /// <summary>ASVS 2.1: at least 12 characters, no upper limit below 64, no composition rules; not the old one.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(CurrentPassword))
        {
            problems.Add("Vul uw huidige wachtwoord in.");
        }

        if (string.IsNullOrEmpty(NewPassword) || NewPassword.Length < MinimumLength)
        {
            problems.Add($"Kies een nieuw wachtwoord van minstens {MinimumLength} tekens.");
        }
        else if (NewPassword.Length > 128)
        {
            problems.Add("Kies een nieuw wachtwoord van hoogstens 128 tekens.");
        }
        else if (string.Equals(NewPassword, CurrentPassword, StringComparison.Ordinal))
        {
            problems.Add("Het nieuwe wachtwoord moet anders zijn dan het huidige.");
        }

        if (!string.Equals(NewPassword, ConfirmPassword, StringComparison.Ordinal))
        {
            problems.Add("De herhaling komt niet overeen met het nieuwe wachtwoord.");
        }

        return problems;
    }
}
