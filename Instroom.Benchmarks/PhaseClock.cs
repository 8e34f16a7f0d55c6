using System.Diagnostics;
using System.Globalization;

namespace Instroom.Benchmarks;

/// <summary>
/// Wall-clock and process CPU time of consecutive phases. On a shared machine the wall clock says what a user waits;
/// the CPU time (all threads) says what the work costs, whatever else the machine is doing.
/// </summary>
internal sealed class PhaseClock
{
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private TimeSpan _cpu = Process.GetCurrentProcess().TotalProcessorTime;

    public static PhaseClock StartNew() => new();

    public Phase Lap()
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var phase = new Phase(_wall.Elapsed, cpu - _cpu);
        _cpu = cpu;
        _wall.Restart();
        return phase;
    }
}

internal readonly record struct Phase(TimeSpan Wall, TimeSpan Cpu)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Wall.TotalSeconds,8:0.00} {Cpu.TotalSeconds,8:0.00}");
}
