using Instroom.Jobs.Scheduling;

namespace Instroom.Jobs.Sources;

/// <summary>
/// An administrator's change to a source's connection: validated, the token encrypted, stored, and the source's
/// recurring pull job declared again so a new pull time or a disabled source takes effect at once.
/// </summary>
public sealed class SourceConnectionEditor(SourceConnections connections, SourceTokenProtection protection, RecurringJobSchedule schedule)
{
    public async Task<SourceEditResult> SaveAsync(string sourceCode, SourceConnectionSettings settings, SourceTokenChange token,
        CancellationToken cancellationToken = default)
    {
        var before = await connections.ByCodeAsync(sourceCode, cancellationToken);
        if (before is null)
        {
            return SourceEditResult.Refused([new(SourceField.Connector, $"Er is geen bron met code '{sourceCode}'.")]);
        }

        var errors = SourceConnectionValidator.Validate(settings).ToList();
        if (token is SourceTokenChange.ReplaceToken { Token: var value } && (value.Length > 4000 || value.Any(char.IsControl)))
        {
            errors.Add(new(SourceField.Token, "Het token is te lang of bevat regeleinden of andere stuurtekens."));
        }

        if (errors.Count > 0)
        {
            return SourceEditResult.Refused(errors);
        }

        var protectedToken = token is SourceTokenChange.ReplaceToken replace ? protection.Protect(replace.Token.Trim()) : null;
        await connections.SaveAsync(sourceCode, settings, keepToken: token is SourceTokenChange.KeepToken, protectedToken, cancellationToken);
        var after = await connections.ByCodeAsync(sourceCode, cancellationToken)
            ?? throw new InvalidOperationException($"Source {sourceCode} disappeared while it was saved.");
        schedule.Register(after);
        return SourceEditResult.Saved(before, after, SourceChanges.Describe(before, after, token));
    }
}

/// <summary>The connection before and after, with a Dutch description of what changed (never the token); or the errors.</summary>
public sealed record SourceEditResult(SourceConnection? Before, SourceConnection? After, string Changes, IReadOnlyList<SourceFieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static SourceEditResult Saved(SourceConnection before, SourceConnection after, string changes) => new(before, after, changes, []);

    public static SourceEditResult Refused(IReadOnlyList<SourceFieldError> errors) => new(null, null, "", errors);
}
