using Instroom.Jobs.Demo;
using NodaTime;

namespace Instroom.Tests.Demo;

/// <summary>Finds the first source-night of a behaviour, scanning forward from a date: deterministic for a seed.</summary>
internal static class KnownCases
{
    public static (DemoSource Source, LocalDate Peildatum, DemoBehaviour Behaviour) First(DemoLandscape landscape,
        DeliverySimulator simulator, DemoBehaviourKind kind, LocalDate from)
    {
        for (var date = from; date < from.PlusYears(1); date = date.PlusDays(1))
        {
            foreach (var source in landscape.SourcesOn(date))
            {
                var behaviour = simulator.BehaviourOf(source.Code, date);
                if (behaviour.Kind == kind)
                {
                    return (source, date, behaviour);
                }
            }
        }

        throw new InvalidOperationException($"No {kind} night in the year from {from}.");
    }
}
