using NodaTime;

namespace Instroom.Data.Access;

/// <summary>A user as stored in <c>app_user</c>, with roles and area codes.</summary>
public sealed record UserAccount(
    int UserId,
    string UserName,
    string DisplayName,
    string? PasswordHash,
    string? ExternalSubject,
    int FailedSignIns,
    Instant? LockedUntil,
    bool MustChangePassword,
    bool Disabled,
    Instant CreatedAt,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> AreaCodes)
{
    public bool IsLockedAt(Instant now) => LockedUntil is { } until && until > now;
}

/// <summary>A change to a user refused for a reason the administrator can fix; the message is Dutch.</summary>
public sealed class UserAccountException(string message) : Exception(message);
