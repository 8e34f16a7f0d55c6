using Dapper;
using Instroom.Data.Storage;
using NodaTime;

namespace Instroom.Data.Status;

/// <summary>Reads, seeds and updates the status rules in <c>status_rule</c>.</summary>
public sealed class StatusRuleStore(InstroomDatabase database, IClock clock)
{
    public async Task<IReadOnlyList<StatusRule>> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RuleRow>(new CommandDefinition(SelectRulesSql, cancellationToken: cancellationToken));
        return rows
            .Select(row => row.ToRule())
            .OrderBy(rule => rule.Question)
            .ThenBy(rule => rule.RuleCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Inserts the <see cref="DefaultStatusRules"/> when the table is empty; returns how many rules were added (0 when
    /// rules exist: an administrator's choices are never overwritten).
    /// </summary>
    public async Task<int> SeedDefaultsAsync(CancellationToken cancellationToken = default)
    {
        var defaults = DefaultStatusRules.Load(clock.GetCurrentInstant());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await connection.ExecuteScalarAsync<int>(new CommandDefinition(CountRulesSql, transaction: transaction, cancellationToken: cancellationToken));
        if (existing > 0)
        {
            return 0;
        }

        var added = 0;
        foreach (var rule in defaults)
        {
            added += await connection.ExecuteAsync(new CommandDefinition(InsertRuleSql, Parameters(rule), transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// Changes a rule's thresholds and whether it is enabled, after validation; nothing is written when there are
    /// errors (Dutch, for the administrator).
    /// </summary>
    public async Task<StatusRuleUpdateResult> UpdateAsync(StatusRuleChange change, string updatedBy, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(updatedBy))
        {
            return StatusRuleUpdateResult.Failed("Wie de regel wijzigt, is verplicht.");
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RuleRow>(new CommandDefinition(SelectRuleSql, new { change.RuleCode }, transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return StatusRuleUpdateResult.Failed($"Statusregel '{change.RuleCode}' bestaat niet.");
        }

        var updated = row.ToRule() with
        {
            OrangeThreshold = change.OrangeThreshold,
            RedThreshold = change.RedThreshold,
            Enabled = change.Enabled,
            UpdatedAt = clock.GetCurrentInstant(),
            UpdatedBy = updatedBy,
        };
        var errors = StatusRuleValidator.Validate(updated);
        if (errors.Count > 0)
        {
            return StatusRuleUpdateResult.Failed(errors);
        }

        await connection.ExecuteAsync(new CommandDefinition(UpdateRuleSql, Parameters(updated), transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return StatusRuleUpdateResult.Saved(updated);
    }

    private static object Parameters(StatusRule rule) => new
    {
        rule.RuleCode,
        Question = rule.Question.Code(),
        rule.Indicator,
        Direction = rule.Direction.Code(),
        rule.OrangeThreshold,
        rule.RedThreshold,
        Enabled = rule.Enabled ? 1 : 0,
        rule.UpdatedAt,
        rule.UpdatedBy,
    };

    internal const string SelectRulesSql = """
        SELECT rule_code AS RuleCode, question AS Question, indicator AS Indicator, direction AS Direction,
               orange_threshold AS OrangeThreshold, red_threshold AS RedThreshold, enabled AS Enabled,
               updated_at AS UpdatedAt, updated_by AS UpdatedBy
        FROM status_rule
        """;

    internal const string SelectRuleSql = """
        SELECT rule_code AS RuleCode, question AS Question, indicator AS Indicator, direction AS Direction,
               orange_threshold AS OrangeThreshold, red_threshold AS RedThreshold, enabled AS Enabled,
               updated_at AS UpdatedAt, updated_by AS UpdatedBy
        FROM status_rule
        WHERE rule_code = @RuleCode
        """;

    internal const string CountRulesSql = "SELECT COUNT(*) FROM status_rule";

    internal const string InsertRuleSql = """
        INSERT INTO status_rule (rule_code, question, indicator, direction, orange_threshold, red_threshold, enabled, updated_at, updated_by)
        SELECT @RuleCode, @Question, @Indicator, @Direction, @OrangeThreshold, @RedThreshold, @Enabled, @UpdatedAt, @UpdatedBy
        WHERE NOT EXISTS (SELECT 1 FROM status_rule WHERE rule_code = @RuleCode)
        """;

    internal const string UpdateRuleSql = """
        UPDATE status_rule
        SET orange_threshold = @OrangeThreshold, red_threshold = @RedThreshold, enabled = @Enabled,
            updated_at = @UpdatedAt, updated_by = @UpdatedBy
        WHERE rule_code = @RuleCode
        """;

    // A class with setters, not a positional record: Dapper then converts SQLite's INTEGER and REAL.
    private sealed class RuleRow
    {
        public string RuleCode { get; init; } = "";

        public string Question { get; init; } = "";

        public string Indicator { get; init; } = "";

        public string Direction { get; init; } = "";

        public decimal OrangeThreshold { get; init; }

        public decimal RedThreshold { get; init; }

        public int Enabled { get; init; }

        public Instant UpdatedAt { get; init; }

        public string UpdatedBy { get; init; } = "";

        public StatusRule ToRule() => new(RuleCode, StatusQuestions.Parse(Question), Indicator, RuleDirections.Parse(Direction),
            OrangeThreshold, RedThreshold, Enabled != 0, UpdatedAt, UpdatedBy);
    }
}

/// <summary>What an administrator may change of a rule: its thresholds and whether it is enabled.</summary>
public sealed record StatusRuleChange(string RuleCode, decimal OrangeThreshold, decimal RedThreshold, bool Enabled);

/// <summary>The rule as saved, or the Dutch reasons it was not.</summary>
public sealed record StatusRuleUpdateResult(StatusRule? Rule, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static StatusRuleUpdateResult Saved(StatusRule rule) => new(rule, []);

    public static StatusRuleUpdateResult Failed(params IEnumerable<string> errors) => new(null, errors.ToList());
}
