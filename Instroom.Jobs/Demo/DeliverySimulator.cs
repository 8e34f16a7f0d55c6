using Instroom.Jobs.Contract;
using Instroom.Data.Calendar;
using Instroom.Data.Sources;
using NodaTime;

namespace Instroom.Jobs.Demo;

/// <summary>
/// Plays any source for any peildatum: a contract-valid delivery with realistic levels (see README.md here), the
/// same bytes for the same source, peildatum, version and seed. Pure: no clock, no I/O.
/// </summary>
public sealed class DeliverySimulator(int seed)
{
    /// <summary>Share of source-nights delivered hours late.</summary>
    public const double LateShare = 0.015;

    /// <summary>Share of source-nights delivered with a consistency violation (then corrected the next night).</summary>
    public const double InvalidShare = 0.007;

    public int Seed { get; } = seed;

    /// <summary>
    /// The delivery of <paramref name="source"/> for <paramref name="peildatum"/>. Version 1 is what the source sends
    /// first (inconsistent when <see cref="BehaviourOf"/> says <see cref="DemoBehaviourKind.Invalid"/>); a higher
    /// version is a correction with a new leveringId and slightly different counts.
    /// </summary>
    public SimulatedDelivery Simulate(DemoSource source, LocalDate peildatum, int version = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        var day = new SimulationDay(Seed, source, peildatum, version);
        var figures = new List<SimulatedFigure>(EstimateFigures(source));
        switch (source.Kind)
        {
            case SourceKind.GI:
                GiFigures.AddTo(figures, day);
                break;
            case SourceKind.RAAD:
                RaadFigures.AddTo(figures, day);
                break;
            case SourceKind.VT:
                VeiligThuisFigures.AddTo(figures, day);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(source), source.Kind, "Onbekende soort bron.");
        }

        var behaviour = BehaviourOf(source.Code, peildatum);
        if (version == 1 && behaviour.Kind == DemoBehaviourKind.Invalid)
        {
            BreakOneHistogram(figures);
        }

        var created = behaviour.AvailableFrom + Duration.FromDays(version - 1);
        return new SimulatedDelivery(LeveringIdentity.For(Seed, source.Code, peildatum, version), source.Code, peildatum,
            created.InZone(DutchTime.Zone).ToOffsetDateTime(), figures);
    }

    /// <summary>
    /// When the source's delivery for <paramref name="peildatum"/> becomes available: normally between 01:00 and
    /// 03:00 in the night after it; now and then hours late or inconsistent (<see cref="LateShare"/>,
    /// <see cref="InvalidShare"/>), always the same for the same seed.
    /// </summary>
    public DemoBehaviour BehaviourOf(string sourceCode, LocalDate peildatum)
    {
        var sourceKey = StableHash.Combine((ulong)(uint)Seed, "gedrag:" + sourceCode);
        var night = StableHash.Combine(sourceKey, (ulong)peildatum.ToDateOnly().DayNumber);
        var normal = (peildatum.PlusDays(1) + new LocalTime(1, 0))
            .PlusMinutes((long)(StableHash.Unit(sourceKey) * 120))
            .PlusSeconds((long)(StableHash.Unit(StableHash.Combine(night, 1UL)) * 60))
            .InZoneLeniently(DutchTime.Zone).ToInstant();

        var draw = StableHash.Unit(night);
        if (draw < LateShare)
        {
            var delay = Duration.FromMinutes(180 + (long)(StableHash.Unit(StableHash.Combine(night, 2UL)) * 30 * 60));
            return new DemoBehaviour(DemoBehaviourKind.Late, normal + delay);
        }

        return draw < LateShare + InvalidShare
            ? new DemoBehaviour(DemoBehaviourKind.Invalid, normal, normal + Duration.FromDays(1))
            : new DemoBehaviour(DemoBehaviourKind.OnTime, normal);
    }

    /// <summary>The form a source sends: a few demo sources deliver CSV, the rest JSON (fixed per source code).</summary>
    public static DeliveryFormat FormatOf(string sourceCode) =>
        StableHash.Unit(StableHash.Of("formaat:" + sourceCode)) < 0.15 ? DeliveryFormat.Csv : DeliveryFormat.Json;

    // The validator must catch this: the oldest class of the first histogram gets one child too many.
    private static void BreakOneHistogram(List<SimulatedFigure> figures)
    {
        var index = figures.FindIndex(f => f.Verdeling is not null);
        if (index < 0)
        {
            return;
        }

        var broken = figures[index].Verdeling!.ToArray();
        broken[^1]++;
        figures[index] = figures[index] with { Verdeling = broken };
    }

    private static int EstimateFigures(DemoSource source) => source.Kind switch
    {
        SourceKind.GI => (source.Gemeenten.Count * 4 * 14) + 3,
        _ => source.Gemeenten.Count * 6,
    };
}

