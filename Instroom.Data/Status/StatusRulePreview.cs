using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using NodaTime;

namespace Instroom.Data.Status;

/// <summary>
/// Before a rule change is saved: which regions would change colour in the week the dashboard shows (the latest week
/// with statuses, or this week), judging the same read model once with the current rules and once with the candidate.
/// </summary>
public sealed class StatusRulePreview(RegionWeekQueries regionWeeks, StatusRuleStore rules, RegionStatusHistory history, IClock clock)
{
    /// <summary>The week a preview judges and a saved change recomputes.</summary>
    public async Task<IsoWeek> WeekAsync(CancellationToken cancellationToken = default) =>
        await history.LatestWeekAsync(cancellationToken) ?? IsoWeek.Of(clock.Today());

    /// <summary>The colour changes the candidate would cause; null when the rule does not exist.</summary>
    public async Task<StatusRulePreviewResult?> PreviewAsync(StatusRuleChange change, CancellationToken cancellationToken = default)
    {
        var current = await rules.LoadAsync(cancellationToken);
        var existing = current.FirstOrDefault(rule => rule.RuleCode == change.RuleCode);
        if (existing is null)
        {
            return null;
        }

        var candidate = existing with { OrangeThreshold = change.OrangeThreshold, RedThreshold = change.RedThreshold, Enabled = change.Enabled };
        var week = await WeekAsync(cancellationToken);
        var weeks = await regionWeeks.RegionWeeksAsync(week, cancellationToken);
        return new StatusRulePreviewResult(week, existing, candidate, weeks.Count, Compare(weeks, current, candidate));
    }

    /// <summary>Pure: every region whose status differs between the current rules and the rules with <paramref name="candidate"/> in its place.</summary>
    public static IReadOnlyList<StatusColourChange> Compare(IEnumerable<RegionWeek> weeks, IReadOnlyList<StatusRule> current, StatusRule candidate)
    {
        var changed = current.Select(rule => rule.RuleCode == candidate.RuleCode ? candidate : rule).ToList();
        return weeks
            .Select(week => new StatusColourChange(week.Region, StatusEvaluator.Evaluate(week, current).Status, StatusEvaluator.Evaluate(week, changed).Status))
            .Where(change => change.Before != change.After)
            .ToList();
    }
}

/// <summary>A region whose status would change colour.</summary>
public sealed record StatusColourChange(RegionRef Region, StatusColour Before, StatusColour After);

/// <summary>The preview of one rule change in one week, over <paramref name="Regions"/> judged regions.</summary>
public sealed record StatusRulePreviewResult(IsoWeek Week, StatusRule Current, StatusRule Candidate, int Regions, IReadOnlyList<StatusColourChange> Changes);
