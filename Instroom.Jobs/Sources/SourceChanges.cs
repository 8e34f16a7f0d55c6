namespace Instroom.Jobs.Sources;

/// <summary>What an administrator changed of a connection, in Dutch for the audit trail. The token is only ever "vervangen" or "verwijderd".</summary>
public static class SourceChanges
{
    public static string Describe(SourceConnection before, SourceConnection after, SourceTokenChange token)
    {
        var changes = new List<string>();
        Compare(changes, "koppeling", before.Connector ?? "geen", after.Connector ?? "geen");
        Compare(changes, "adres", SafeAddress(before.BaseUrl), SafeAddress(after.BaseUrl));
        Compare(changes, "map", before.FolderPath ?? "–", after.FolderPath ?? "–");
        Compare(changes, "ophaaltijd", Text(before.PullTimeLocal), Text(after.PullTimeLocal));
        Compare(changes, "time-out", $"{before.TimeoutSeconds} s", $"{after.TimeoutSeconds} s");
        Compare(changes, "maximale grootte", $"{before.MaxBodyBytes} bytes", $"{after.MaxBodyBytes} bytes");
        Compare(changes, "ingeschakeld", before.Connector is not null && before.Enabled ? "ja" : "nee", after.Enabled ? "ja" : "nee");
        switch (token)
        {
            case SourceTokenChange.ReplaceToken:
                changes.Add("token: vervangen");
                break;
            case SourceTokenChange.RemoveToken when !string.IsNullOrWhiteSpace(before.TokenProtected):
                changes.Add("token: verwijderd");
                break;
        }

        return changes.Count == 0 ? "geen wijzigingen" : string.Join("; ", changes);
    }

    /// <summary>Scheme, host and path only: user info or a query string could hold a secret.</summary>
    public static string SafeAddress(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) ? "–"
        : Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path)
        : "(ongeldig adres)";

    private static string Text(string value) => string.IsNullOrEmpty(value) ? "–" : value;

    private static void Compare(List<string> changes, string label, string before, string after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add($"{label}: {before} → {after}");
        }
    }
}
