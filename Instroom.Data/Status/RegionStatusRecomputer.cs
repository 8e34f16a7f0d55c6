using Instroom.Data.Calendar;
using Instroom.Data.Rollups;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Instroom.Data.Status;

/// <summary>
/// Computes and stores the status of every region (jeugdregio's, toezichtregio's, national) for a week: the rollup
/// of the week's figures, judged by the current rules. Run after an import for the weeks it touched, so a
/// correction changes the status of the week of its peildatum.
/// </summary>
public sealed class RegionStatusRecomputer(
    RegionWeekQueries regionWeeks,
    RollupQueries rollups,
    StatusRuleStore rules,
    RegionStatusStore statuses,
    IClock clock,
    ILogger<RegionStatusRecomputer> logger)
{
    public async Task<WeekRecomputation> RecomputeAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        var currentRules = await rules.LoadAsync(cancellationToken);
        return await RecomputeAsync(week, currentRules, cancellationToken);
    }

    /// <summary>Each distinct week once, oldest first, with the rules as they are now.</summary>
    public async Task<IReadOnlyList<WeekRecomputation>> RecomputeWeeksAsync(IEnumerable<IsoWeek> weeks, CancellationToken cancellationToken = default)
    {
        var currentRules = await rules.LoadAsync(cancellationToken);
        var results = new List<WeekRecomputation>();
        foreach (var week in weeks.Distinct().Order())
        {
            results.Add(await RecomputeAsync(week, currentRules, cancellationToken));
        }

        return results;
    }

    /// <summary>
    /// The weeks in the order they arrive, each as it arrives, with the rules as they are at the start: for a caller
    /// that imports history and hands over each week as soon as its last night is written.
    /// </summary>
    public async Task<IReadOnlyList<WeekRecomputation>> RecomputeWeeksAsync(IAsyncEnumerable<IsoWeek> weeks, CancellationToken cancellationToken = default)
    {
        var currentRules = await rules.LoadAsync(cancellationToken);
        var results = new List<WeekRecomputation>();
        await foreach (var week in weeks.WithCancellation(cancellationToken))
        {
            results.Add(await RecomputeAsync(week, currentRules, cancellationToken));
        }

        return results;
    }

    /// <summary>Recomputes the weeks of the peildata of every delivery received at or after <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<WeekRecomputation>> RecomputeReceivedSinceAsync(Instant since, CancellationToken cancellationToken = default) =>
        await RecomputeWeeksAsync(await rollups.WeeksReceivedSinceAsync(since, cancellationToken), cancellationToken);

    private async Task<WeekRecomputation> RecomputeAsync(IsoWeek week, IReadOnlyList<StatusRule> currentRules, CancellationToken cancellationToken)
    {
        var computedAt = clock.GetCurrentInstant();
        var computed = (await regionWeeks.RegionWeeksAsync(week, cancellationToken))
            .Select(regionWeek =>
            {
                var evaluation = StatusEvaluator.Evaluate(regionWeek, currentRules);
                return new RegionWeekStatus(regionWeek.Region, week, evaluation.Status, evaluation.Reasons, regionWeek.Corrected, computedAt);
            })
            .ToList();
        await statuses.SaveAsync(computed, cancellationToken);

        var result = new WeekRecomputation(week,
            Green: computed.Count(s => s.Status == StatusColour.Green),
            Orange: computed.Count(s => s.Status == StatusColour.Orange),
            Red: computed.Count(s => s.Status == StatusColour.Red),
            Incomplete: computed.Count(s => s.Status == StatusColour.Incomplete));
        logger.LogInformation("Region statuses of {Week} recomputed: {Green} groen, {Orange} oranje, {Red} rood, {Incomplete} onvolledig",
            week.Key, result.Green, result.Orange, result.Red, result.Incomplete);
        return result;
    }
}

/// <summary>How many regions got which status when a week was recomputed.</summary>
public sealed record WeekRecomputation(IsoWeek Week, int Green, int Orange, int Red, int Incomplete)
{
    public int Regions => Green + Orange + Red + Incomplete;
}
