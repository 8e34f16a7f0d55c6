namespace Instroom.Data.Access;

/// <summary>
/// The four roles (the values allowed by the CHECK on <c>user_role.role</c>), used as <c>ClaimTypes.Role</c> values.
/// Beheerder and Inspectie see every region; Ketenpartner their assigned jeugdregio's; Accounthouder their assigned
/// gemeenten and jeugdregio's.
/// </summary>
public static class Roles
{
    public const string Beheerder = "Beheerder";
    public const string Inspectie = "Inspectie";
    public const string Ketenpartner = "Ketenpartner";
    public const string Accounthouder = "Accounthouder";

    public static IReadOnlyList<string> All { get; } = [Beheerder, Inspectie, Ketenpartner, Accounthouder];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
