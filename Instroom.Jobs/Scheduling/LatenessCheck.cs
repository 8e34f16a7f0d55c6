using Instroom.Data.Calendar;
using Instroom.Jobs.Import;
using Instroom.Jobs.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Instroom.Jobs.Scheduling;

/// <summary>
/// Decides per pullable source and recent peildatum whether its delivery is verwacht, ontvangen, te laat or
/// ontbrekend, and flags a night in which every source failed as one systemic failure.
/// </summary>
public sealed class LatenessCheck(
    SourceConnections sources,
    DeliveryExpectations expectations,
    IClock clock,
    IOptions<ScheduleOptions> options,
    ILogger<LatenessCheck> logger)
{
    public async Task<LatenessSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var deadlines = new LatenessDeadlines(settings.LatenessDeadline, settings.MissingAfterDays);
        var now = clock.GetCurrentInstant();
        var to = clock.Today().PlusDays(-1);
        var from = to.PlusDays(-(settings.MissingAfterDays + 1));
        var pullable = (await sources.AllAsync(cancellationToken)).Where(s => s.CanBePulled).ToList();
        var inputs = await expectations.InputsAsync(from, to, cancellationToken);

        var rows = new List<DeliveryExpectation>();
        var nights = new List<ImportNight>();
        for (var date = from; date <= to; date = date.PlusDays(1))
        {
            var expected = pullable.Where(s => s.IsActiveOn(date)).ToList();
            var failed = 0;
            foreach (var source in expected)
            {
                inputs.TryGetValue((source.SourceId, date), out var input);
                var delivered = input?.Delivered ?? false;
                if (!delivered && input?.LastOutcome == ImportOutcomes.Code(ImportOutcome.Failed))
                {
                    failed++;
                }

                rows.Add(new DeliveryExpectation(source.SourceId, date, deadlines.DueBy(date),
                    DeliveryStates.Code(deadlines.StateOf(date, delivered, now)), now));
            }

            var systemic = expected.Count > 0 && failed == expected.Count;
            nights.Add(new ImportNight
            {
                ReferenceDate = date,
                SourcesExpected = expected.Count,
                SourcesFailed = failed,
                SystemicFailure = systemic,
                EvaluatedAt = now,
            });
            if (systemic)
            {
                // One message for the night, not one per source: the cause is on our side or the network's.
                logger.LogError("Systemic import failure for peildatum {ReferenceDate}: all {Count} sources failed", date, expected.Count);
            }
        }

        await expectations.SaveAsync(rows, nights, cancellationToken);
        return new LatenessSummary(rows.Count(r => r.State == DeliveryStates.Code(DeliveryState.TeLaat)),
            rows.Count(r => r.State == DeliveryStates.Code(DeliveryState.Ontbrekend)), nights.Count(n => n.SystemicFailure));
    }
}

public sealed record LatenessSummary(int Late, int Missing, int SystemicNights);
