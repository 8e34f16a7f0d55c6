using System.Security.Claims;
using Instroom.Data.Access;
using Instroom.Data.Audit;
using NodaTime;

namespace Instroom.Web.Security;

/// <summary>
/// Checks a local account's name and password: lockout after <see cref="UserAccounts.MaxFailedSignIns"/> failures,
/// the same answer whether the user exists or not, and an audit entry for every attempt (with the name tried, never
/// the password).
/// </summary>
public sealed class LocalSignIn(UserAccounts accounts, PasswordHashing hashing, AccessAudit audit, IClock clock)
{
    // Checked against when the user does not exist, so that answer takes as long as a wrong password.
    private readonly Lazy<string> _decoyHash = new(() => hashing.Hash(hashing.NewOneTimePassword()));

    public async Task<ClaimsPrincipal?> SignInAsync(HttpContext context, string? userName, string? password, CancellationToken cancellationToken = default)
    {
        var tried = AuditTrail.Clean(UserAccounts.NormaliseUserName(userName ?? ""), 100);
        var user = tried.Length == 0 ? null : await accounts.FindByNameAsync(tried, cancellationToken);
        var now = clock.GetCurrentInstant();
        if (user?.PasswordHash is not { } hash || user.Disabled || string.IsNullOrEmpty(password))
        {
            hashing.Verify(_decoyHash.Value, password ?? "-");
            await FailedAsync(context, tried, user is null ? "onbekende gebruiker" : user.Disabled ? "uitgeschakeld" : "geen wachtwoord");
            return null;
        }

        if (user.IsLockedAt(now))
        {
            hashing.Verify(_decoyHash.Value, password);
            await FailedAsync(context, tried, "vergrendeld");
            return null;
        }

        var check = hashing.Verify(hash, password);
        if (check == PasswordCheck.Failed)
        {
            var locked = await accounts.RecordFailedSignInAsync(user.UserId, cancellationToken);
            await FailedAsync(context, tried, "onjuist wachtwoord");
            if (locked)
            {
                await audit.RecordAsync(context, tried, AuditActions.Lockout, tried, AuditResults.Refused,
                    $"{UserAccounts.MaxFailedSignIns} mislukte pogingen; vergrendeld voor {UserAccounts.LockoutDuration.TotalMinutes} minuten");
            }

            return null;
        }

        if (check == PasswordCheck.SucceededRehashNeeded)
        {
            await accounts.SetPasswordHashAsync(user.UserId, hashing.Hash(password), user.MustChangePassword, cancellationToken);
        }

        await accounts.RecordSucceededSignInAsync(user.UserId, cancellationToken);
        await audit.RecordAsync(context, user.UserName, AuditActions.SignIn, user.UserName, AuditResults.Succeeded, "lokaal account");
        return InstroomClaims.For(user, now, now);
    }

    private Task FailedAsync(HttpContext context, string tried, string reason) =>
        audit.RecordAsync(context, AccessAudit.Anonymous, AuditActions.SignIn, tried.Length == 0 ? "(leeg)" : tried, AuditResults.Failed, reason);
}
