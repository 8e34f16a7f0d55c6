using System.Threading.Channels;
using Instroom.Data.Calendar;
using Instroom.Data.Status;
using NodaTime;

namespace Instroom.Jobs.Import;

/// <summary>
/// Computes the statuses of imported history week by week while the import goes on: a week is handed to
/// <see cref="RegionStatusRecomputer"/> as soon as the last of its peildata is written. Importing is bound by SQLite's
/// single writer (one core); the rollups read on the other, so history with statuses takes about as long as the
/// import alone instead of the import plus a recomputation afterwards.
/// </summary>
public sealed class StatusesBehindImport
{
    private readonly IReadOnlyList<LocalDate> _nights;
    private readonly Dictionary<IsoWeek, int> _nightsLeft;
    private readonly Channel<IsoWeek> _weeks = Channel.CreateUnbounded<IsoWeek>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Task<IReadOnlyList<WeekRecomputation>> _recomputing;

    /// <param name="nights">The peildata in the order they are imported (one night each).</param>
    public StatusesBehindImport(RegionStatusRecomputer statuses, IReadOnlyList<LocalDate> nights, CancellationToken cancellationToken)
    {
        _nights = nights;
        _nightsLeft = nights.GroupBy(IsoWeek.Of).ToDictionary(week => week.Key, week => week.Count());
        _recomputing = statuses.RecomputeWeeksAsync(_weeks.Reader.ReadAllAsync(cancellationToken), cancellationToken);
    }

    /// <summary>For <see cref="NightImporter"/>: night number <paramref name="night"/> of the list is written.</summary>
    public ValueTask NightWrittenAsync(int night)
    {
        var week = IsoWeek.Of(_nights[night]);
        return --_nightsLeft[week] == 0 ? _weeks.Writer.WriteAsync(week) : ValueTask.CompletedTask;
    }

    /// <summary>
    /// After the import (also when it failed): waits for the weeks handed over so far. A week whose nights were not all
    /// written is not computed here.
    /// </summary>
    public Task<IReadOnlyList<WeekRecomputation>> CompleteAsync()
    {
        _weeks.Writer.TryComplete();
        return _recomputing;
    }
}
